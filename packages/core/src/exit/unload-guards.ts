/**
 * A host page's "unsaved changes" prompt (`beforeunload`) would stop an exit
 * with a "Leave site?" dialog, in the moment a person most needs to leave, and
 * a Cancel would strand them on a blank, inert page. While exiting, the
 * host's prompts are switched off and later input leaves again.
 *
 * The silencing listener is added when this module loads (it does nothing
 * until an exit starts), so it runs before listeners the host adds later:
 * listeners on one target run in the order they were added.
 */
let exiting = false;

function silenceBeforeUnload(event: Event): void {
  if (exiting) event.stopImmediatePropagation();
}

if (typeof window !== 'undefined' && typeof window.addEventListener === 'function') {
  window.addEventListener('beforeunload', silenceBeforeUnload, { capture: true });
}

const RETRY_EVENTS = ['pointerdown', 'keydown'] as const;

export function disarmUnloadPrompts(retry: (event: Event) => void): void {
  window.onbeforeunload = null;
  if (exiting) return;
  exiting = true;
  // Fail-safe: if a navigation was stopped all the same (a prompt added
  // before this module loaded), a later touch, click or key press leaves.
  for (const type of RETRY_EVENTS) window.addEventListener(type, retry, { capture: true });
}

/** Gives the host its prompts back (tests only: an exited page never comes back). */
export function rearmUnloadPrompts(retry: (event: Event) => void): void {
  exiting = false;
  for (const type of RETRY_EVENTS) window.removeEventListener(type, retry, { capture: true });
}

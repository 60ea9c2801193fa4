import { dispatchSaEvent } from '../base/dispatch.js';
import { exitDestination } from './destination.js';
import { hidePage, type CoverAnnouncement } from './hide-page.js';
import { navigateTo } from './navigator.js';
import { dropReferrer } from './no-referrer.js';
import { disarmUnloadPrompts, rearmUnloadPrompts } from './unload-guards.js';

/** Detail of the `sa-exit` event. */
export interface ExitDetail {
  /** The validated URL the page is leaving for. */
  destination: string;
}

/**
 * Exit state shared by every copy of the library on the page (a CMS block
 * and an app bundle, say), so two copies still make one exit, one navigation.
 */
interface ExitState {
  destination?: string;
  /** performance.now() of the exit, comparable with Event.timeStamp. */
  exitedAt?: number;
  restoreListener?: boolean;
  /** What must be forgotten when the page exits: people's typed plans, logs and notes. */
  clearers?: Set<() => void>;
}
const STATE_KEY = Symbol.for('stalking-awareness.exit');
const globalState = globalThis as typeof globalThis & { [STATE_KEY]?: ExitState };
const state = (globalState[STATE_KEY] ??= {});

/** True once the page has started exiting: shortcuts stop counting, keys like Escape are held back. */
export function isExiting(): boolean {
  return state.destination !== undefined;
}

// A page restored from the back/forward cache after an exit comes back as it
// left: still covered. It must never show its content: leave again.
function onPageShow(event: PageTransitionEvent): void {
  if (event.persisted && state.destination !== undefined) navigateTo(state.destination);
}

/**
 * Leaves the page, in this order and in the same task as the user's input:
 * 1. hides it (cover, inert, aria-hidden, blank title and favicon);
 * 2. sets a `no-referrer` policy, so no Referer reaches the destination;
 * 3. dispatches `sa-exit` on `origin` (bubbles, composed, NOT cancelable:
 *    no host may stop an exit), detail `{ destination }`, and switches off
 *    the host's "Leave site?" prompts;
 * 4. navigates with `location.replace` (see setExitNavigator), so Back never
 *    returns to this page and no second tab is left behind.
 * `destination` must be http(s) without credentials, else the default is
 * used. A second call while exiting does nothing: one exit, one navigation.
 * `announcement` (optional, localized by the caller) is spoken by screen
 * readers from the cover while the destination loads; it is not shown.
 */
export function exitPage(destination: string, origin: HTMLElement, announcement?: CoverAnnouncement): void {
  if (state.destination !== undefined) return;
  const url = exitDestination(destination);
  state.destination = url;
  state.exitedAt = performance.now();
  if (!state.restoreListener) {
    window.addEventListener('pageshow', onPageShow);
    state.restoreListener = true;
  }
  // Each step runs even if an earlier one throws (fail closed: the page
  // still leaves); a host listener that throws cannot stop the exit either.
  runStep(() => hidePage(announcement));
  for (const clear of exitClearers()) runStep(clear);
  runStep(dropReferrer);
  runStep(() => dispatchSaEvent<ExitDetail>(origin, 'sa-exit', { destination: url }));
  runStep(() => disarmUnloadPrompts(retryExit));
  navigateTo(url);
}

function exitClearers(): Set<() => void> {
  return (state.clearers ??= new Set());
}

/**
 * Registers `clear`, which forgets what a person typed (a plan, a log, a
 * note), to run on every exit, right after the page is hidden and before it
 * navigates: a page that comes back from the back/forward cache, or a
 * navigation a host's prompt held up, then shows nothing they wrote.
 * Shared across copies of the library. Returns the function that unregisters it.
 */
export function onExit(clear: () => void): () => void {
  exitClearers().add(clear);
  return () => exitClearers().delete(clear);
}

/**
 * Leaves again for the destination already chosen, when input arrives a
 * second or more after the exit: by then the navigation was stopped (a
 * prompt the guards could not silence) rather than still starting, and
 * pressing anything must not leave a person stranded on a blank page.
 */
function retryExit(event: Event): void {
  if (state.destination === undefined || state.exitedAt === undefined) return;
  if (event.timeStamp - state.exitedAt < RETRY_AFTER_MS) return;
  navigateTo(state.destination);
}
const RETRY_AFTER_MS = 1000;

function runStep(step: () => unknown): void {
  try {
    step();
  } catch (error) {
    globalThis.reportError?.(error);
  }
}

/** Forgets an exit, for tests that keep using their page after one. */
export function resetExitStateForTests(): void {
  state.destination = undefined;
  state.exitedAt = undefined;
  rearmUnloadPrompts(retryExit);
}

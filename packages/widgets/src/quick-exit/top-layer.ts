import { closestComposed } from '@stalking-awareness/core';
import { pageHasModal } from './escape-guards.js';
import { listen, type Listeners } from './listeners.js';

/**
 * Keeps sticky quick exits above everything a host stacks over the page.
 *
 * Each one's bar is a `popover="manual"` shown at once, so it lives in the
 * browser's top layer, above any z-index (sticky headers, cookie banners at
 * 2147483647). The top layer paints in the order things entered it, so when
 * a host opens a dialog or popover afterwards the bar is taken out and put
 * back (raised) above it. Its position follows the element through CSS
 * anchor positioning (see quick-exit.styles.ts).
 *
 * Two things the top layer cannot give, handled here:
 * - A host's modal dialog (or an `inert` ancestor) makes the bar inert: it is
 *   painted on top but taps fall through to what is under it. A tap that
 *   lands inside the visible control then exits all the same.
 * - The bar must never hide what a keyboard user focuses (WCAG 2.4.11), nor
 *   a dialog or popover the host just opened: it moves to the bottom edge
 *   while it would cover them, and back when it no longer would.
 */
export interface TopLayerClient {
  /** The popover bar (rendered before the client is added). */
  readonly bar: HTMLElement;
  /** The exit link inside the bar. */
  readonly control: HTMLElement;
  exit(): void;
}

const clients = new Set<TopLayerClient>();
let openObserver: MutationObserver | undefined;

/** True where the browser has both the popover API and CSS anchor positioning (called in the browser only). */
export const topLayerSupported = (): boolean =>
  'showPopover' in HTMLElement.prototype && CSS.supports('anchor-name', '--a');

const isOpen = (bar: Element) => bar.matches(':popover-open');

/** Shows (or re-shows, to come out on top) a client's bar. */
function raise({ bar }: TopLayerClient): void {
  try {
    if (isOpen(bar)) bar.hidePopover();
    bar.showPopover();
  } catch {
    // Not a popover any more (position changed) or not in a document: nothing to raise.
  }
}

/** Moves a bar to the bottom edge while it would cover `target`, and back when it would not. */
function keepClear({ bar, control }: TopLayerClient, target: Element): void {
  if (!isOpen(bar)) return;
  const covers = () => {
    const a = target.getBoundingClientRect();
    const b = control.getBoundingClientRect();
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  };
  bar.classList.remove('dodge');
  if (!covers()) return;
  bar.classList.add('dodge');
  // Covered at both edges (a full-screen dialog): stay at the top, where people look for it.
  if (covers()) bar.classList.remove('dodge');
}

function raiseAbove(target: Element): void {
  for (const client of clients) {
    raise(client);
    keepClear(client, target);
  }
}

/**
 * A host dialog or popover opened (come out on top) or closed (the bar goes
 * back to the top edge if it had moved for it). A `<details>` also toggles
 * and sets `open`, but covers nothing.
 */
function hostLayerChanged(node: EventTarget | Node | null, opened: boolean): void {
  if (!(node instanceof Element) || !node.matches('dialog,[popover]')) return;
  if (opened) raiseAbove(node);
  else for (const { bar } of clients) bar.classList.remove('dodge');
}

/** After focus moved (and the browser scrolled it into view), keep clear of it. */
function onFocusIn(event: Event): void {
  // The path is empty once the event is dispatched: read it now.
  const path = event.composedPath();
  const focused = path[0];
  if (!(focused instanceof Element)) return;
  requestAnimationFrame(() => {
    for (const client of clients) if (!path.includes(client.bar)) keepClear(client, focused);
  });
}

/**
 * A pointer tap (not a keyboard click: detail 0) inside the visible control
 * that did not reach it, because a host modal or `inert` made it inert,
 * exits. Runs first (window, capture), so the host's element under the
 * control does nothing with it: no link followed, no dialog closed.
 */
function onClick(event: Event): void {
  const { clientX: x, clientY: y, detail } = event as MouseEvent;
  if (!detail) return;
  for (const client of clients) {
    const { bar, control } = client;
    const box = control.getBoundingClientRect();
    if (
      isOpen(bar) &&
      !event.composedPath().includes(control) &&
      x >= box.left &&
      x <= box.right &&
      y >= box.top &&
      y <= box.bottom &&
      (closestComposed(control, '[inert]') || pageHasModal())
    ) {
      event.preventDefault();
      event.stopImmediatePropagation();
      client.exit();
      return;
    }
  }
}

/** The shared listeners on the document, in the capture phase. */
const DOCUMENT_LISTENERS: Listeners = [
  // A host popover (or a dialog, where it fires toggle).
  ['toggle', (event) => hostLayerChanged(event.target, (event as ToggleEvent).newState === 'open'), true],
  ['focusin', onFocusIn, true],
  ['fullscreenchange', () => document.fullscreenElement && raiseAbove(document.fullscreenElement), true],
];
/** On window, capturing, so it runs before anything of the host's. */
const WINDOW_LISTENERS: Listeners = [['click', onClick, true]];

function listenAll(on: boolean): void {
  listen(document, DOCUMENT_LISTENERS, on);
  listen(window, WINDOW_LISTENERS, on);
}

/** Puts a client's bar in the top layer, with one set of listeners for all of them. */
export function addTopLayerClient(client: TopLayerClient): void {
  if (clients.size === 0) {
    listenAll(true);
    // Dialogs opened with show() or showModal() set `open`, in every browser.
    openObserver = new MutationObserver((records) => {
      for (const { target } of records) hostLayerChanged(target, (target as Element).hasAttribute('open'));
    });
    openObserver.observe(document.documentElement, { attributeFilter: ['open'], subtree: true });
  }
  clients.add(client);
  raise(client);
}

export function removeTopLayerClient(client: TopLayerClient): void {
  if (!clients.delete(client)) return;
  try {
    client.bar.hidePopover();
  } catch {
    // Already closed or never a popover.
  }
  client.bar.classList.remove('dodge');
  if (clients.size > 0) return;
  listenAll(false);
  openObserver?.disconnect();
}

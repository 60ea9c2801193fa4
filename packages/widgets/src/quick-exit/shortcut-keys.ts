import { isExiting } from '@stalking-awareness/core';
import { isEscapeGuarded } from './escape-guards.js';
import { listen, type Listeners } from './listeners.js';

export type ShortcutMode = 'shift' | 'escape' | 'none';

/** What an element offers the shared shortcut listener. */
export interface ShortcutClient {
  readonly shortcutMode: ShortcutMode;
  /** Speaks progress through the element's status region. */
  announceShortcut(progress: ShortcutProgress): void;
  exit(): void;
}

/** What to tell the person: presses left, a timeout, or nothing. */
export type ShortcutProgress = 'shift-2' | 'shift-1' | 'shift-expired' | 'escape-1' | 'cleared';

/** Time limits; tests shorten them rather than wait five seconds. */
export const shortcutTiming = { shiftWindowMs: 5000, escapeWindowMs: 1000 };

const clients = new Set<ShortcutClient>();
let shiftCount = 0;
let otherKeySinceShiftDown = false;
let shiftTimer: ReturnType<typeof setTimeout> | undefined;
/** When the last Escape that counts was pressed; -Infinity: none. */
let lastEscapeAt = -Infinity;

function clientFor(mode: ShortcutMode): ShortcutClient | undefined {
  for (const client of clients) if (client.shortcutMode === mode) return client;
  return undefined;
}

function resetShift(announceCleared: boolean): void {
  clearTimeout(shiftTimer);
  shiftTimer = undefined;
  if (shiftCount > 0 && announceCleared) clientFor('shift')?.announceShortcut('cleared');
  shiftCount = 0;
}

function exitWith(client: ShortcutClient): void {
  resetShift(false);
  lastEscapeAt = -Infinity;
  // The page is about to be hidden with its status region; the exit itself
  // says "Exiting" from the cover.
  client.announceShortcut('cleared');
  client.exit();
}

function countShift(): void {
  const client = clientFor('shift');
  if (!client) return;
  shiftCount += 1;
  if (shiftCount >= 3) {
    exitWith(client);
    return;
  }
  client.announceShortcut(shiftCount === 1 ? 'shift-2' : 'shift-1');
  clearTimeout(shiftTimer);
  shiftTimer = setTimeout(() => {
    shiftCount = 0;
    shiftTimer = undefined;
    clientFor('shift')?.announceShortcut('shift-expired');
  }, shortcutTiming.shiftWindowMs);
}

function onEscape(event: KeyboardEvent): void {
  const client = clientFor('escape');
  if (!client || event.repeat) return;
  if (isEscapeGuarded(event)) {
    lastEscapeAt = -Infinity;
    return;
  }
  const now = performance.now();
  if (now - lastEscapeAt <= shortcutTiming.escapeWindowMs) {
    // Escape also stops page loads: keep this one from stopping the exit.
    event.preventDefault();
    exitWith(client);
    return;
  }
  lastEscapeAt = now;
  client.announceShortcut('escape-1');
}

/**
 * Counts keys in the capture phase, before any page handler can stop them:
 * an editor that stops key events must not hide the letters typed between
 * Shift presses (typing "I Am OK" must never exit).
 *
 * Shift ×3: a Shift released alone counts — left or right, also both held
 * together (each release counts); Shift used with another key does not;
 * any other key, or text typed by a virtual keyboard (beforeinput), resets;
 * more than the window between presses resets and is announced.
 */
function onKeyCapture(event: Event): void {
  if (isExiting()) {
    // A further Escape would stop the navigation and leave a blank page.
    if (event.type === 'keydown' && (event as KeyboardEvent).key === 'Escape') event.preventDefault();
    return;
  }
  if (event.type === 'beforeinput') {
    resetShift(true);
    return;
  }
  if (!(event instanceof KeyboardEvent)) return;
  const keyboard = event;
  if (keyboard.key === 'Shift') {
    if (keyboard.type === 'keydown') {
      if (!keyboard.repeat) otherKeySinceShiftDown = keyboard.ctrlKey || keyboard.altKey || keyboard.metaKey;
    } else if (keyboard.type === 'keyup') {
      if (otherKeySinceShiftDown || keyboard.ctrlKey || keyboard.altKey || keyboard.metaKey) resetShift(true);
      else countShift();
    }
    return;
  }
  if (keyboard.type !== 'keydown') return;
  otherKeySinceShiftDown = true;
  resetShift(true);
  if (keyboard.key !== 'Escape') lastEscapeAt = -Infinity;
}

/**
 * Escape ×2 is decided in the bubble phase, after the page's own handlers:
 * an Escape they handled (defaultPrevented) or stopped never reaches it.
 */
function onEscapeBubble(event: Event): void {
  if ((event as KeyboardEvent).key === 'Escape' && !isExiting()) onEscape(event as KeyboardEvent);
}

/** The shared listeners: the same few whatever the number of elements. */
const LISTENERS: Listeners = [
  ['keydown', onKeyCapture, true],
  ['keyup', onKeyCapture, true],
  ['beforeinput', onKeyCapture, true],
  ['keydown', onEscapeBubble, false],
];

/**
 * Adds an element to the shared shortcut listeners. However many elements a
 * page has, one set of document listeners serves them all, and the first
 * element in order of connection that asks for a shortcut acts on it: one
 * exit.
 */
export function addShortcutClient(client: ShortcutClient): void {
  if (clients.size === 0) listen(document, LISTENERS, true);
  clients.add(client);
}

export function removeShortcutClient(client: ShortcutClient): void {
  if (!clients.delete(client) || clients.size > 0) return;
  listen(document, LISTENERS, false);
  resetShift(false);
  lastEscapeAt = -Infinity;
}

/** Event listeners as data: type, listener, capture. */
export type Listeners = ReadonlyArray<[string, (event: Event) => void, boolean]>;

/**
 * Adds (`on`) or removes every listener of `listeners` on `target`: the
 * shortcut and top-layer modules keep one set each, however many elements a
 * page has.
 */
export function listen(target: EventTarget, listeners: Listeners, on: boolean): void {
  for (const [type, listener, capture] of listeners) {
    target[on ? 'addEventListener' : 'removeEventListener'](type, listener, capture);
  }
}

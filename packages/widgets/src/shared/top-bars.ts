/**
 * Elements pinned to the top of the viewport that a bottom-pinned panel must
 * keep clear of: the quick exit, under whatever tag a host registered it
 * (an `agency-exit` counts as much as an `sa-quick-exit`). Elements mark
 * themselves while connected, so nothing is looked up by tag name. Kept on
 * globalThis under a registered symbol, so two copies of the library on one
 * page (a CMS block and an app bundle) still see each other's.
 */
interface TopBars {
  readonly bars: Set<Element>;
  readonly watchers: Set<() => void>;
}

const KEY = Symbol.for('stalking-awareness.top-bars');
const scope = globalThis as typeof globalThis & { [KEY]?: TopBars };
const state = (scope[KEY] ??= { bars: new Set(), watchers: new Set() });

/** Marks `element` as a top bar while `connected` (call from connectedCallback and disconnectedCallback). */
export function markTopBar(element: Element, connected: boolean): void {
  const { bars, watchers } = state;
  if (connected) bars.add(element);
  else bars.delete(element);
  for (const watcher of watchers) watcher();
}

/** The top bars now connected. */
export function topBars(): ReadonlySet<Element> {
  return state.bars;
}

/** Calls `watcher` whenever a top bar comes or goes; returns the function that stops it. */
export function watchTopBars(watcher: () => void): () => void {
  state.watchers.add(watcher);
  return () => state.watchers.delete(watcher);
}

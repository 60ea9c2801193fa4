/** What {@link remember} keeps values in: a Map, or a WeakMap for object keys. */
export interface MemoStore<K, V> {
  has(key: K): boolean;
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
  readonly size?: number;
  clear?(): void;
}

/**
 * The one memoisation helper: Intl objects and time-zone arithmetic are slow
 * next to the rest of rendering, and a list repeats the same few locales,
 * zones and schedules hundreds of times. `limit` bounds a Map whose keys grow
 * with time (instants), so a page left open for days stays small.
 */
export function remember<K, V>(cache: MemoStore<K, V>, key: K, compute: () => V, limit = Infinity): V {
  if (cache.has(key)) return cache.get(key)!;
  if (cache.size! >= limit) cache.clear!();
  const value = compute();
  cache.set(key, value);
  return value;
}

/**
 * The one memoisation helper: Intl objects and time-zone arithmetic are slow
 * next to the rest of rendering, and a list repeats the same few locales,
 * zones and schedules hundreds of times. `limit` bounds caches whose keys
 * grow with time (instants), so a page left open for days stays small.
 */
export function remember<K, V>(cache: Map<K, V>, key: K, compute: () => V, limit = Infinity): V {
  if (cache.has(key)) return cache.get(key)!;
  if (cache.size >= limit) cache.clear();
  const value = compute();
  cache.set(key, value);
  return value;
}

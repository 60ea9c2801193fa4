/**
 * Search that ignores case and accents, so "linea" finds "línea", "nino"
 * finds "niño" and "RAINN" finds "rainn": decompose (NFD), drop the combining
 * marks, lower-case. The same folding is applied to the index and the query.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** The words of a query, folded; empty when the query is blank. */
export function queryTerms(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter(Boolean);
}

/** True when every term occurs somewhere in the folded `index`. */
export function matchesTerms(index: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!index.includes(term)) return false;
  return true;
}

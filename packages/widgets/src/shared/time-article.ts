/**
 * A clock time ready for the word before it in the reader's language. Spanish
 * says "a la 1 p.m." but "a las 5 p.m.": the article agrees with the hour, so
 * the Spanish messages write "a {time}" and the article comes with the time.
 * Other languages get the time unchanged.
 */
export function withTimeArticle(time: string, locale: string): string {
  if (!/^es\b/i.test(locale)) return time;
  const hour = Number(/^\d+/.exec(time)?.[0]);
  return `${hour === 1 ? 'la' : 'las'} ${time}`;
}

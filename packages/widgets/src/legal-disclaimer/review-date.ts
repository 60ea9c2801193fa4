/** Parses a strict `YYYY-MM-DD` calendar date as a UTC midnight, or returns undefined. */
export function parseIsoDate(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date rolls 2026-02-30 over to March: a changed field means no such day.
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date : undefined;
}

/** "March 3, 2026" / "3 de marzo de 2026": the date as the reader's language writes it. */
export function formatReviewDate(date: Date, locale: string): string {
  // UTC on both sides, so a reader west of Greenwich does not see the day before.
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

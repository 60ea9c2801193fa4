/**
 * Makes the document's referrer policy `no-referrer`, so the destination
 * never learns which page the person left (its address can name the
 * service). A `<meta name="referrer">` inserted later than any other wins,
 * and it governs navigations this document starts, including
 * `location.replace`. Works under any CSP; no inline code.
 */
export function dropReferrer(): void {
  const meta = document.createElement('meta');
  meta.name = 'referrer';
  meta.content = 'no-referrer';
  (document.head ?? document.documentElement).append(meta);
}

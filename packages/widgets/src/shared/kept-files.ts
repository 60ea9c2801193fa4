/**
 * Text for the files a person keeps by their own choice (with
 * private-entries.ts's `saveTextFile()`): CSV that a spreadsheet cannot run,
 * and HTML that cannot run or load anything.
 */

/** Characters a spreadsheet may read as the start of a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: always quoted (RFC 4180: inner quotes doubled), and a value
 * that a spreadsheet could read as a formula is prefixed with `'`, so
 * `=HYPERLINK(…)` typed into a log stays text when the file is opened.
 */
export function csvCell(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A whole CSV file: CRLF line ends (RFC 4180) and a byte-order mark, so
 * spreadsheet programs read accents (Spanish) as UTF-8.
 */
export function csvText(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/**
 * A standalone printable page around `bodyHtml` (already escaped). Its
 * content security policy allows no script, no request and no form, so the
 * saved file cannot run or send anything, whatever was typed into it.
 */
export function printableHtmlPage(options: { lang: string; title: string; bodyHtml: string; css: string }): string {
  return `<!doctype html>
<html lang="${escapeHtml(options.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<style>${options.css}</style>
</head>
<body>
${options.bodyHtml}
</body>
</html>
`;
}

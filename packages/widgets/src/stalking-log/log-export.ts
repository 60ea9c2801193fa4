import { msg } from '@stalking-awareness/core';
import { csvText, escapeHtml, printableHtmlPage } from '../shared/kept-files.js';
import { LOG_FIELDS, shownValue, type LogEntry } from './log-fields.js';

/** The log's own warning, in the reader's language: shown first in the element, in print and in every file. */
export function logWarningLines(): string[] {
  return [
    msg('Write nothing you would not want the person stalking you to see. A log like this may become evidence.', {
      id: 'stalking-log.warning-see',
    }),
    msg('Keep it somewhere safe.', { id: 'stalking-log.warning-safe' }),
    msg('Whether a court will accept it is for an attorney or an advocate to say.', {
      id: 'stalking-log.warning-court',
    }),
  ];
}

export function logTitle(): string {
  return msg('Stalking incident and behavior log', { id: 'stalking-log.title' });
}

/** The entry number column's heading. */
export function numberLabel(): string {
  return msg('No.', { id: 'stalking-log.column-number' });
}

/**
 * The log as CSV: the warning first (its own rows), a blank row, then one
 * header row and one row per entry, dates and times as typed (`YYYY-MM-DD`,
 * `HH:MM`), so they sort. Call inside `localize()`: the text is translated.
 */
export function logCsv(entries: readonly LogEntry[]): string {
  return csvText([
    ...logWarningLines().map((line) => [line]),
    [],
    [numberLabel(), ...LOG_FIELDS.map((field) => field.label())],
    ...entries.map((entry, index) => [String(index + 1), ...LOG_FIELDS.map((field) => entry[field.key])]),
  ]);
}

const FILE_CSS = `body{font:12pt/1.4 system-ui,sans-serif;margin:1.5em;color:#000;background:#fff}
.warning{border-left:4px solid #000;padding-left:.75em}
table{border-collapse:collapse;width:100%;font-size:10pt}
th,td{border:1px solid #000;padding:.25em .4em;text-align:left;vertical-align:top;white-space:pre-wrap;overflow-wrap:anywhere}
th{background:#eee}
@media print{body{margin:0}}`;

/**
 * The log as a standalone page to open and print: warning, then a table.
 * Everything typed is escaped; the page's policy blocks scripts and requests.
 */
export function logHtml(entries: readonly LogEntry[], locale: string): string {
  const warning = logWarningLines()
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('\n');
  const head = [numberLabel(), ...LOG_FIELDS.map((field) => field.label())]
    .map((label) => `<th scope="col">${escapeHtml(label)}</th>`)
    .join('');
  const rows = entries
    .map(
      (entry, index) =>
        `<tr><td>${index + 1}</td>${LOG_FIELDS.map(
          (field) => `<td>${escapeHtml(shownValue(field, entry[field.key], locale))}</td>`,
        ).join('')}</tr>`,
    )
    .join('\n');
  return printableHtmlPage({
    lang: locale,
    title: logTitle(),
    css: FILE_CSS,
    bodyHtml: `<h1>${escapeHtml(logTitle())}</h1>
<div class="warning">${warning}</div>
<table>
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>`,
  });
}

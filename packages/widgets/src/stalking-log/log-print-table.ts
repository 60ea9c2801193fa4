import { html, type TemplateResult } from 'lit';
import { LOG_FIELDS, shownValue, type LogEntry } from './log-fields.js';
import { logTitle, numberLabel } from './log-export.js';

/** Empty rows printed when the log has no entries, to fill in by hand. */
const BLANK_ROWS = 6;

/**
 * The entries as a table, shown only in print (the screen shows a list, which
 * fits 320 px). Its caption names it for screen readers; on paper the log's
 * heading right above already does. Build inside render().
 */
export function renderPrintTable(entries: readonly LogEntry[], locale: string): TemplateResult {
  const rows =
    entries.length > 0
      ? entries.map(
          (entry, index) =>
            html`<tr>
              <td>${index + 1}</td>
              ${LOG_FIELDS.map((field) => html`<td>${shownValue(field, entry[field.key], locale)}</td>`)}
            </tr>`,
        )
      : Array.from(
          { length: BLANK_ROWS },
          (_, index) =>
            html`<tr class="blank">
              <td>${index + 1}</td>
              ${LOG_FIELDS.map(() => html`<td></td>`)}
            </tr>`,
        );
  return html`<table part="print-table" class="print-table">
    <caption class="visually-hidden">
      ${logTitle()}
    </caption>
    <thead>
      <tr>
        <th scope="col">${numberLabel()}</th>
        ${LOG_FIELDS.map((field) => html`<th scope="col">${field.label()}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`;
}

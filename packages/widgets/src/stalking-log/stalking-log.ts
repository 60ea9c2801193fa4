import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@stalking-awareness/core';
import { SaWidgetElement } from '../base/widget-element.js';
import { widgetLocaleLoaders } from '../all-locales.js';
import { datasetLink } from '../shared/dataset-link.js';
import { SECTION_HEADING_LEVELS, renderHeading, type HeadingLevel } from '../shared/heading.js';
import { renderSubHeading } from '../shared/sub-heading.js';
import { privateInput } from '../shared/private-field.js';
import {
  PrivateEntriesController,
  keptPrintStyles,
  printOnly,
  renderKeptWarning,
  safeFileName,
  saveTextFile,
} from '../shared/private-entries.js';
import {
  LOG_FIELDS,
  blankValues,
  moveEntry,
  shownValue,
  valuesOf,
  type LogEntry,
  type LogEntryValues,
} from './log-fields.js';
import { logCsv, logHtml, logTitle, logWarningLines } from './log-export.js';
import { renderEditor } from './log-editor.js';
import { renderPrintTable } from './log-print-table.js';
import { stalkingLogFamilyStyles, stalkingLogStyles } from './stalking-log.styles.js';

export type StalkingLogFileFormat = 'csv' | 'html';

/** Dataset id of SPARC's own log, linked as an education resource. */
export const SPARC_LOG_RESOURCE_ID = 'sparc-incident-log';

let nextEntryId = 1;

/**
 * An incident and behaviour log in the spirit of SPARC's Stalking Incident and
 * Behavior Log. It opens with the log's own warning (write nothing you would
 * not want the person stalking you to see; a log may become evidence; keep it
 * safe; a court's view is for an attorney or advocate).
 *
 * Private by design, like every typed widget: entries live in memory only,
 * are never autosaved, and are forgotten on the quick exit and when the page
 * is left. They are kept only by the person's own "Print" (the log alone, as
 * a table) or "Save as a file" (CSV or a printable page). No event carries
 * what was typed, so host scripts and analytics never see it.
 *
 * @tag sa-stalking-log
 * @summary A private incident log: add, edit, reorder and delete entries; print as a table or save as CSV or HTML.
 *
 * @csspart base - The outer `<section>`.
 * @csspart heading - The main heading.
 * @csspart subheading - Section headings ("Entries", "Add an entry", "Keep a copy").
 * @csspart warning - The log's opening warning.
 * @csspart learn-more - The link to SPARC's log.
 * @csspart entry-list - The list of entries (on screen).
 * @csspart entry - One entry.
 * @csspart entry-heading - The heading of one entry ("Entry 2").
 * @csspart editor - The group of fields that adds or edits an entry (not a `<form>`: nothing can submit).
 * @csspart keep - Print and save.
 * @csspart kept-warning - What a print or a file leaves behind.
 * @csspart print-table - The table that prints instead of the list.
 *
 * @cssprop --sa-stalking-log-background - Background.
 * @cssprop --sa-stalking-log-text-color - Text colour.
 * @cssprop --sa-stalking-log-border-color - Border colour.
 * @cssprop --sa-stalking-log-link-color - Link colour.
 * @cssprop --sa-stalking-log-padding - Inner spacing.
 * @cssprop --sa-stalking-log-button-background - Background of the main buttons.
 * @cssprop --sa-stalking-log-button-text-color - Text colour of the main buttons.
 */
export class SaStalkingLog extends SaWidgetElement {
  /** A tool can show any element's strings (contacts, cards, kept-file notes): all of them. */
  static override localeLoaders = widgetLocaleLoaders;
  static override styles = [...SaWidgetElement.styles, keptPrintStyles, ...stalkingLogFamilyStyles, stalkingLogStyles];

  /** Level of the main heading (2–6); section and entry headings are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The heading level in effect (a bad `heading-level` falls back to 2), derived in willUpdate. */
  private sectionLevel: HeadingLevel = 2;

  @state() private logEntries: LogEntry[] = [];
  @state() private draft: LogEntryValues = blankValues();
  @state() private editingId: string | null = null;
  @state() private confirmingDeleteId: string | null = null;
  @state() private draftError = false;
  @state() private announcement: (() => string) | null = null;
  @state() private fileFormat: StalkingLogFileFormat = 'csv';
  @state() private fileName = '';

  /** After an update, the element (by selector in the shadow root) to move focus to. */
  private focusAfterUpdate: string | null = null;

  constructor() {
    super();
    new PrivateEntriesController(this, () => this.clear());
  }

  /** The number of entries (their content is never exposed). */
  get entryCount(): number {
    return this.logEntries.length;
  }

  /** Forgets every entry and anything half typed. Called by the quick exit and on `pagehide`. */
  clear(): void {
    this.logEntries = [];
    this.draft = blankValues();
    this.editingId = null;
    this.confirmingDeleteId = null;
    this.draftError = false;
    this.fileName = '';
    this.announcement = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) {
      this.sectionLevel = this.oneOf('heading-level', this.headingLevel, SECTION_HEADING_LEVELS, 2);
    }
  }

  protected override updated(): void {
    if (!this.focusAfterUpdate) return;
    this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate)?.focus();
    this.focusAfterUpdate = null;
  }

  /** Prints the log alone: the warning and a table of the entries. */
  print(): void {
    printOnly(this);
  }

  /** Saves the log as `csv` or `html` in the person's downloads, under the name they typed. */
  save(format: StalkingLogFileFormat = this.fileFormat): void {
    const fallback = this.localize(() => msg('stalking-log', { id: 'stalking-log.file-fallback' }));
    const name = safeFileName(this.fileName, fallback, format);
    const text = this.localize(() =>
      format === 'csv' ? logCsv(this.logEntries) : logHtml(this.logEntries, this.locale),
    );
    saveTextFile(name, text, format === 'csv' ? 'text/csv' : 'text/html');
    this.announcement = () => msg(str`Your browser is saving ${name}.`, { id: 'stalking-log.status-saved' });
  }

  private commitDraft(): void {
    if (!this.draft.what.trim()) {
      this.draftError = true;
      this.focusAfterUpdate = this.editingId ? '#edit-what' : '#new-what';
      return;
    }
    this.draftError = false;
    if (this.editingId) {
      const index = this.logEntries.findIndex((entry) => entry.id === this.editingId);
      const id = this.editingId;
      this.logEntries = this.logEntries.map((entry) => (entry.id === id ? { ...this.draft, id } : entry));
      this.announcement = () => msg(str`Entry ${index + 1} updated.`, { id: 'stalking-log.status-updated' });
      this.focusAfterUpdate = `[data-entry="${id}"] [data-action="edit"]`;
      this.editingId = null;
    } else {
      const id = `entry-${nextEntryId++}`;
      this.logEntries = [...this.logEntries, { ...this.draft, id }];
      const count = this.logEntries.length;
      this.announcement = () => msg(str`Entry ${count} added.`, { id: 'stalking-log.status-added' });
      this.focusAfterUpdate = '#new-date';
    }
    this.draft = blankValues();
  }

  private cancelEdit(): void {
    const id = this.editingId;
    this.editingId = null;
    this.draftError = false;
    this.draft = blankValues();
    this.focusAfterUpdate = `[data-entry="${id}"] [data-action="edit"]`;
  }

  private startEdit(entry: LogEntry): void {
    this.editingId = entry.id;
    this.confirmingDeleteId = null;
    this.draftError = false;
    this.draft = valuesOf(entry);
    this.focusAfterUpdate = '#edit-date';
  }

  private move(index: number, delta: number): void {
    const entry = this.logEntries[index];
    const to = index + delta;
    if (!entry || to < 0 || to >= this.logEntries.length) return;
    this.logEntries = moveEntry(this.logEntries, index, to);
    this.announcement = () => msg(str`Entry moved to number ${to + 1}.`, { id: 'stalking-log.status-moved' });
    // Keep focus on the same button, unless it is now disabled (first or last): then its partner.
    const edge = to === 0 || to === this.logEntries.length - 1;
    const action = delta < 0 ? (edge ? 'down' : 'up') : edge ? 'up' : 'down';
    this.focusAfterUpdate = `[data-entry="${entry.id}"] [data-action="${this.logEntries.length > 1 ? action : 'edit'}"]`;
  }

  private deleteEntry(index: number): void {
    const remaining = this.logEntries.filter((_, i) => i !== index);
    this.logEntries = remaining;
    this.confirmingDeleteId = null;
    this.announcement = () => msg(str`Entry ${index + 1} deleted.`, { id: 'stalking-log.status-deleted' });
    const next = remaining[Math.min(index, remaining.length - 1)];
    this.focusAfterUpdate = next ? `[data-entry="${next.id}"] [data-action="edit"]` : '#entries-heading';
  }

  protected override render() {
    const level = this.sectionLevel;
    const sparcLog = datasetLink(SPARC_LOG_RESOURCE_ID, this.locale, this.localName);
    return html`<section part="base" lang=${this.locale} aria-labelledby="heading">
      ${renderHeading(level, logTitle(), { part: 'heading', id: 'heading' })}
      <div part="warning" class="warning" role="note">${logWarningLines().map((line) => html`<p>${line}</p>`)}</div>
      ${
        sparcLog
          ? html`<p class="learn-more" data-print="hide">
              ${msg('This log follows the one SPARC, a national education center, offers:', {
                id: 'stalking-log.sparc',
              })}
              <a part="learn-more" href=${sparcLog.href} rel="noreferrer" data-resource=${sparcLog.id}
                >${sparcLog.name}</a
              >${
                sparcLog.verified
                  ? nothing
                  : html` <span data-unverified-note
                      >(${msg('address not yet confirmed', { id: 'stalking-log.unverified' })})</span
                    >`
              }
            </p>`
          : nothing
      }
      <div data-print="hide">
        <div id="entries-heading" tabindex="-1" class="focus-target">
          ${renderSubHeading(level, msg('Entries', { id: 'stalking-log.entries-heading' }))}
        </div>
        ${this.renderEntries(level)}
        ${
          this.editingId
            ? nothing
            : html`${renderSubHeading(level, msg('Add an entry', { id: 'stalking-log.add-heading' }))}
              ${this.renderForm('new', msg('Add an entry', { id: 'stalking-log.add-heading' }))}`
        }
        ${this.renderKeep(level)}
      </div>
      ${renderPrintTable(this.logEntries, this.locale)}
      <p class="visually-hidden" role="status">${this.announcement?.() ?? ''}</p>
    </section>`;
  }

  private renderForm(prefix: 'new' | 'edit', label: string): TemplateResult {
    return renderEditor({
      prefix,
      label,
      values: this.draft,
      invalid: this.draftError,
      editing: prefix === 'edit',
      onInput: (key, value) => {
        this.draft = { ...this.draft, [key]: value };
        if (key === 'what' && value.trim()) this.draftError = false;
      },
      onSubmit: () => this.commitDraft(),
      onCancel: () => this.cancelEdit(),
    });
  }

  private renderEntries(level: HeadingLevel): TemplateResult {
    if (this.logEntries.length === 0) {
      return html`<p class="empty">${msg('No entries yet.', { id: 'stalking-log.empty' })}</p>`;
    }
    const last = this.logEntries.length - 1;
    return html`<ol part="entry-list" class="entries">
      ${repeat(
        this.logEntries,
        (entry) => entry.id,
        (entry, index) =>
          html`<li part="entry" data-entry=${entry.id}>
            ${renderSubHeading(
              Math.min(level + 1, 6) as HeadingLevel,
              msg(str`Entry ${index + 1}`, { id: 'stalking-log.entry-number' }),
              'entry-heading',
            )}
            ${
              this.editingId === entry.id
                ? this.renderForm('edit', msg(str`Edit entry ${index + 1}`, { id: 'stalking-log.edit-label' }))
                : this.renderEntry(entry, index, last)
            }
          </li>`,
      )}
    </ol>`;
  }

  private renderEntry(entry: LogEntry, index: number, last: number): TemplateResult {
    const number = index + 1;
    const hidden = (text: string) => html`<span class="visually-hidden">${text}</span>`;
    const entryName = msg(str`entry ${number}`, { id: 'stalking-log.entry-name' });
    return html`<dl>
        ${LOG_FIELDS.filter((field) => entry[field.key].trim()).map(
          (field) =>
            html`<div>
              <dt>${field.label()}</dt>
              <dd>${shownValue(field, entry[field.key], this.locale)}</dd>
            </div>`,
        )}
      </dl>
      ${
        this.confirmingDeleteId === entry.id
          ? html`<div class="confirm" role="group" aria-labelledby="confirm-${entry.id}">
              <p id="confirm-${entry.id}">
                ${msg(str`Delete entry ${number}? This cannot be undone.`, { id: 'stalking-log.confirm-delete' })}
              </p>
              <button type="button" data-action="confirm-delete" @click=${() => this.deleteEntry(index)}>
                ${msg('Yes, delete', { id: 'stalking-log.yes-delete' })}
              </button>
              <button
                type="button"
                data-action="keep"
                @click=${() => {
                  this.confirmingDeleteId = null;
                  this.focusAfterUpdate = `[data-entry="${entry.id}"] [data-action="delete"]`;
                }}
              >
                ${msg('Keep it', { id: 'stalking-log.keep-entry' })}
              </button>
            </div>`
          : html`<div class="entry-actions">
              <button type="button" data-action="edit" @click=${() => this.startEdit(entry)}>
                ${msg('Edit', { id: 'stalking-log.edit' })}${hidden(` ${entryName}`)}
              </button>
              <button type="button" data-action="up" ?disabled=${index === 0} @click=${() => this.move(index, -1)}>
                ${msg('Move up', { id: 'stalking-log.move-up' })}${hidden(` ${entryName}`)}
              </button>
              <button type="button" data-action="down" ?disabled=${index === last} @click=${() => this.move(index, 1)}>
                ${msg('Move down', { id: 'stalking-log.move-down' })}${hidden(` ${entryName}`)}
              </button>
              <button
                type="button"
                data-action="delete"
                @click=${() => {
                  this.confirmingDeleteId = entry.id;
                  this.focusAfterUpdate = `[data-entry="${entry.id}"] [data-action="keep"]`;
                }}
              >
                ${msg('Delete', { id: 'stalking-log.delete' })}${hidden(` ${entryName}`)}
              </button>
            </div>`
      }`;
  }

  private renderKeep(level: HeadingLevel): TemplateResult {
    return html`<div part="keep" class="keep">
      ${renderSubHeading(level, msg('Keep a copy', { id: 'stalking-log.keep-heading' }))} ${renderKeptWarning()}
      <p>
        <button type="button" class="primary" data-action="print" @click=${() => this.print()}>
          ${msg('Print', { id: 'stalking-log.print' })}
        </button>
      </p>
      <fieldset>
        <legend>${msg('Save as a file', { id: 'stalking-log.save-legend' })}</legend>
        ${(['csv', 'html'] as const).map(
          (format) =>
            html`<label class="choice">
              <input
                type="radio"
                name="format"
                value=${format}
                .checked=${live(this.fileFormat === format)}
                @change=${() => (this.fileFormat = format)}
              />
              ${
                format === 'csv'
                  ? msg('Spreadsheet (CSV)', { id: 'stalking-log.format-csv' })
                  : msg('Web page you can print (HTML)', { id: 'stalking-log.format-html' })
              }
            </label>`,
        )}
        <label class="field" for="file-name">${msg('File name (optional)', { id: 'stalking-log.file-name' })}</label>
        ${privateInput({ id: 'file-name', value: this.fileName, onInput: (value) => (this.fileName = value) })}
        <p>
          <button type="button" class="primary" data-action="save" @click=${() => this.save()}>
            ${msg('Save file', { id: 'stalking-log.save' })}
          </button>
        </p>
      </fieldset>
    </div>`;
  }
}

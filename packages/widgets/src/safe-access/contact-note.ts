import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@stalking-awareness/core';
import { renderKeptWarning } from '../shared/private-entries.js';
import { privateInput, privateTextarea } from '../shared/private-field.js';
import { keepInside, neverSubmit } from './self-check.js';

/** What the person writes: in memory only, until they print or copy it. */
export interface ContactNote {
  phone: string;
  times: string;
  /** May the agency leave a message: '' (not said), 'yes' or 'no'. */
  message: '' | 'yes' | 'no';
  other: string;
}

export const EMPTY_NOTE: ContactNote = Object.freeze({ phone: '', times: '', message: '', other: '' });

/** What the last action did, said in the status line. */
export type NoteStatus = '' | 'copied' | 'copy-failed' | 'empty' | 'cleared' | 'answers-cleared';

const MESSAGE_ANSWERS = ['yes', 'no'] as const;

/** "Yes" or "No", in the reader's language: the radio labels and the printed note say it alike. */
function answerText(answer: (typeof MESSAGE_ANSWERS)[number]): string {
  return answer === 'yes' ? msg('Yes', { id: 'safe-access.yes' }) : msg('No', { id: 'safe-access.no' });
}

export function isEmptyNote(note: ContactNote): boolean {
  return !note.phone.trim() && !note.times.trim() && !note.message && !note.other.trim();
}

/** The note as plain text, for the clipboard and the printout; only what was filled in. Build inside a render or localize(). */
export function noteLines(note: ContactNote): string[] {
  const lines = [msg('How to contact me safely', { id: 'safe-access.note-title' })];
  const add = (label: string, value: string) => {
    if (value.trim()) lines.push(`${label} ${value.trim()}`);
  };
  add(msg('Safe phone number:', { id: 'safe-access.note-phone' }), note.phone);
  add(msg('Best days and times to call:', { id: 'safe-access.note-times' }), note.times);
  if (note.message) add(msg('You may leave a message:', { id: 'safe-access.note-message' }), answerText(note.message));
  add(msg('Other things to know:', { id: 'safe-access.note-other' }), note.other);
  return lines;
}

export interface ContactNoteParts {
  heading: TemplateResult;
  note: ContactNote;
  status: NoteStatus;
  onField: (field: keyof ContactNote, value: string) => void;
  onPrint: () => void;
  onCopy: () => void;
  onClear: () => void;
}

function statusText(status: NoteStatus): string {
  switch (status) {
    case 'copied':
      return msg('Copied. It stays on the clipboard until you copy something else.', { id: 'safe-access.copied' });
    case 'copy-failed':
      return msg('It could not be copied. You can print it instead.', { id: 'safe-access.copy-failed' });
    case 'empty':
      return msg('The note is empty. Write something first.', { id: 'safe-access.note-empty' });
    case 'cleared':
      return msg('The note was cleared.', { id: 'safe-access.note-cleared' });
    case 'answers-cleared':
      return msg('Your answers were cleared.', { id: 'safe-access.answers-cleared' });
    default:
      return '';
  }
}

/** A polite status line (role=status) saying what the last button did. */
export function renderStatus(status: NoteStatus): TemplateResult {
  return html`<p part="status" class="status" role="status">${statusText(status)}</p>`;
}

function field(id: string, label: string, control: TemplateResult): TemplateResult {
  return html`<div class="field"><label for=${id}>${label}</label>${control}</div>`;
}

/**
 * The safe-contact note: which phone, which times, whether messages may be
 * left. Print and Copy are the only ways it leaves the page, each on the
 * person's click; the warnings say what each leaves behind.
 */
export function renderContactNote(parts: ContactNoteParts): TemplateResult {
  const { note, onField } = parts;
  const text = (name: 'phone' | 'times' | 'other') => (value: string) => onField(name, value);
  const choose = (event: Event) => onField('message', (event.target as HTMLInputElement).value);
  const lines = noteLines(note);
  return html`<section part="contact-note" class="block note" aria-labelledby="note-heading">
    ${parts.heading}
    <p data-print="hide">
      ${msg(
        'You can write down how it is safe for the agency to contact you. You can then print it or copy it for your caseworker.',
        {
          id: 'safe-access.note-intro',
        },
      )}
    </p>
    <div data-print="hide">
      ${renderKeptWarning()}
      <p class="clipboard-warning">
        ${msg(
          'If you copy it, it stays on this device’s clipboard until you copy something else. Someone who uses this device could paste it.',
          {
            id: 'safe-access.clipboard-warning',
          },
        )}
      </p>
    </div>
    <form part="note-form" data-print="hide" @submit=${neverSubmit} @input=${keepInside} @change=${keepInside}>
      ${field(
        'note-phone',
        msg('Safe phone number', { id: 'safe-access.field-phone' }),
        privateInput({ id: 'note-phone', type: 'tel', value: note.phone, onInput: text('phone') }),
      )}
      ${field(
        'note-times',
        msg('Best days and times to call', { id: 'safe-access.field-times' }),
        privateInput({ id: 'note-times', value: note.times, onInput: text('times') }),
      )}
      <fieldset>
        <legend>${msg('Can the agency leave a message?', { id: 'safe-access.field-message' })}</legend>
        ${MESSAGE_ANSWERS.map(
          (answer) =>
            html`<div class="choice">
              <input
                type="radio"
                id="message-${answer}"
                name="message"
                value=${answer}
                autocomplete="off"
                .checked=${live(note.message === answer)}
                @change=${choose}
              /><label for="message-${answer}">${answerText(answer)}</label>
            </div>`,
        )}
      </fieldset>
      ${field(
        'note-other',
        msg('Anything else the agency should know', { id: 'safe-access.field-other' }),
        privateTextarea({ id: 'note-other', value: note.other, onInput: text('other') }),
      )}
      <div part="actions" class="actions">
        <button type="button" part="button" @click=${parts.onPrint}>
          ${msg('Print', { id: 'safe-access.print' })}
        </button>
        <button type="button" part="button" @click=${parts.onCopy}>${msg('Copy', { id: 'safe-access.copy' })}</button>
        <button type="button" part="button" class="secondary" @click=${parts.onClear}>
          ${msg('Clear the note', { id: 'safe-access.note-clear' })}
        </button>
      </div>
      ${renderStatus(parts.status)}
    </form>
    <div class="print-copy" data-print="show" aria-hidden="true">
      ${lines.length > 1 ? lines.map((line) => html`<p>${line}</p>`) : nothing}
    </div>
  </section>`;
}

import { msg } from '@stalking-awareness/core';
import { formatDay } from '../shared/locale-words.js';

/**
 * The log's columns, in the spirit of SPARC's Stalking Incident and Behavior
 * Log. Its exact headings could not be read; these follow the reference
 * notes (safety-planning.md, "Incident log"): date, time, what happened,
 * where, witnesses with how to reach them, evidence kept, the technology
 * involved, the police report number and officer, notes.
 */
export type LogFieldKey =
  'date' | 'time' | 'what' | 'where' | 'witnesses' | 'evidence' | 'technology' | 'reportNumber' | 'officer' | 'notes';

export type LogEntryValues = Record<LogFieldKey, string>;

export interface LogEntry extends LogEntryValues {
  /** In-memory key for reordering and focus; never shown, printed or saved. */
  id: string;
}

export interface LogField {
  key: LogFieldKey;
  kind: 'date' | 'time' | 'line' | 'text';
  label: () => string;
  hint?: () => string;
}

export const LOG_FIELDS: readonly LogField[] = [
  { key: 'date', kind: 'date', label: () => msg('Date', { id: 'stalking-log.field-date' }) },
  { key: 'time', kind: 'time', label: () => msg('Time', { id: 'stalking-log.field-time' }) },
  { key: 'what', kind: 'text', label: () => msg('What happened', { id: 'stalking-log.field-what' }) },
  { key: 'where', kind: 'line', label: () => msg('Where', { id: 'stalking-log.field-where' }) },
  {
    key: 'witnesses',
    kind: 'text',
    label: () => msg('Witnesses and how to reach them', { id: 'stalking-log.field-witnesses' }),
  },
  {
    key: 'evidence',
    kind: 'text',
    label: () => msg('Evidence you kept', { id: 'stalking-log.field-evidence' }),
    hint: () =>
      msg('Describe photos, screenshots or messages you kept. Nothing is uploaded here.', {
        id: 'stalking-log.hint-evidence',
      }),
  },
  {
    key: 'technology',
    kind: 'line',
    label: () => msg('Technology involved', { id: 'stalking-log.field-technology' }),
    hint: () =>
      msg('For example a phone, an app, an account, a tracker or a camera.', { id: 'stalking-log.hint-technology' }),
  },
  {
    key: 'reportNumber',
    kind: 'line',
    label: () => msg('Police report number', { id: 'stalking-log.field-report' }),
  },
  {
    key: 'officer',
    kind: 'line',
    label: () => msg('Officer name and badge number', { id: 'stalking-log.field-officer' }),
  },
  { key: 'notes', kind: 'text', label: () => msg('Notes', { id: 'stalking-log.field-notes' }) },
];

export function blankValues(): LogEntryValues {
  return {
    date: '',
    time: '',
    what: '',
    where: '',
    witnesses: '',
    evidence: '',
    technology: '',
    reportNumber: '',
    officer: '',
    notes: '',
  };
}

/** The values of an entry without its in-memory id. */
export function valuesOf(entry: LogEntry): LogEntryValues {
  const values = blankValues();
  for (const field of LOG_FIELDS) values[field.key] = entry[field.key];
  return values;
}

/** A copy of `entries` with the entry at `from` moved to `to` (both clamped). */
export function moveEntry<T>(entries: readonly T[], from: number, to: number): T[] {
  const copy = [...entries];
  const target = Math.max(0, Math.min(copy.length - 1, to));
  const [moved] = copy.splice(from, 1);
  if (moved !== undefined) copy.splice(target, 0, moved);
  return copy;
}

/** `HH:MM` as the reader's locale writes a time ("8:15 PM", "8:15 p. m."); the typed text when it is not a time. */
export function formatClock(time: string, locale: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return time;
  const tag = locale.includes('-') ? locale : `${locale}-US`;
  try {
    return new Intl.DateTimeFormat(tag, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
      Date.UTC(1970, 0, 1, Number(match[1]), Number(match[2])),
    );
  } catch {
    return time;
  }
}

/** A field's value as people read it: dates and times in the reader's locale, everything else as typed. */
export function shownValue(field: LogField, value: string, locale: string): string {
  if (field.kind === 'date') return formatDay(value, locale) ?? value;
  if (field.kind === 'time') return formatClock(value, locale);
  return value;
}

/**
 * A compact, hand-written validator for the resource model. It mirrors
 * `schema/resource.schema.json` rule for rule; a general JSON Schema engine
 * would cost the page many times more bytes than these checks.
 *
 * Text that contains markup (`<script`, `<a href`, `<!--`) is rejected. The
 * widgets never render resource text as HTML, so markup could not run; but a
 * hotline record carrying markup has been tampered with or scraped badly, and
 * its numbers can no longer be trusted either. A plain `<` ("under < 18") is fine.
 */
import { safeUrl } from '../url/safe-url.js';
import { warnOnce } from '../warn.js';
import {
  E164_NUMBER,
  EMAIL_ADDRESS,
  EXTENSION,
  KEYWORD,
  MARKUP,
  RESOURCE_ID,
  SHORT_CODE,
  WALL_TIME,
  WEB_URL_START,
  isCheckDate,
  isLanguageTag,
  isLocalDate,
  isTimeZone,
} from './patterns.js';
import {
  CONTACT_CHANNELS,
  RESOURCE_CATEGORIES,
  RESOURCE_STATUSES,
  WEEKDAYS,
  type ContactChannel,
  type Resource,
  type Weekday,
} from './types.js';

/** One problem found in input data. `path` is a JSON path such as `$[3].contacts[0].value`. */
export interface ValidationIssue {
  id?: string;
  path: string;
  message: string;
}

const PHONE_CHANNELS: readonly ContactChannel[] = ['voice', 'sms', 'textphone', 'videophone'];

type JsonObject = Record<string, unknown>;
type Report = (path: string, message: string) => void;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function member(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)?.slice(0, 60)}`;
}

function checkText(
  value: unknown,
  path: string,
  report: Report,
  { required = false, max = 500, nonEmpty = true } = {},
): void {
  if (value === undefined) {
    if (required) report(path, 'is required');
    return;
  }
  if (typeof value !== 'string') return report(path, `must be a string, not ${describe(value)}`);
  if (nonEmpty && value.trim() === '') return report(path, 'must not be empty');
  if (value.length > max) return report(path, `must be at most ${max} characters`);
  if (MARKUP.test(value)) report(path, 'must be plain text, not HTML markup');
}

function checkEnum(value: unknown, allowed: readonly string[], path: string, report: Report): void {
  if (value === undefined) return report(path, 'is required');
  if (typeof value !== 'string' || !allowed.includes(value)) {
    report(path, `must be one of ${allowed.map((item) => `"${item}"`).join(', ')}, not ${describe(value)}`);
  }
}

/** A web address: absolute, http(s), and accepted by safeUrl (no javascript:, data:, credentials…). */
function checkWebUrl(value: unknown, path: string, report: Report, required = false): void {
  if (value === undefined) {
    if (required) report(path, 'is required');
    return;
  }
  if (typeof value !== 'string') return report(path, `must be a string, not ${describe(value)}`);
  if (!WEB_URL_START.test(value.trim()) || safeUrl(value, { schemes: ['https:', 'http:'], warn: false }) === null) {
    report(path, 'must be a safe absolute http(s) URL');
  }
}

function checkDate(value: unknown, path: string, report: Report): void {
  if (value === undefined) return report(path, 'is required');
  if (!isLocalDate(value)) report(path, `must be a date written YYYY-MM-DD, not ${describe(value)}`);
}

function checkArray(value: unknown, path: string, report: Report): value is unknown[] {
  if (Array.isArray(value)) return true;
  report(path, `must be an array, not ${describe(value)}`);
  return false;
}

function checkContact(contact: unknown, path: string, report: Report): void {
  if (!isObject(contact)) return report(path, `must be an object, not ${describe(contact)}`);
  const { channel, value, shortCode, keyword, extension } = contact;
  checkEnum(channel, CONTACT_CHANNELS, member(path, 'channel'), report);
  checkText(contact.display, member(path, 'display'), report, { max: 100 });
  checkText(contact.label, member(path, 'label'), report, { max: 200 });
  if (contact.language !== undefined && !isLanguageTag(contact.language))
    report(member(path, 'language'), `must be a BCP 47 language tag such as "en", not ${describe(contact.language)}`);
  const isPhone = PHONE_CHANNELS.includes(channel as ContactChannel);

  if (isPhone) {
    if ((value === undefined) === (shortCode === undefined)) {
      report(path, 'needs either an E.164 number in "value" or a "shortCode", not both');
    }
    if (value !== undefined && (typeof value !== 'string' || !E164_NUMBER.test(value))) {
      report(member(path, 'value'), `must be an E.164 number such as +18007997233, not ${describe(value)}`);
    }
    if (shortCode !== undefined && (typeof shortCode !== 'string' || !SHORT_CODE.test(shortCode))) {
      report(member(path, 'shortCode'), `must be 3 to 6 digits, not ${describe(shortCode)}`);
    }
    if (extension !== undefined && (typeof extension !== 'string' || !EXTENSION.test(extension))) {
      report(member(path, 'extension'), 'must be 1 to 8 digits');
    }
  } else if (typeof channel === 'string' && CONTACT_CHANNELS.includes(channel as ContactChannel)) {
    if (shortCode !== undefined)
      report(member(path, 'shortCode'), `is only allowed for phone channels, not "${channel}"`);
    if (extension !== undefined)
      report(member(path, 'extension'), `is only allowed for phone channels, not "${channel}"`);
    if (channel === 'email') {
      const address = member(path, 'value');
      if (typeof value !== 'string' || !EMAIL_ADDRESS.test(value)) report(address, 'must be an email address');
      else if (safeUrl(`mailto:${value}`, { schemes: ['mailto:'], warn: false }) === null)
        report(address, 'must be a safe email address');
    } else {
      checkWebUrl(value, member(path, 'value'), report, true);
    }
  }
  if (keyword !== undefined) {
    if (channel !== 'sms') report(member(path, 'keyword'), 'is only allowed for the "sms" channel');
    else if (typeof keyword !== 'string' || !KEYWORD.test(keyword))
      report(member(path, 'keyword'), 'must be 1 to 30 letters or digits');
  }
}

function checkWallTime(value: unknown, path: string, report: Report, required: boolean): void {
  if (value === undefined && !required) return;
  if (typeof value !== 'string' || !WALL_TIME.test(value))
    report(path, `must be a time written HH:MM (00:00 to 24:00), not ${describe(value)}`);
}

function checkHours(hours: unknown, path: string, report: Report): void {
  if (!isObject(hours)) return report(path, `must be an object, not ${describe(hours)}`);
  if (hours.type === 'always') return;
  if (hours.type !== 'weekly') return report(member(path, 'type'), 'must be "always" or "weekly"');
  if (!isTimeZone(hours.timeZone))
    report(
      member(path, 'timeZone'),
      `must be an IANA time zone such as "America/New_York", not ${describe(hours.timeZone)}`,
    );
  const weeklyPath = member(path, 'weekly');
  if (checkArray(hours.weekly, weeklyPath, report)) {
    hours.weekly.forEach((opening, index) => {
      const at = member(weeklyPath, index);
      if (!isObject(opening)) return report(at, `must be an object, not ${describe(opening)}`);
      const days = opening.days;
      if (!Array.isArray(days) || days.length === 0 || days.some((day) => !WEEKDAYS.includes(day as Weekday))) {
        report(member(at, 'days'), `must be a non-empty array of ${WEEKDAYS.join(', ')}`);
      }
      checkWallTime(opening.opens, member(at, 'opens'), report, true);
      checkWallTime(opening.closes, member(at, 'closes'), report, true);
      if (opening.opens === opening.closes) report(at, 'opens and closes at the same time');
    });
  }
  if (hours.exceptions === undefined) return;
  const exceptionsPath = member(path, 'exceptions');
  if (!checkArray(hours.exceptions, exceptionsPath, report)) return;
  hours.exceptions.forEach((exception, index) => {
    const at = member(exceptionsPath, index);
    if (!isObject(exception)) return report(at, `must be an object, not ${describe(exception)}`);
    checkDate(exception.date, member(at, 'date'), report);
    checkWallTime(exception.opens, member(at, 'opens'), report, false);
    checkWallTime(exception.closes, member(at, 'closes'), report, false);
    if ((exception.opens === undefined) !== (exception.closes === undefined))
      report(at, 'needs both "opens" and "closes", or neither (closed all day)');
    checkText(exception.note, member(at, 'note'), report, { max: 200 });
  });
}

function checkProvenance(provenance: unknown, path: string, report: Report): void {
  if (provenance === undefined)
    return report(path, 'is required: say where the facts come from and when they were checked');
  if (!isObject(provenance)) return report(path, `must be an object, not ${describe(provenance)}`);
  checkWebUrl(provenance.source, member(path, 'source'), report, true);
  if (typeof provenance.verified !== 'boolean')
    report(member(path, 'verified'), `must be true or false, not ${describe(provenance.verified)}`);
  const { verifiedOn, reviewBy } = provenance;
  if (verifiedOn !== undefined && !isCheckDate(verifiedOn))
    report(
      member(path, 'verifiedOn'),
      `must be a date written YYYY-MM-DD, or a year YYYY, or left out when the source gives no date; not ${describe(verifiedOn)}`,
    );
  if (reviewBy !== undefined || verifiedOn !== undefined) checkDate(reviewBy, member(path, 'reviewBy'), report);
  // A year-only check date counts from its first day: reviewBy may fall anywhere in or after that year.
  if (isCheckDate(verifiedOn) && isLocalDate(reviewBy) && reviewBy < verifiedOn.padEnd(10, '-01-01')) {
    report(member(path, 'reviewBy'), 'must not be before verifiedOn');
  }
  checkText(provenance.note, member(path, 'note'), report, { max: 1000 });
}

function checkTranslations(translations: unknown, path: string, report: Report): void {
  if (!isObject(translations)) return report(path, `must be an object, not ${describe(translations)}`);
  for (const [locale, translation] of Object.entries(translations)) {
    const at = member(path, locale);
    if (!isLanguageTag(locale)) report(at, 'must be keyed by a BCP 47 language tag such as "es"');
    if (!isObject(translation)) {
      report(at, `must be an object, not ${describe(translation)}`);
      continue;
    }
    checkText(translation.name, member(at, 'name'), report, { max: 200 });
    checkText(translation.description, member(at, 'description'), report, { max: 2000 });
    checkText(translation.note, member(at, 'note'), report, { max: 1000 });
    if (translation.contactLabels === undefined) continue;
    const labelsPath = member(at, 'contactLabels');
    if (!isObject(translation.contactLabels)) {
      report(labelsPath, `must be an object, not ${describe(translation.contactLabels)}`);
      continue;
    }
    for (const [index, label] of Object.entries(translation.contactLabels)) {
      if (!/^\d+$/.test(index)) report(member(labelsPath, index), 'must be keyed by a contact index');
      checkText(label, member(labelsPath, index), report, { required: true, max: 200 });
    }
  }
}

/**
 * Checks one record against the resource model and returns every problem
 * found (none when valid). Unknown fields are ignored.
 */
export function validateResource(input: unknown, path = '$'): ValidationIssue[] {
  if (!isObject(input)) return [{ path, message: `must be an object, not ${describe(input)}` }];
  const issues: ValidationIssue[] = [];
  const id = typeof input.id === 'string' ? input.id : undefined;
  const report: Report = (at, message) => {
    issues.push(id === undefined ? { path: at, message } : { id, path: at, message });
  };

  if (input.id === undefined) report(member(path, 'id'), 'is required');
  else if (typeof input.id !== 'string' || !RESOURCE_ID.test(input.id)) {
    report(member(path, 'id'), 'must be 1 to 128 letters, digits, ".", "_", ":" or "-"');
  }
  checkText(input.name, member(path, 'name'), report, { required: true, max: 200 });
  checkEnum(input.category, RESOURCE_CATEGORIES, member(path, 'category'), report);
  checkText(input.description, member(path, 'description'), report, { required: true, max: 2000, nonEmpty: false });
  checkWebUrl(input.url, member(path, 'url'), report);
  const contactsPath = member(path, 'contacts');
  if (input.contacts === undefined) report(contactsPath, 'is required (an empty array when there is none)');
  else if (checkArray(input.contacts, contactsPath, report)) {
    input.contacts.forEach((contact, index) => checkContact(contact, member(contactsPath, index), report));
  }
  if (input.hours !== undefined) checkHours(input.hours, member(path, 'hours'), report);
  if (input.languages !== undefined && checkArray(input.languages, member(path, 'languages'), report)) {
    input.languages.forEach((tag, index) => {
      if (!isLanguageTag(tag))
        report(member(member(path, 'languages'), index), `must be a BCP 47 language tag, not ${describe(tag)}`);
    });
  }
  checkEnum(input.status, RESOURCE_STATUSES, member(path, 'status'), report);
  checkProvenance(input.provenance, member(path, 'provenance'), report);
  if (input.translations !== undefined) checkTranslations(input.translations, member(path, 'translations'), report);
  return issues;
}

/**
 * How `validateResources` reports a skipped record: `true` (the default) as a
 * console warning of its own, `false` not at all, or a function an element
 * passes to say it under its own tag and field (`<sa-resource-list> src …`).
 */
export type ValidationWarning = boolean | ((message: string) => void);

/**
 * Keeps every valid record and skips each invalid one with ONE warning
 * naming its id and the JSON path of the (first) bad field, so one bad record
 * never hides the good ones. A repeated id is skipped too.
 */
export function validateResources(
  input: unknown,
  { warn = true }: { warn?: ValidationWarning } = {},
): { resources: Resource[]; issues: ValidationIssue[] } {
  const report = warn === true ? warnOnce : warn || undefined;
  if (!Array.isArray(input)) {
    const issue = { path: '$', message: `must be an array of resources, not ${describe(input)}` };
    report?.(`ignored the data: ${issue.path} ${issue.message}.`);
    return { resources: [], issues: [issue] };
  }
  const resources: Resource[] = [];
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  input.forEach((record, index) => {
    const path = `$[${index}]`;
    const found = validateResource(record, path);
    const id = (record as Resource | null)?.id as string;
    if (found.length === 0 && seen.has(id))
      found.push({ id, path: member(path, 'id'), message: `repeats the id "${id}" of an earlier record` });
    if (found.length === 0) {
      seen.add(id);
      resources.push(record as Resource);
      return;
    }
    issues.push(...found);
    if (!report) return;
    const [first] = found as [ValidationIssue];
    const name = typeof id === 'string' ? `resource "${id}"` : 'resource without a valid id';
    const more = found.length > 1 ? ` (and ${found.length - 1} more problem${found.length > 2 ? 's' : ''})` : '';
    report(`skipped ${name} at ${path}: ${first.path} ${first.message}${more}.`);
  });
  return { resources, issues };
}

/*
 * The same rules for data that is not a whole resource (an agency's private
 * caseworker line, its own wording and links), so a phone number or a URL is
 * checked one way everywhere. Each returns the issues found; none warns.
 */
function collect(check: (report: Report) => void): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  check((path, message) => issues.push({ path, message }));
  return issues;
}

/** A list of contacts, checked exactly like a resource's `contacts`. */
export function validateContacts(contacts: unknown, path = '$'): ValidationIssue[] {
  return collect((report) => {
    if (checkArray(contacts, path, report)) {
      contacts.forEach((contact, index) => checkContact(contact, member(path, index), report));
    }
  });
}

/** Opening hours, checked exactly like a resource's `hours`. */
export function validateHours(hours: unknown, path = '$'): ValidationIssue[] {
  return collect((report) => checkHours(hours, path, report));
}

/** Plain text (no markup, not empty, at most `max` characters), like a resource's name or description. */
export function validatePlainText(
  value: unknown,
  path = '$',
  options: { required?: boolean; max?: number } = {},
): ValidationIssue[] {
  return collect((report) => checkText(value, path, report, options));
}

/** A safe absolute http(s) URL, like a resource's `url`. */
export function validateWebUrl(value: unknown, path = '$', required = false): ValidationIssue[] {
  return collect((report) => checkWebUrl(value, path, report, required));
}

import {
  validateContacts,
  validateHours,
  validatePlainText,
  validateWebUrl,
  type Contact,
  type Hours,
  type ValidationIssue,
} from '@stalking-awareness/core';
import { PROTECTION_IDS, type ProtectionId } from './protections.js';

/**
 * What an agency configures, checked with core's resource rules (one phone
 * and URL validator for the whole library). Each check keeps every valid
 * part and reports each invalid one, so a typo in one field never hides the rest.
 */

/** How to reach a caseworker privately: the same contact and hours model as a resource. */
export interface CaseworkerLine {
  contacts: Contact[];
  hours?: Hours;
}

/** An agency's own wording for one protection, in the page's language. */
export interface ProtectionWording {
  /** Plain text, no markup. */
  text: string;
  /** The page the wording is based on (http or https). */
  source?: string;
  /** The source's name as shown; default: the source's host name. */
  sourceName?: string;
}

/** The state's address confidentiality program, as the agency describes it. */
export interface AgencyAddressProgram {
  /** The program's name, e.g. "Safe at Home". */
  name: string;
  /** Who runs it, e.g. "the Secretary of State". */
  runBy?: string;
  /** Its official page (http or https). */
  url?: string;
}

export type WordingMap = Partial<Record<ProtectionId, ProtectionWording>>;

export interface Checked<T> {
  value: T | undefined;
  issues: ValidationIssue[];
}

/** An attribute value that is not JSON: kept so the check can name the attribute, never thrown. */
class InvalidJson {
  constructor(readonly text: string) {}
}

/** Reads a JSON attribute without throwing: bad JSON becomes a reported issue, not an exception on the page. */
export const jsonAttribute = {
  fromAttribute(value: string | null): unknown {
    if (value === null) return undefined;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return new InvalidJson(value);
    }
  },
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function notAnObject(input: unknown, path: string): Checked<never> {
  const message = input instanceof InvalidJson ? 'is not valid JSON' : 'must be an object';
  return { value: undefined, issues: [{ path, message }] };
}

/** The valid contacts and hours of `input`; each bad contact (or bad hours) is left out and reported. */
export function checkCaseworker(input: unknown, path = 'caseworker'): Checked<CaseworkerLine> {
  if (input === undefined || input === null) return { value: undefined, issues: [] };
  if (!isObject(input) || input instanceof InvalidJson) return notAnObject(input, path);
  const issues: ValidationIssue[] = [];
  const contacts: Contact[] = [];
  if (Array.isArray(input.contacts)) {
    input.contacts.forEach((contact, index) => {
      const found = validateContacts([contact], `${path}.contacts`).map((issue) => ({
        ...issue,
        path: issue.path.replace(`${path}.contacts[0]`, `${path}.contacts[${index}]`),
      }));
      if (found.length) issues.push(...found);
      else contacts.push(contact as Contact);
    });
  } else {
    issues.push(...validateContacts(input.contacts, `${path}.contacts`));
  }
  let hours: Hours | undefined;
  if (input.hours !== undefined) {
    const found = validateHours(input.hours, `${path}.hours`);
    if (found.length) issues.push(...found);
    else hours = input.hours as Hours;
  }
  if (contacts.length === 0) return { value: undefined, issues };
  return { value: hours ? { contacts, hours } : { contacts }, issues };
}

/** The valid wording per protection; an unknown key or a bad item is reported, and that protection keeps its default. */
export function checkWording(input: unknown, path = 'wording'): Checked<WordingMap> {
  if (input === undefined || input === null) return { value: undefined, issues: [] };
  if (!isObject(input) || input instanceof InvalidJson) return notAnObject(input, path);
  const issues: ValidationIssue[] = [];
  const value: WordingMap = {};
  for (const [key, item] of Object.entries(input)) {
    const at = `${path}.${key}`;
    if (!(PROTECTION_IDS as readonly string[]).includes(key)) {
      issues.push({ path: at, message: `is not one of ${PROTECTION_IDS.map((id) => `"${id}"`).join(', ')}` });
      continue;
    }
    if (!isObject(item)) {
      issues.push({ path: at, message: 'must be an object' });
      continue;
    }
    const found = [
      ...validatePlainText(item.text, `${at}.text`, { required: true, max: 1500 }),
      ...validateWebUrl(item.source, `${at}.source`),
      ...validatePlainText(item.sourceName, `${at}.sourceName`, { max: 200 }),
    ];
    if (found.length) issues.push(...found);
    else value[key as ProtectionId] = item as unknown as ProtectionWording;
  }
  return { value, issues };
}

/** The agency's program; a bad `runBy` or `url` is dropped alone, a bad `name` drops the program. */
export function checkAddressProgram(input: unknown, path = 'address-program'): Checked<AgencyAddressProgram> {
  if (input === undefined || input === null) return { value: undefined, issues: [] };
  if (!isObject(input) || input instanceof InvalidJson) return notAnObject(input, path);
  const nameIssues = validatePlainText(input.name, `${path}.name`, { required: true, max: 200 });
  const runByIssues = validatePlainText(input.runBy, `${path}.runBy`, { max: 200 });
  const urlIssues = validateWebUrl(input.url, `${path}.url`);
  const issues = [...nameIssues, ...runByIssues, ...urlIssues];
  if (nameIssues.length) return { value: undefined, issues };
  const program: AgencyAddressProgram = { name: input.name as string };
  if (input.runBy !== undefined && !runByIssues.length) program.runBy = input.runBy as string;
  if (input.url !== undefined && !urlIssues.length) program.url = input.url as string;
  return { value: program, issues };
}

/** The agency's name: plain text up to 200 characters; anything else is reported and not shown. */
export function checkAgencyName(input: string | undefined): Checked<string> {
  const name = (input ?? '').trim();
  if (!name) return { value: undefined, issues: [] };
  const issues = validatePlainText(name, 'agency', { max: 200 });
  return { value: issues.length ? undefined : name, issues };
}

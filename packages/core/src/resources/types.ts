/**
 * The resource data model. One `Resource` is one service a person can turn
 * to. JSON Schema: `@stalking-awareness/core/schema/resource.schema.json`.
 */

export type ResourceCategory = 'education' | 'safety-planning' | 'support-network' | 'legal' | 'emergency';

export const RESOURCE_CATEGORIES: readonly ResourceCategory[] = [
  'education',
  'safety-planning',
  'support-network',
  'legal',
  'emergency',
];

/** Open Referral HSDS 3.0 service status. */
export type ResourceStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed';

export const RESOURCE_STATUSES: readonly ResourceStatus[] = ['active', 'inactive', 'defunct', 'temporarily closed'];

export type ContactChannel = 'voice' | 'sms' | 'textphone' | 'videophone' | 'chat' | 'web' | 'email';

export const CONTACT_CHANNELS: readonly ContactChannel[] = [
  'voice',
  'sms',
  'textphone',
  'videophone',
  'chat',
  'web',
  'email',
];

/**
 * One way to reach a resource. Phone-like channels hold either a full E.164
 * number in `value` (`+18007997233`) or a short code in `shortCode` (`988`,
 * `88788`, `911`), never both: short codes are not E.164 numbers and must be
 * dialled and read differently.
 */
export interface Contact {
  channel: ContactChannel;
  /** E.164 number for voice/sms/textphone/videophone; URL for chat/web; address for email. */
  value?: string;
  /** A short code such as 988 or 88788, for voice or sms. */
  shortCode?: string;
  /** The number or address exactly as the source publishes it, e.g. `1-800-799-SAFE (7233)`. */
  display?: string;
  /** Text-line keyword, e.g. `START`, sent as the message body. */
  keyword?: string;
  /** Digits of a phone extension, dialled after the number (`tel:…;ext=100`). */
  extension?: string;
  /** What this line is for, when it differs from the resource's purpose (e.g. "Spanish: press 2"). */
  label?: string;
  /**
   * BCP 47 language of the line, or of the page a chat or web link opens,
   * when known (`en`, `es`). Readers of another language are told before they
   * follow the link ("page in English"), and a keyword is marked up in its
   * own language (`AYUDA` is Spanish on an English page).
   */
  language?: string;
}

export type Weekday = 'mo' | 'tu' | 'we' | 'th' | 'fr' | 'sa' | 'su';

/** Weekdays in the order schedules are printed, Monday first. */
export const WEEKDAYS: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/**
 * Opening times on given weekdays, in local wall-clock time `HH:MM` (24 h) of
 * the schedule's zone. `24:00` closes at the end of the day; a closing time at
 * or before the opening time runs past midnight (`20:00`–`02:00`).
 */
export interface WeeklyOpening {
  days: Weekday[];
  opens: string;
  closes: string;
}

/** A dated exception (holiday closure or special hours), `YYYY-MM-DD` in the resource's zone. */
export interface HoursException {
  date: string;
  /** Both absent: closed all day. Both present: open only then. */
  opens?: string;
  closes?: string;
  note?: string;
}

/**
 * `always`: open 24/7. `weekly`: opening times in an IANA zone (so daylight
 * saving is applied), plus dated exceptions that replace the weekly times on
 * their date.
 */
export type Hours =
  { type: 'always' } | { type: 'weekly'; timeZone: string; weekly: WeeklyOpening[]; exceptions?: HoursException[] };

export interface Provenance {
  /** Where the facts were read. */
  source: string;
  /** False when a fact could not be confirmed at its primary source. */
  verified: boolean;
  /**
   * When the source was checked: `YYYY-MM-DD`, or `YYYY` when the source is
   * dated only by year. Leave it out when the source showed no date: a date
   * made up to fill the field would look fresher than the facts are.
   */
  verifiedOn?: string;
  /**
   * `YYYY-MM-DD` by which the record must be checked again; follows the
   * source's age (a year after it was checked, for the bundled data).
   * Required when `verifiedOn` is given.
   */
  reviewBy?: string;
  /** Shown to readers: what could not be confirmed, or what else they should know, in plain words. */
  note?: string;
}

/** Human text of a resource in another language. */
export interface ResourceTranslation {
  name?: string;
  description?: string;
  /** Contact labels by contact index. */
  contactLabels?: Record<number, string>;
  /** `provenance.note` in this language. */
  note?: string;
}

export interface Resource {
  id: string;
  name: string;
  category: ResourceCategory;
  description: string;
  url?: string;
  contacts: Contact[];
  hours?: Hours;
  /** BCP 47 tags of the languages offered. */
  languages?: string[];
  status: ResourceStatus;
  provenance: Provenance;
  /** Human text by BCP 47 locale (`es`). */
  translations?: Record<string, ResourceTranslation>;
}

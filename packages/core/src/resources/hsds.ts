/**
 * Open Referral HSDS 3.0 → Resource. Reads compiled `service` objects (one,
 * an array, or the API's paginated list with `contents`) as published,
 * quirks included: numbers written with quote marks or without a country
 * code, a numeric UTC offset instead of a time zone, schedule fields that
 * disagree. Each quirk gets a clear console warning, never a crash. The
 * result still goes through `validateResources`, which rejects what cannot
 * be trusted (hostile URLs, markup in text).
 *
 * Not mapped: service areas, locations' addresses, costs, eligibility, and a
 * schedule's validity dates (`valid_from`, `valid_to`, `dtstart`, `until`,
 * `count`), which the published examples fill with placeholders.
 */
import { warnOnce } from '../warn.js';
import { E164_NUMBER, SHORT_CODE, isLanguageTag, isLocalDate, isTimeZone } from './patterns.js';
import {
  RESOURCE_STATUSES,
  WEEKDAYS,
  type Contact,
  type ContactChannel,
  type Hours,
  type Resource,
  type ResourceCategory,
  type ResourceStatus,
  type Weekday,
  type WeeklyOpening,
} from './types.js';

export interface FromHsdsOptions {
  /** Category for every converted service; HSDS has no such field. Default `support-network`. */
  category?: ResourceCategory;
  /** Where the data was read, e.g. the API URL; default the service's own `url`. */
  source?: string;
  /** IANA zone for schedules; overrides HSDS's numeric UTC offset, which ignores daylight saving. */
  timeZone?: string;
  /** Unused: kept so existing callers still compile. Records without `assured_date` get no date at all. */
  now?: Date;
}

type JsonObject = Record<string, unknown>;

/** How long a checked record stays current before it is due for review. */
const REVIEW_AFTER_MONTHS = 6;

const PHONE_CHANNELS: Record<string, ContactChannel | null> = {
  voice: 'voice',
  cell: 'voice',
  text: 'sms',
  textphone: 'textphone',
  video: 'videophone',
  fax: null,
  pager: null,
};

/** Top-level fields only an HSDS service has; a Resource never carries them. */
const HSDS_FIELDS = [
  'phones',
  'schedules',
  'assured_date',
  'organization',
  'service_at_locations',
  'alternate_name',
  'program',
];

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function objects(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** True for an HSDS service (as opposed to a Resource, which has `provenance` and `category`). */
export function looksLikeHsdsService(value: unknown): value is JsonObject {
  return (
    isObject(value) && !('provenance' in value) && !('category' in value) && HSDS_FIELDS.some((field) => field in value)
  );
}

/** True for the HSDS API's paginated list: `{ total_items, …, contents: [...] }`. */
export function isHsdsPage(value: unknown): value is { contents: unknown[] } {
  return isObject(value) && Array.isArray(value.contents);
}

function phoneContact(phone: JsonObject, warn: (message: string) => void): Contact | null {
  const type = typeof phone.type === 'string' ? phone.type.toLowerCase() : 'voice';
  const channel = type in PHONE_CHANNELS ? PHONE_CHANNELS[type] : 'voice';
  if (!(type in PHONE_CHANNELS)) warn(`phone type "${String(phone.type)}" is unknown; treated as voice`);
  if (channel === null) return null;
  const raw =
    typeof phone.number === 'string'
      ? phone.number.trim()
      : typeof phone.number === 'number'
        ? String(phone.number)
        : '';
  const display = raw.replace(/^["']+|["']+$/g, '').trim();
  if (display !== raw) warn(`phone number ${JSON.stringify(raw)} has quote marks around it; they were removed`);
  const digits = display.replace(/[\s().\-\u00a0]/g, '');
  const contact: Contact = { channel, display };
  if (E164_NUMBER.test(digits)) contact.value = digits;
  else if (SHORT_CODE.test(digits)) contact.shortCode = digits;
  else if (/^1?\d{10}$/.test(digits)) {
    contact.value = `+${digits.length === 10 ? '1' : ''}${digits}`;
    warn(`phone number "${display}" has no country code; read as a North American number`);
  } else {
    warn(`phone number ${JSON.stringify(display)} is not a number that can be dialled; left out`);
    return null;
  }
  const extension =
    typeof phone.extension === 'number' || typeof phone.extension === 'string' ? String(phone.extension).trim() : '';
  if (/^\d{1,8}$/.test(extension)) contact.extension = extension;
  return contact;
}

function contactsOf(service: JsonObject, warn: (message: string) => void): Contact[] {
  const places = objects(service.service_at_locations);
  const phones = [
    ...objects(service.phones),
    ...places.flatMap((place) => objects(place.phones)),
    ...places.flatMap((place) => (isObject(place.location) ? objects(place.location.phones) : [])),
  ];
  const seen = new Set<string>();
  const contacts: Contact[] = [];
  for (const phone of phones) {
    const contact = phoneContact(phone, warn);
    const key = contact && `${contact.channel} ${contact.value ?? contact.shortCode} ${contact.extension ?? ''}`;
    if (contact && key && !seen.has(key)) {
      seen.add(key);
      contacts.push(contact);
    }
  }
  const email = text(service.email);
  if (email) contacts.push({ channel: 'email', value: email });
  return contacts;
}

/** An IANA zone for an HSDS schedule: a zone name as is, or a whole-hour UTC offset as `Etc/GMT∓n`. */
function zoneOf(schedule: JsonObject, warn: (message: string) => void): string | undefined {
  const zone = schedule.timezone;
  if (isTimeZone(zone)) return zone;
  if (typeof zone === 'number' && Number.isInteger(zone) && zone >= -12 && zone <= 14) {
    warn(`schedule time zone is the UTC offset ${zone}, not a named zone; daylight saving is not applied`);
    // POSIX-style Etc zones have inverted signs: UTC+3 is Etc/GMT-3.
    return zone === 0 ? 'UTC' : `Etc/GMT${zone > 0 ? '-' : '+'}${Math.abs(zone)}`;
  }
  return undefined;
}

function wallTime(value: unknown): string | undefined {
  const match = typeof value === 'string' ? /^(\d{2}):(\d{2})/.exec(value) : null;
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) return undefined;
  // HSDS writes a 24-hour service as 00:00–23:59; the last minute belongs to the day.
  return `${match[1]}:${match[2]}` === '23:59' ? '24:00' : `${match[1]}:${match[2]}`;
}

function hoursOf(service: JsonObject, options: FromHsdsOptions, warn: (message: string) => void): Hours | undefined {
  const places = objects(service.service_at_locations);
  const candidates = [objects(service.schedules), ...places.map((place) => objects(place.schedules))];
  const schedules = candidates.find((list) => list.length > 0) ?? [];
  if (schedules.length === 0) return undefined;
  const weekly: WeeklyOpening[] = [];
  const zones = new Set<string>();
  for (const schedule of schedules) {
    const days = String(schedule.byday ?? '')
      .split(',')
      .map((day) => day.trim().toLowerCase());
    const opens = wallTime(schedule.opens_at);
    const closes = wallTime(schedule.closes_at);
    const everyWeek = schedule.interval === undefined || Number(schedule.interval) === 1;
    if (
      String(schedule.freq).toUpperCase() !== 'WEEKLY' ||
      !everyWeek ||
      !days.every((day) => WEEKDAYS.includes(day as Weekday)) ||
      !opens ||
      !closes
    ) {
      warn(
        'a schedule is not a plain weekly one (freq WEEKLY, interval 1, byday, opens_at, closes_at); hours left out',
      );
      return undefined;
    }
    const zone = options.timeZone ?? zoneOf(schedule, warn);
    if (!zone) {
      warn('a schedule has no usable time zone; hours left out');
      return undefined;
    }
    zones.add(zone);
    weekly.push({ days: days as Weekday[], opens, closes });
  }
  if (zones.size > 1) {
    warn('schedules use different time zones; hours left out');
    return undefined;
  }
  const allDay = weekly
    .filter((opening) => opening.opens === '00:00' && opening.closes === '24:00')
    .flatMap((opening) => opening.days);
  if (WEEKDAYS.every((day) => allDay.includes(day))) return { type: 'always' };
  return { type: 'weekly', timeZone: [...zones][0]!, weekly };
}

function reviewDate(verifiedOn: string): string {
  const [year, month, day] = verifiedOn.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1 + REVIEW_AFTER_MONTHS, day)).toISOString().slice(0, 10);
}

function languagesOf(service: JsonObject): string[] | undefined {
  const codes = objects(service.languages)
    .map((language) => language.code)
    .filter(isLanguageTag);
  return codes.length > 0 ? [...new Set(codes)] : undefined;
}

function toResource(service: JsonObject, options: FromHsdsOptions): Resource {
  const id = typeof service.id === 'number' ? String(service.id) : (service.id as string);
  const warn = (message: string) => warnOnce(`HSDS service "${String(id)}": ${message}.`);
  const organization = isObject(service.organization) ? service.organization : {};
  const status = RESOURCE_STATUSES.includes(service.status as ResourceStatus)
    ? (service.status as ResourceStatus)
    : 'active';
  if (service.status !== status)
    warn(`status ${JSON.stringify(service.status)} is not an HSDS status; read as "active"`);

  const assured = typeof service.assured_date === 'string' ? service.assured_date.slice(0, 10) : undefined;
  const verified = isLocalDate(assured);
  const resource: Resource = {
    id,
    name: text(service.name) as string,
    category: options.category ?? 'support-network',
    description: text(service.description) ?? '',
    contacts: contactsOf(service, warn),
    status,
    // Without assured_date nobody can say when the data was checked: no date is shown, none is made up.
    provenance: {
      source: (options.source ?? text(service.url) ?? text(organization.website)) as string,
      verified,
      ...(verified
        ? { verifiedOn: assured, reviewBy: reviewDate(assured) }
        : { note: 'The data does not say when it was last checked, so some details may be out of date.' }),
    },
  };
  const url = text(service.url);
  if (url) resource.url = url;
  const hours = hoursOf(service, options, warn);
  if (hours) resource.hours = hours;
  const languages = languagesOf(service);
  if (languages) resource.languages = languages;
  return resource;
}

/**
 * Converts HSDS 3.0 services to resources. Pass the result to
 * `validateResources` before use. Anything that is not a service object is
 * left out with a warning.
 */
export function fromHsds(input: unknown, options: FromHsdsOptions = {}): Resource[] {
  const services = isHsdsPage(input) ? input.contents : Array.isArray(input) ? input : [input];
  return services.flatMap((service, index) => {
    if (isObject(service)) return [toResource(service, options)];
    warnOnce(`HSDS input item ${index} is not a service object; left out.`);
    return [];
  });
}

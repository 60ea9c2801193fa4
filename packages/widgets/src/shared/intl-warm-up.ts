import { requestedLocale } from '@stalking-awareness/core';

/**
 * The first Intl object a page builds loads ICU's data: 18–46 ms of main
 * thread in one piece for a time-zone `Intl.DateTimeFormat`, 14–23 ms even
 * for an `Intl.DisplayNames`, measured here in Chromium, that cannot be
 * split. Every later formatter, of any kind and language, costs about a
 * millisecond. Built inside an element's render, that load joins the render
 * in one long task; built here, in a task of its own before the render, it
 * stays short and apart.
 *
 * Only where something will use it: a render that shows opening hours in a
 * time zone, or speaks a locale without built-in words (English and Spanish
 * names, lists, plurals and dates are in locale-words.ts). The bundled
 * records are all 24/7, so only a host's records can need it, and they
 * arrive after the first render (from `src` or the validator chunk): an
 * element asks before each later render (`SaWidgetElement.hostRecords`),
 * and the CDN bundle asks before registering elements on a page in another
 * language (register-in-turn.ts). The README's agency page never loads it.
 *
 * (A Blob worker could take the load off the main thread entirely, since the
 * data is shared by the process, but a host's strict Content-Security-Policy
 * or Trusted Types would report it as a violation.)
 */
let warming: Promise<void> | undefined;
let warm = false;

/** True once ICU's data is loaded (by {@link warmUpIntl}). */
export function intlIsWarm(): boolean {
  return warm;
}

/**
 * Loads ICU's data in a task of its own and settles in the task after it, so
 * whatever awaits it (a render) runs apart from the load.
 */
export function warmUpIntl(): Promise<void> {
  warming ??= new Promise<void>((settle) =>
    setTimeout(() => {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', hour: 'numeric' }).formatToParts(new Date());
      } catch {
        // An engine without time-zone support: the elements handle that themselves.
      }
      warm = true;
      setTimeout(settle, 0);
    }, 0),
  );
  return warming;
}

/** A locale whose words (names, lists, plurals, dates) are not built in: Intl gives them (see locale-words.ts). */
export function localeNeedsIntlData(locale: string): boolean {
  return locale !== 'en' && locale !== 'es';
}

/**
 * Before an element upgrades: whether its page or section asks for a
 * language other than English or Spanish (`en-US`, `es-MX` count as theirs).
 */
export function languageNeedsIntlData(element: Element): boolean {
  return !/^\s*e[ns](?![a-z])/i.test(requestedLocale(element));
}

/** Opening hours other than "24/7": open-now, hours and change times are worked out with Intl in their zone. */
export function hoursNeedIntlData(record: unknown): boolean {
  const hours = (record as { hours?: { type?: unknown } } | null | undefined)?.hours;
  return hours != null && hours.type !== 'always';
}

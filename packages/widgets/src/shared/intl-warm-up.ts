import { parseLocalDate, requestedLocale } from '@stalking-awareness/core';

/**
 * The first Intl object a page builds loads ICU's data: 18–46 ms of main
 * thread in one piece for a time-zone `Intl.DateTimeFormat`, 14–23 ms even
 * for an `Intl.DisplayNames`, measured here in Chromium, that cannot be
 * split. Every later formatter, of any kind and language, costs about a
 * millisecond. Built inside an element's render, that load joins the render
 * in one long task; built here, in a task of its own before the render, it
 * stays short and apart.
 *
 * Only where something will use it: a render that formats a time, a time
 * zone or a full date, or speaks a locale without built-in words. The data
 * it renders decides: the CDN bundle asks each element class before
 * registering it (`firstRenderNeedsIntlData`, from the attributes and the
 * bundled dataset), and an element asks before a later render, for a host's
 * records from `src` or the validator (`SaWidgetElement.needsIntlData`). A
 * page that shows none of these (the README's agency page) never loads it.
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

/** A locale whose words (names, lists, plurals) are not built in: Intl gives them (see locale-words.ts). */
export function localeNeedsIntlData(locale: string): boolean {
  return locale !== 'en' && locale !== 'es';
}

/**
 * Before an element upgrades: whether its page or section asks for a
 * language other than English or Spanish (`en-US`, `es-MX` count as theirs).
 */
export function languageNeedsIntlData(element: Element): boolean {
  return localeNeedsIntlData(requestedLocale(element).toLowerCase().split('-')[0]!);
}

/** Opening hours other than "24/7": open-now, hours and change times are worked out with Intl in their zone. */
export function hoursNeedIntlData(record: unknown): boolean {
  const hours = (record as { hours?: { type?: unknown } } | null | undefined)?.hours;
  return hours != null && hours.type !== 'always';
}

/**
 * What a card shows of a record that needs Intl's data: hours (above) or the
 * full date its source was checked. Reads unchecked host data safely: a
 * record that turns out invalid is not shown, so a wrong guess costs one warm-up.
 */
export function recordNeedsIntlData(record: unknown): boolean {
  const checked = (record as { provenance?: { verifiedOn?: unknown } } | null | undefined)?.provenance?.verifiedOn;
  return hoursNeedIntlData(record) || parseLocalDate(checked) !== undefined;
}

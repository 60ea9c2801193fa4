/**
 * The first `Intl.DateTimeFormat` a page builds loads ICU's date and time-zone
 * data: 18–46 ms of main thread in one piece, measured here in Chromium, that
 * cannot be split. Every later formatter, of any kind and language, costs
 * about a millisecond. Built inside an element's first render, that load
 * joins the render in one long task; built here, in a task of its own before
 * the elements render, it stays short and apart.
 *
 * (A Blob worker could take the load off the main thread entirely, since the
 * data is shared by the process, but a host's strict Content-Security-Policy
 * or Trusted Types would report it as a violation.)
 */
let warming: Promise<void> | undefined;

/** Settles, in a task of its own, once ICU's data is loaded. */
export function warmUpIntl(): Promise<void> {
  warming ??= new Promise<void>((settle) =>
    setTimeout(() => {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', hour: 'numeric' }).formatToParts(new Date());
      } catch {
        // An engine without time-zone support: the elements handle that themselves.
      }
      settle();
    }, 0),
  );
  return warming;
}

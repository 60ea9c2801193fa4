import { closestComposed } from '../base/closest-composed.js';
import { SOURCE_LOCALE } from './catalog.js';

/** What the locale machinery needs from an element. */
export interface LocaleAwareElement extends Element {
  /** Re-reads the element's language; re-renders when it changed, or always when `force`. */
  refreshLocale(force?: boolean): void;
}

let hostLocale: string | undefined;
const tracked = new Set<LocaleAwareElement>();
let documentObserver: MutationObserver | undefined;
const ownObservers = new WeakMap<LocaleAwareElement, MutationObserver>();

function refreshAll(force = false): void {
  for (const element of tracked) element.refreshLocale(force);
}

/**
 * The language an element asks for: its own `lang`, else the one a host set
 * with {@link setLocale}, else the nearest ancestor's `lang` (crossing shadow
 * roots, up to `<html lang>`), else English.
 */
export function requestedLocale(element: Element): string {
  const own = element.getAttribute('lang');
  if (own) return own;
  if (hostLocale) return hostLocale;
  // An empty lang says nothing: look further up.
  return closestComposed(element, '[lang]:not([lang=""])')?.getAttribute('lang') ?? SOURCE_LOCALE;
}

/**
 * The best of `available` for a BCP 47 `requested` tag: an exact match, then
 * the primary language (`es-MX` → `es`), else English. Never a second
 * language: an unknown language falls back to English.
 */
export function matchLocale(requested: string, available: Iterable<string>): string {
  const wanted = requested.trim().toLowerCase().replace(/_/g, '-');
  const choices = Array.from(available, (code) => code.toLowerCase());
  return [wanted, wanted.split('-')[0]].find((code) => choices.includes(code!)) ?? SOURCE_LOCALE;
}

/**
 * Sets the language of every element that has no `lang` attribute of its
 * own, overriding the page's `lang`. Pass undefined to follow the page again.
 * Independent of any @lit/localize configuration the host page has.
 */
export function setLocale(locale: string | undefined): void {
  hostLocale = locale || undefined;
  refreshAll();
}

/** The language set with {@link setLocale}, if any. */
export function getLocale(): string | undefined {
  return hostLocale;
}

/** Tells every element to re-read its language (e.g. after string overrides). */
export function refreshLocalizedElements(): void {
  refreshAll(true);
}

/**
 * Starts following `lang` changes for `element`. One MutationObserver on the
 * document serves every element; it is created with the first element, not
 * at import, so loading the library has no side effects.
 */
export function trackLocale(element: LocaleAwareElement): void {
  tracked.add(element);
  if (!documentObserver && typeof MutationObserver !== 'undefined') {
    documentObserver = new MutationObserver(() => refreshAll());
    documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  // The document observer cannot see into shadow roots; watch nested elements' own lang.
  if (element.getRootNode() !== element.ownerDocument && !ownObservers.has(element)) {
    const observer = new MutationObserver(() => element.refreshLocale());
    observer.observe(element, { attributes: true, attributeFilter: ['lang'] });
    ownObservers.set(element, observer);
  }
}

export function untrackLocale(element: LocaleAwareElement): void {
  tracked.delete(element);
  ownObservers.get(element)?.disconnect();
  ownObservers.delete(element);
  if (tracked.size === 0) {
    documentObserver?.disconnect();
    documentObserver = undefined;
  }
}

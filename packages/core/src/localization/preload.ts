import { loadTemplates, loadedTemplatesFor, type LocaleLoaders } from './catalog.js';
import { getLocale, matchLocale } from './locale.js';

/** How long a page waits for its translations before elements upgrade in English anyway. */
export const PRELOAD_TIMEOUT_MS = 2000;

/**
 * Loads the translations the page already asks for, before an element is
 * registered: elements then upgrade in the page's language at once, instead
 * of painting in English and again in Spanish (text that moves the page).
 * Returns undefined when nothing needs loading (English pages: registration
 * stays synchronous), else a promise that settles when the strings are in,
 * or after {@link PRELOAD_TIMEOUT_MS} at the latest, so a slow or failed
 * chunk never keeps an element (the quick exit!) from upgrading.
 */
export function preloadPageTranslations(loaders: LocaleLoaders | undefined): Promise<void> | undefined {
  if (!loaders || typeof document === 'undefined') return undefined;
  const available = Object.keys(loaders);
  const missing = new Set<string>();
  // The languages the page asks for now: setLocale()'s and every [lang], <html lang> included.
  for (const language of [
    getLocale(),
    ...Array.from(document.querySelectorAll('[lang]'), (e) => e.getAttribute('lang')),
  ]) {
    const locale = language && matchLocale(language, available);
    if (locale && loaders[locale] && !loadedTemplatesFor(loaders, locale)) missing.add(locale);
  }
  if (missing.size === 0) return undefined;
  const loads = Promise.all([...missing].map((locale) => loadTemplates(loaders, locale)));
  const timeout = new Promise((resolve) => setTimeout(resolve, PRELOAD_TIMEOUT_MS));
  return Promise.race([loads, timeout]).then(() => undefined);
}

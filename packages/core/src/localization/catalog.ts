import type { TemplateMap } from '@lit/localize';

/** The locale every message is written in. */
export const SOURCE_LOCALE = 'en';

/** Loads one locale's generated `templates` module (see lit-localize runtime mode). */
export type LocaleLoader = () => Promise<{ templates: TemplateMap }>;

/**
 * Loaders by locale code, written as a static object of `import()` calls so
 * bundlers split each locale into its own lazily loaded chunk.
 */
export type LocaleLoaders = Readonly<Record<string, LocaleLoader>>;

/** Per loader: its templates once loaded, the pending load before. */
const cache = new WeakMap<LocaleLoader, TemplateMap | Promise<TemplateMap | undefined>>();

/** Templates already loaded for `locale`, without waiting. */
export function loadedTemplatesFor(loaders: LocaleLoaders, locale: string): TemplateMap | undefined {
  const loader = loaders[locale];
  const entry = loader && cache.get(loader);
  return entry instanceof Promise ? undefined : entry;
}

/**
 * Gives `locale`'s templates to `loaders` up front, as if its loader had
 * already run: a bundle with a language built in (cdn/sa-widgets.es.js)
 * renders in it at once, with no request and no wait.
 */
export function provideTemplates(loaders: LocaleLoaders, locale: string, templates: TemplateMap): void {
  const loader = loaders[locale];
  if (loader) cache.set(loader, templates);
}

/**
 * Loads (once) the templates for `locale`. Resolves to undefined for the
 * source locale, for a locale without a loader, and when loading failed:
 * the element then keeps rendering in English rather than breaking.
 */
export async function loadTemplates(loaders: LocaleLoaders, locale: string): Promise<TemplateMap | undefined> {
  const loader = loaders[locale];
  if (locale === SOURCE_LOCALE || !loader) return undefined;
  let entry = cache.get(loader);
  if (!entry) {
    // A microtask first: developer tools and test drivers record the stack that starts a request,
    // and an element registered from a module's top level (the quick exit, a tool from its chunk)
    // would make V8 work out source positions for that whole module first (about 3 ms, issue 14).
    entry = Promise.resolve()
      .then(loader)
      .then(
        ({ templates }) => (cache.set(loader, templates), templates),
        (error: unknown) => {
          console.warn(`[stalking-awareness] Could not load the "${locale}" translations; showing English.`, error);
          return undefined;
        },
      );
    cache.set(loader, entry);
  }
  return entry;
}

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

const loadedTemplates = new WeakMap<LocaleLoaders, Map<string, TemplateMap>>();
const pendingLoads = new WeakMap<LocaleLoaders, Map<string, Promise<TemplateMap | undefined>>>();

function cacheFor<V>(store: WeakMap<LocaleLoaders, Map<string, V>>, loaders: LocaleLoaders): Map<string, V> {
  let cache = store.get(loaders);
  if (!cache) {
    cache = new Map();
    store.set(loaders, cache);
  }
  return cache;
}

/** Templates already loaded for `locale`, without waiting. */
export function loadedTemplatesFor(loaders: LocaleLoaders, locale: string): TemplateMap | undefined {
  return loadedTemplates.get(loaders)?.get(locale);
}

/**
 * Loads (once) the templates for `locale`. Resolves to undefined for the
 * source locale, for a locale without a loader, and when loading failed:
 * the element then keeps rendering in English rather than breaking.
 */
export function loadTemplates(loaders: LocaleLoaders, locale: string): Promise<TemplateMap | undefined> {
  const loader = loaders[locale];
  if (locale === SOURCE_LOCALE || !loader) return Promise.resolve(undefined);
  const loaded = loadedTemplatesFor(loaders, locale);
  if (loaded) return Promise.resolve(loaded);
  const pending = cacheFor(pendingLoads, loaders);
  let load = pending.get(locale);
  if (!load) {
    load = loader().then(
      (module) => {
        cacheFor(loadedTemplates, loaders).set(locale, module.templates);
        return module.templates;
      },
      (error: unknown) => {
        console.warn(`[stalking-awareness] Could not load the "${locale}" translations; showing English.`, error);
        return undefined;
      },
    );
    pending.set(locale, load);
  }
  return load;
}

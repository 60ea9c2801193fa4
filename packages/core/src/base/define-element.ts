import type { LocaleLoaders } from '../localization/catalog.js';
import { preloadPageTranslations } from '../localization/preload.js';
import { warnOnce } from '../warn.js';

/** What defineElement needs from a class: a custom element constructor, ideally with a version and translations. */
export type VersionedElementConstructor = CustomElementConstructor & {
  version?: string;
  localeLoaders?: LocaleLoaders;
};

/**
 * Registers `ctor` as `tag` without ever throwing, so two copies of the
 * library on one page (a CMS block and an app bundle, say) live side by side.
 *
 * - The tag is free: it is registered.
 * - The tag already holds this class, or another build of it: nothing happens;
 *   a differing `version` is reported once, because the first copy wins.
 * - This class is already registered under another tag (a host chose its own
 *   name): a trivial subclass is registered, since the platform allows one
 *   tag per constructor.
 *
 * On a page that asks for a language the class has translations for
 * (`<html lang="es">`), the translations load first and the tag is
 * registered when they are in (2 s at most), so elements never paint in
 * English and then again in Spanish; the returned promise settles then.
 *
 * Returns the constructor now registered under `tag` (a promise of it while
 * translations load).
 */
export function defineElement(
  tag: string,
  ctor: VersionedElementConstructor,
): CustomElementConstructor | undefined | Promise<CustomElementConstructor | undefined> {
  if (typeof customElements === 'undefined') return undefined;
  const translations = customElements.get(tag) ? undefined : preloadPageTranslations(ctor.localeLoaders);
  return translations ? translations.then(() => register(tag, ctor)) : register(tag, ctor);
}

function register(tag: string, ctor: VersionedElementConstructor): CustomElementConstructor | undefined {
  const existing = customElements.get(tag) as VersionedElementConstructor | undefined;
  if (existing) {
    if (existing !== ctor && existing.version !== ctor.version) {
      warnOnce(
        `<${tag}> is already defined by version ${existing.version ?? 'unknown'}; version ${ctor.version ?? 'unknown'} was not registered and the first one stays in use.`,
      );
    }
    return existing;
  }
  let toRegister: CustomElementConstructor = ctor;
  if (customElements.getName?.(ctor)) {
    toRegister = class extends (ctor as unknown as { new (): HTMLElement }) {} as CustomElementConstructor;
  }
  try {
    customElements.define(tag, toRegister);
  } catch (error) {
    // A registry polyfill or a race with another script: report, never break the page.
    warnOnce(`<${tag}> could not be registered: ${(error as Error).message}`);
  }
  return customElements.get(tag);
}

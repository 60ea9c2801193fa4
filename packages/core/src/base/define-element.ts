import { warnOnce } from '../warn.js';

/** What defineElement needs from a class: a custom element constructor, ideally with a version. */
export type VersionedElementConstructor = CustomElementConstructor & { version?: string };

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
 * Returns the constructor now registered under `tag`.
 */
export function defineElement(tag: string, ctor: VersionedElementConstructor): CustomElementConstructor | undefined {
  if (typeof customElements === 'undefined') return undefined;
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

import type { TemplateMap } from '@lit/localize';
import type { MsgFn } from '@lit/localize/internal/types.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { isStrTagged } from '@lit/localize/internal/str-tag.js';

export { str } from '@lit/localize';

/** Strings a host supplies to replace built-in ones, by message id. */
export type MessageOverrides = Readonly<Record<string, string>>;

const overridesByLocale = new Map<string, MessageOverrides>();

interface RenderingLocale {
  templates: TemplateMap | undefined;
  overrides: MessageOverrides | undefined;
}

let rendering: RenderingLocale = { templates: undefined, overrides: undefined };

/**
 * Replaces built-in strings for one locale, by message id (listed in the
 * xliff files and in each element's docs). A locale we ship no translation
 * for can be supplied whole this way. Placeholders are written `{0}`, `{1}`.
 */
export function setMessageOverrides(locale: string, messages: MessageOverrides): void {
  overridesByLocale.set(locale.toLowerCase(), { ...overridesByLocale.get(locale.toLowerCase()), ...messages });
}

/** Locales for which a host supplied strings. */
export function overriddenLocales(): string[] {
  return [...overridesByLocale.keys()];
}

/**
 * Runs `render` with `locale`'s strings active, so every `msg()` call inside
 * it resolves for that one element. Elements on one page can thus follow
 * different `lang` attributes, which @lit/localize's single global locale
 * cannot do, and a host page's own @lit/localize setup is left untouched.
 */
export function withMessages<T>(locale: string, templates: TemplateMap | undefined, render: () => T): T {
  const previous = rendering;
  rendering = { templates, overrides: overridesByLocale.get(locale) };
  try {
    return render();
  } finally {
    rendering = previous;
  }
}

function fillPlaceholders(text: string, values: readonly unknown[]): string {
  return text.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? whole : String(value);
  });
}

const lookup = (template: Parameters<MsgFn>[0], options?: Parameters<MsgFn>[1]) => {
  const override = options?.id === undefined ? undefined : rendering.overrides?.[options.id];
  if (override !== undefined && typeof template !== 'object') return override;
  if (override !== undefined && isStrTagged(template)) return fillPlaceholders(override, template.values);
  return runtimeMsg(rendering.templates, template, options);
};

/**
 * Drop-in for @lit/localize's `msg()`: the same signature and type brand, so
 * `lit-localize extract` finds every call, but resolved per element (see
 * {@link withMessages}). Always give an `id`: hosts override strings by it.
 */
export const msg = lookup as MsgFn;

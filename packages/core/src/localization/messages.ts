import type { TemplateMap } from '@lit/localize';
import type { MsgFn } from '@lit/localize/internal/types.js';
import { isStrTagged, joinStringsAndValues } from '@lit/localize/internal/str-tag.js';

// The `str` tag itself; imported from its own module so bundles do not pull in
// @lit/localize's global runtime, which this library never configures.
export { str } from '@lit/localize/internal/str-tag.js';

/** Strings a host supplies to replace built-in ones, by message id. */
export type MessageOverrides = Readonly<Record<string, string>>;

const overridesByLocale = new Map<string, MessageOverrides>();

/** The strings `msg()` resolves with now: one element's, while it renders. */
let rendering: { locale: string; templates: TemplateMap | undefined } | undefined;

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
  rendering = { locale, templates };
  try {
    return render();
  } finally {
    rendering = previous;
  }
}

/** A host's override for `id`: its own locale's (`es-MX`), else its language's (`es`). */
function overrideFor(id: string): string | undefined {
  const locale = rendering?.locale ?? '';
  return overridesByLocale.get(locale)?.[id] ?? overridesByLocale.get(locale.split('-')[0]!)?.[id];
}

function fillPlaceholders(text: string, values: readonly unknown[]): string {
  // A placeholder with no value stays as written, so the host sees its mistake.
  return text.replace(/\{(\d+)\}/g, (whole, index: string) => String(values[Number(index)] ?? whole));
}

type Template = Parameters<MsgFn>[0];

/** The source text (English) of a template, with its values filled in. */
function sourceText(template: Template): Template {
  return isStrTagged(template) ? joinStringsAndValues(template.strings, template.values) : template;
}

// Only string and str-tagged messages are supported, always with an id:
// that keeps the lookup tiny and gives hosts stable ids to override.
// A message without an id (a mistake lint and extract report) finds no
// override and no translation under "undefined", so it shows its source text.
const lookup = (template: Template, options?: Parameters<MsgFn>[1]) => {
  const id = options?.id as string;
  const override = overrideFor(id);
  if (override !== undefined) {
    return isStrTagged(template) ? fillPlaceholders(override, template.values) : override;
  }
  const translated = rendering?.templates?.[id];
  if (typeof translated === 'string') return translated;
  if (translated && isStrTagged(template)) {
    // A generated translation that is not a string is str-tagged, and holds
    // value indexes where the source has expressions (it may reorder them).
    return joinStringsAndValues(translated.strings, template.values, translated.values as number[]);
  }
  return sourceText(template);
};

/**
 * Drop-in for @lit/localize's `msg()`: the same signature and type brand, so
 * `lit-localize extract` finds every call, but resolved per element (see
 * {@link withMessages}). Always give an `id`: hosts override strings by it.
 */
export const msg = lookup as MsgFn;

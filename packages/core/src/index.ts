/**
 * @stalking-awareness/core: behaviour and types shared by every widget.
 * It defines no element of its own. The Lit-free part (data, validation,
 * hours) is also its own entry, `@stalking-awareness/core/data`.
 */
export * from './data.js';
export { SaElement, type EmitOptions } from './base/sa-element.js';
export { closestComposed } from './base/closest-composed.js';
export { defineElement, type VersionedElementConstructor } from './base/define-element.js';
export { hostStyles, literalCss } from './base/host-styles.js';
export { baseTokenStyles, designTokens, tokenStyles, type DesignToken } from './tokens/design-tokens.js';
export { SOURCE_LOCALE, provideTemplates, type LocaleLoader, type LocaleLoaders } from './localization/catalog.js';
export { setLocale, getLocale, matchLocale, requestedLocale } from './localization/locale.js';
export { msg, str, type MessageOverrides } from './localization/messages.js';
export { overrideMessages } from './localization/override-messages.js';
export { LocaleController, type LocalizedHost } from './localization/locale-controller.js';
export * from './exit/index.js';

import { refreshLocalizedElements } from './locale.js';
import { setMessageOverrides, type MessageOverrides } from './messages.js';

/**
 * Replaces built-in strings for a locale, by message id, and re-renders every
 * element. Use it for wording a service prefers, or to add a language we do
 * not ship: `overrideMessages('fr', { 'quick-exit.label': 'Quitter cette page' })`.
 */
export function overrideMessages(locale: string, messages: MessageOverrides): void {
  setMessageOverrides(locale, messages);
  refreshLocalizedElements();
}

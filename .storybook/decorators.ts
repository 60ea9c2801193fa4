import { html } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';

/**
 * Sets the story's language the way a host page does: with `lang` on an
 * ancestor, which every element follows.
 */
export const localeDecorator: Decorator = (story, context) => {
  const locale = (context.globals['locale'] as string | undefined) ?? 'en';
  return html`<div lang=${locale}>${story()}</div>`;
};

/**
 * Light and dark follow the host's `color-scheme`, as a real page would set it.
 * "High contrast" is a high-contrast host theme set through the public tokens
 * (Windows forced colours are emulated in the browser's rendering tools).
 */
export const themeDecorator: Decorator = (story, context) => {
  const theme = (context.globals['theme'] as string | undefined) ?? 'light';
  return html`<div class="sb-host-theme sb-host-theme--${theme}">${story()}</div>`;
};

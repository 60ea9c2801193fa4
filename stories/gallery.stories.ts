import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { gallery } from './gallery.ts';

/**
 * Every element on one page, in one host theme per story, so a reviewer can compare actions, panels, type and
 * spacing across the family (see **Design system / Design guide** for the rules). The toolbar's theme does not
 * apply here: each story sets its own. Open the same story at 375 px with the viewport toolbar.
 */
const meta: Meta = {
  title: 'Design system/Gallery',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj;

export const Light: Story = { render: () => gallery('light', 'Light') };

export const Dark: Story = { render: () => gallery('dark', 'Dark') };

/** A host's high-contrast theme, set through the public tokens (Windows forced colours are tested separately). */
export const HighContrast: Story = { name: 'High contrast', render: () => gallery('high-contrast', 'High contrast') };

/** Spanish (`lang="es"` on the wrapper): the longest words, the same family. */
export const Spanish: Story = {
  name: 'Light, Español',
  render: () => html`<div lang="es">${gallery('light', 'Claro')}</div>`,
};

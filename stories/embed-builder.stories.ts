import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@stalking-awareness/widgets/define-all';
import elementsManifest from '../packages/widgets/custom-elements.json';
import cdnManifest from '../packages/widgets/cdn/manifest.json';
import './embed-builder/embed-builder.ts';

/**
 * Pick the elements, their options and your data, the language, brand colours and where the files come from; copy
 * the HTML, with the integrity hashes of this version's files, and see it live.
 */
const meta: Meta = {
  title: 'Embed builder',
  render: () => html`<embed-builder .manifest=${cdnManifest} .elementsManifest=${elementsManifest}></embed-builder>`,
  parameters: { layout: 'padded' },
};
export default meta;

export const Builder: StoryObj = {};

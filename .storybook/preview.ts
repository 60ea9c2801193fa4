import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import customElements from '../packages/widgets/custom-elements.json';
import { localeDecorator, themeDecorator } from './decorators.js';
import { documentationOnlyRows, publicManifest } from './public-api.js';
import './preview.css';

setCustomElementsManifest(publicManifest(customElements));

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [documentationOnlyRows],
  decorators: [themeDecorator, localeDecorator],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme of the host page',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'high-contrast', title: 'High contrast' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    // The table of contents lists each guide's main sections (##) and their subsections (###).
    docs: { toc: { headingSelector: 'h2, h3', title: 'On this page' } },
  },
};

export default preview;

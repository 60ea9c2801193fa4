import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@stalking-awareness/widgets/define-all';

interface Args {
  accent: string;
  onAccent: string;
  surfaceRaised: string;
  radius: string;
  fontFamily: string;
}

/**
 * The agency's stylesheet: shared tokens on a wrapper, element tokens where one element needs a different value,
 * and `::part()` for what tokens do not cover. Every token and part here is one the elements document (see each
 * element's Docs page and **Theming**). The quick exit keeps its danger colour: it must never blend into the brand.
 */
const agencyStylesheet = html`<style>
  .agency-brand {
    --sa-color-text: #1f2933;
    --sa-color-border: #52606d;
    --sa-focus-width: 3px;
    --sa-color-focus: #b45309;
    --sa-space: 1.125rem;
    --sa-hotline-banner-border-color: #c99a2e;
    --sa-legal-disclaimer-border-color: #c99a2e;
    --sa-safety-alert-border-color: #c99a2e;
    --sa-resource-list-gap: 1.25rem;
    --sa-resource-card-heading-size: 1.125rem;
    color: #1f2933;
    background: #ffffff;
    color-scheme: light;
    padding: 1rem;
  }
  .agency-brand h1 {
    font-family: var(--sa-font-family);
    color: var(--sa-color-accent);
  }
  .agency-brand sa-quick-exit::part(control) {
    letter-spacing: 0.02em;
    text-transform: uppercase;
  }
  .agency-brand sa-safety-alert::part(summary) {
    font-weight: 700;
  }
  .agency-brand sa-hotline-banner::part(panel) {
    box-shadow: 0 2px 0 rgb(0 0 0 / 0.08);
  }
  .agency-brand sa-resource-list::part(card) {
    border-top-width: 4px;
    border-top-color: var(--sa-color-accent);
  }
  .agency-brand sa-legal-disclaimer::part(heading) {
    font-family: var(--sa-font-family);
    color: var(--sa-color-accent);
  }
  .agency-brand > * + * {
    display: block;
    margin-top: 1rem;
  }
</style>`;

const render = (args: Args) => html`
  ${agencyStylesheet}
  <div
    class="agency-brand"
    style=${styleMap({
      '--sa-color-accent': args.accent,
      '--sa-color-on-accent': args.onAccent,
      '--sa-color-surface-raised': args.surfaceRaised,
      '--sa-radius': args.radius,
      '--sa-font-family': args.fontFamily,
      'font-family': args.fontFamily,
    })}
  >
    <sa-quick-exit position="inline"></sa-quick-exit>
    <h1>Child Support Services</h1>
    <sa-safety-alert variant="inline"></sa-safety-alert>
    <sa-hotline-banner variant="compact"></sa-hotline-banner>
    <sa-resource-list categories="legal" heading-level="2"></sa-resource-list>
    <sa-legal-disclaimer agency="Child Support Services" heading-level="2"></sa-legal-disclaimer>
  </div>
`;

/**
 * A live agency brand theme. Change the brand colours, corner radius and font with the controls: every element
 * follows. Check contrast when you change a colour: the accent is used for links and filled buttons on white.
 */
const meta: Meta<Args> = {
  title: 'Examples/Theming example',
  render,
  args: {
    accent: '#0b6e69',
    onAccent: '#ffffff',
    surfaceRaised: '#f6f1e7',
    radius: '0',
    fontFamily: "Georgia, 'Times New Roman', serif",
  },
  argTypes: {
    accent: { name: '--sa-color-accent', control: 'color' },
    onAccent: { name: '--sa-color-on-accent', control: 'color' },
    surfaceRaised: { name: '--sa-color-surface-raised', control: 'color' },
    radius: { name: '--sa-radius', control: 'inline-radio', options: ['0', '0.25rem', '0.75rem'] },
    fontFamily: {
      name: '--sa-font-family',
      control: 'select',
      options: ["Georgia, 'Times New Roman', serif", 'system-ui, sans-serif', 'inherit'],
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const AgencyBrand: Story = { name: 'Agency brand' };

/** The same stylesheet with a navy brand and rounder corners. */
export const NavyBrand: Story = {
  name: 'Agency brand, navy',
  args: { accent: '#14375a', surfaceRaised: '#eef3f8', radius: '0.75rem', fontFamily: 'system-ui, sans-serif' },
};

/** The brand in Spanish: nothing in the theme depends on the language. */
export const Spanish: Story = {
  name: 'Agency brand, Español',
  render: (args) => html`<div lang="es">${render(args)}</div>`,
};

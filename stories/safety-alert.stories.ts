import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@stalking-awareness/widgets/define-all';
import { useDemoExits } from './helpers/demo-exit.ts';
import { hostVariants } from './helpers/host-variants.ts';
import { dismissWhenShown } from './helpers/dismiss-when-shown.ts';

useDemoExits();

interface Args {
  variant: 'banner' | 'inline' | 'emergency';
  quickExit: boolean;
  quickExitHref: string;
  dismissible: boolean;
}

const render = (args: Args) =>
  html`<sa-safety-alert
    variant=${args.variant}
    ?quick-exit=${args.quickExit}
    quick-exit-href=${args.quickExitHref || nothing}
    ?dismissible=${args.dismissible}
  ></sa-safety-alert>`;
const variants = hostVariants(render);

const meta: Meta<Args> = {
  title: 'Widgets/Safety alert',
  component: 'sa-safety-alert',
  render,
  args: { variant: 'banner', quickExit: false, quickExitHref: '', dismissible: false },
  argTypes: {
    variant: { control: 'inline-radio', options: ['banner', 'inline', 'emergency'] },
    quickExit: { name: 'quick-exit', control: 'boolean' },
    quickExitHref: {
      name: 'quick-exit-href',
      control: 'text',
      description: 'Exit destination (http or https). Empty: https://www.weather.gov/.',
    },
    dismissible: { control: 'boolean', description: 'Hide for this page view. Ignored by the emergency variant.' },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The notice at the top of every page; open "Ways to lower the risk" for the options. */
export const Banner: Story = {};

/** With the exit button (core's exit, the same as `<sa-quick-exit>`) and a "Hide this alert" button. */
export const BannerWithExit: Story = {
  name: 'Banner with exit and hide',
  args: { quickExit: true, dismissible: true },
};

/** Inside page content, for example next to a form. */
export const Inline: Story = { args: { variant: 'inline', quickExit: true } };

/** With a heading; never dismissible, even with `dismissible` set. */
export const Emergency: Story = { args: { variant: 'emergency', quickExit: true, dismissible: true } };

/**
 * After the reader pressed "Hide this alert" (this story presses it for you). Hidden for this page view only:
 * nothing is stored, so nothing on the device shows the alert was ever seen, and it is back on the next page.
 */
export const Dismissed: Story = {
  args: { quickExit: true, dismissible: true },
  // Hidden from render (not play), so the docs page shows it hidden too.
  render: (args) =>
    html`${dismissWhenShown(
        Object.assign(document.createElement('sa-safety-alert'), {
          variant: args.variant,
          quickExit: args.quickExit,
          dismissible: args.dismissible,
        }),
      )}
      <p>The alert above was hidden by the story. Reload the story to see it again.</p>`,
};

/**
 * Bad input stays calm: an unknown `variant` falls back to `banner`, and a `javascript:` exit destination is never
 * used (the button exits to https://www.weather.gov/). The console names both attributes.
 */
export const InvalidInput: Story = {
  name: 'Invalid variant and unsafe exit destination',
  args: { variant: 'loud' as Args['variant'], quickExit: true, quickExitHref: 'javascript:alert(1)' },
};

/**
 * The longest text: Spanish, the emergency variant with "Ways to lower the risk" opened (this story opens it), in a
 * 320 px column at 200 % text size, as someone zoomed in on a phone would see it. Everything wraps.
 */
export const LongText: Story = {
  name: 'Long text (Spanish, open, 200 % text, 320 px)',
  args: { variant: 'emergency', quickExit: true },
  render: (args) =>
    html`<style>
        .sb-demo-narrow-large {
          width: 320px;
          font-size: 200%;
          outline: 1px dashed #888;
        }
      </style>
      <div class="sb-demo-narrow-large" lang="es">${render(args)}</div>`,
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('sa-safety-alert');
    const alert = canvasElement.querySelector('sa-safety-alert');
    await alert?.updateComplete;
    const details = alert?.shadowRoot?.querySelector('details');
    if (details) details.open = true;
  },
};

export const Spanish: Story = {
  name: 'Spanish (lang="es")',
  args: { quickExit: true, dismissible: true },
  ...variants.spanish,
};

export const SpanishEmergency: Story = {
  name: 'Spanish, emergency',
  args: { variant: 'emergency', quickExit: true },
  ...variants.spanish,
};

export const Dark: Story = {
  args: { quickExit: true, dismissible: true },
  ...variants.dark,
};

/** The toolbar's "High contrast" host theme: black, white and yellow through the public `--sa-*` tokens. */
export const HighContrast: Story = {
  name: 'High contrast',
  args: { variant: 'emergency', quickExit: true },
  ...variants.highContrast,
};

export const Narrow320: Story = {
  name: '320 px wide',
  args: { variant: 'emergency', quickExit: true },
  ...variants.narrow320,
};

/** Brand colours through the public tokens, and the exit button styled through its part. */
export const Themed: Story = {
  args: { quickExit: true, dismissible: true },
  render: (args) =>
    html`<style>
        .sb-demo-alert-theme sa-safety-alert {
          --sa-safety-alert-background: #f1ecf8;
          --sa-safety-alert-border-color: #5c2d91;
          --sa-safety-alert-exit-background: #5c2d91;
          --sa-safety-alert-exit-text-color: #ffffff;
        }
        .sb-demo-alert-theme sa-safety-alert::part(exit) {
          border-radius: 2rem;
        }
      </style>
      <div class="sb-demo-alert-theme">${render(args)}</div>`,
};

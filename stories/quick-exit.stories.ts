import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@stalking-awareness/widgets/define-all';
import { useDemoExits } from './helpers/demo-exit.ts';
import { hostVariants } from './helpers/host-variants.ts';

useDemoExits();

interface Args {
  href: string;
  shortcut: 'shift' | 'escape' | 'none';
  position: 'sticky' | 'inline';
  guardHistory: boolean;
}

const render = (args: Args) =>
  html`<sa-quick-exit
    href=${args.href || nothing}
    shortcut=${args.shortcut}
    position=${args.position}
    ?guard-history=${args.guardHistory}
    ><a href=${args.href || 'https://www.weather.gov/'} rel="noreferrer nofollow">Exit this page</a></sa-quick-exit
  >`;
const variants = hostVariants(render);

/** A short page around the control, so its sticky placement and scroll padding can be seen. */
const demoPage = (args: Args) => html`
  <style>
    .sb-demo-page {
      max-width: 40rem;
      padding: 0 1rem;
    }
  </style>
  ${render(args)}
  <main class="sb-demo-page">
    <h1>Agency page</h1>
    ${Array.from({ length: 10 }, () => html`<p>The host page's own content scrolls under the quick exit.</p>`)}
    <p><a href="#top">Focus lands below the quick exit, never under it</a></p>
  </main>
`;

const meta: Meta<Args> = {
  title: 'Widgets/Quick exit',
  component: 'sa-quick-exit',
  render,
  args: { href: '', shortcut: 'shift', position: 'inline', guardHistory: false },
  argTypes: {
    href: { control: 'text', description: 'Destination (http or https). Empty: https://www.weather.gov/.' },
    shortcut: { control: 'inline-radio', options: ['shift', 'escape', 'none'] },
    position: { control: 'inline-radio', options: ['sticky', 'inline'] },
    guardHistory: { name: 'guard-history', control: 'boolean' },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Placed in the page's flow. Click it, press Enter or Space on it, or press Shift three times anywhere. */
export const Inline: Story = {};

/**
 * The default placement: stuck to the top of the viewport, floating right on wide screens and full width under
 * 640 px. The page's `scroll-padding-top` follows its height, so focused content is never hidden under it.
 */
export const Sticky: Story = {
  args: { position: 'sticky' },
  render: demoPage,
  parameters: { docs: { story: { inline: false, iframeHeight: 360 } }, layout: 'fullscreen' },
};

/** Escape pressed twice within a second. Ignored in fields, lists, menus and dialogs, where Escape means something else. */
export const EscapeShortcut: Story = { name: 'Escape twice', args: { shortcut: 'escape' } };

/** No keyboard shortcut: the control alone (still reachable with Tab, Enter and Space). */
export const NoShortcut: Story = { name: 'No shortcut', args: { shortcut: 'none' } };

/**
 * A destination of your choice: neutral, no sign-in, nothing personalised. Not a search engine or webmail, which can
 * show a signed-in person's past searches or inbox. `example.org` stands in for your own neutral page.
 */
export const CustomDestination: Story = { name: 'Custom destination', args: { href: 'https://example.org/' } };

/**
 * An unsafe destination is never used: `javascript:` (or a URL with a password in it) falls back to
 * https://www.weather.gov/, and the console names the attribute.
 */
export const UnsafeDestination: Story = {
  name: 'Unsafe destination falls back',
  args: { href: 'javascript:alert(1)' },
};

/** What a reader sees before the script loads or with JavaScript off: the plain fallback link. */
export const BeforeUpgrade: Story = {
  name: 'Without JavaScript (fallback link)',
  render: () =>
    html`<sa-quick-exit-fallback-demo
      ><a href="https://www.weather.gov/" rel="noreferrer nofollow">Exit this page</a></sa-quick-exit-fallback-demo
    >`,
};

export const Spanish: Story = {
  name: 'Spanish (lang="es")',
  ...variants.spanish,
};

export const Dark: Story = {
  ...variants.dark,
};

/** The toolbar's "High contrast" host theme: black, white and yellow through the public `--sa-*` tokens. */
export const HighContrast: Story = {
  name: 'High contrast',
  ...variants.highContrast,
};

/**
 * The label is the element's own, so its longest form is the Spanish one ("Salir de esta página"): here at 200 %
 * text size in a 320 px column, as someone zoomed in on a phone would see it. The control wraps and stays whole.
 */
export const LongText: Story = {
  name: 'Long text (Spanish, 200 % text, 320 px)',
  render: (args) =>
    html`<style>
        .sb-demo-narrow-large {
          width: 320px;
          font-size: 200%;
          outline: 1px dashed #888;
        }
      </style>
      <div class="sb-demo-narrow-large" lang="es">${render(args)}</div>`,
};

export const Narrow320: Story = {
  name: '320 px wide',
  args: { position: 'sticky' },
  ...hostVariants(demoPage).narrow320,
};

/** Brand colours through the public tokens, and the control styled through its part. */
export const Themed: Story = {
  render: (args) =>
    html`<style>
        .sb-demo-exit-theme sa-quick-exit {
          --sa-quick-exit-background: #5c2d91;
          --sa-quick-exit-color: #ffffff;
          --sa-radius: 2rem;
        }
        .sb-demo-exit-theme sa-quick-exit::part(control) {
          padding-inline: 1.5rem;
        }
      </style>
      <div class="sb-demo-exit-theme">${render(args)}</div>`,
};

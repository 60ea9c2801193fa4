import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Resource } from '@stalking-awareness/core';
import { testProvenance, testResource, weeklyHours } from '@stalking-awareness/core/testing';
import '@stalking-awareness/widgets/define-all';
import { hostVariants } from './helpers/host-variants.ts';
import { demoDataUrl } from './fixtures/demo-data-server.ts';
import { longTextLine } from './fixtures/example-resources.ts';
import { dismissWhenShown } from './helpers/dismiss-when-shown.ts';

interface Args {
  variant: 'banner' | 'compact' | 'sticky';
  resourceId: string;
  resourceIds: string;
  noEmergency: boolean;
  dismissible: boolean;
}

const render = (args: Args) =>
  html`<sa-hotline-banner
    variant=${args.variant}
    resource-id=${args.resourceId || nothing}
    resource-ids=${args.resourceIds || nothing}
    ?no-emergency=${args.noEmergency}
    ?dismissible=${args.dismissible}
  ></sa-hotline-banner>`;
const variants = hostVariants(render);

const meta: Meta<Args> = {
  title: 'Widgets/Hotline banner',
  component: 'sa-hotline-banner',
  render,
  args: { variant: 'banner', resourceId: '', resourceIds: '', noEmergency: false, dismissible: false },
  argTypes: {
    variant: { control: 'inline-radio', options: ['banner', 'compact', 'sticky'] },
    resourceId: {
      name: 'resource-id',
      control: 'select',
      options: ['', 'ndvh', '988-lifeline', 'victimconnect', 'rainn'],
    },
    resourceIds: { name: 'resource-ids', control: 'text' },
    noEmergency: { name: 'no-emergency', control: 'boolean' },
    dismissible: { control: 'boolean' },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The National Domestic Violence Hotline from the bundled dataset, with the 911 line. */
export const Banner: Story = {};

export const Compact: Story = { args: { variant: 'compact' } };

/**
 * Pinned to the bottom of the viewport, below the page's quick exit (which stays at the top). The page keeps
 * room for it, so nothing ends up hidden underneath. Shown in its own frame because it is fixed to the viewport.
 */
export const StickyWithQuickExit: Story = {
  name: 'Sticky, with a quick exit',
  args: { variant: 'sticky', dismissible: true },
  parameters: { docs: { story: { inline: false, iframeHeight: 480 } }, layout: 'fullscreen' },
  render: (args) => html`
    <style>
      .sb-demo-page {
        padding: 1rem;
        max-width: 40rem;
      }
    </style>
    <sa-quick-exit></sa-quick-exit>
    <main class="sb-demo-page">
      <h1>Agency page</h1>
      ${Array.from({ length: 12 }, () => html`<p>The host page's own content scrolls above the banner.</p>`)}
      <p><a href="#top">The last link on the page is never hidden under the banner</a></p>
    </main>
    ${render(args)}
  `,
};

/** Several lines at once; each says what it is for, so a referral line is never mistaken for a crisis line. */
export const SeveralHotlines: Story = { args: { resourceIds: 'ndvh 988-lifeline' } };

export const Dismissible: Story = { args: { dismissible: true } };

/**
 * After the reader pressed the close button (this story presses it for you): nothing is left on the page but an
 * empty status region, and nothing is stored, so the banner is back on the next page view.
 */
export const Dismissed: Story = {
  name: 'Dismissed',
  args: { dismissible: true },
  // Closed from render (not play), so the docs page shows it closed too.
  render: (args) =>
    html`${dismissWhenShown(Object.assign(document.createElement('sa-hotline-banner'), { dismissible: args.dismissible }))}
      <p>The banner above was closed by the story. Reload the story to see it again.</p>`,
};

export const WithoutEmergencyLine: Story = { name: 'Without the 911 line', args: { noEmergency: true } };

/**
 * A line with office hours shows whether it is open now and when that changes, with its time zone.
 * The record is a fictional example (555-01xx numbers are reserved for fiction).
 */
export const OpenStatus: Story = {
  name: 'Office hours (fictional line)',
  render: () => {
    const example: Resource = testResource('example-referral-line', {
      name: 'Example Referral Line (fictional)',
      description: 'A fictional referral line used to show office hours. It is not a crisis line.',
      contacts: [{ channel: 'voice', value: '+15555550123', display: '555-555-0123' }],
      hours: weeklyHours(),
      provenance: testProvenance({ source: 'https://example.org/', verifiedOn: '2026-11-01' }),
    });
    const tuesdayMorning = new Date('2026-11-24T15:00:00Z');
    const saturday = new Date('2026-11-28T16:00:00Z');
    return html`
      <sa-hotline-banner
        label="Example at 10 a.m. on a Tuesday"
        .resource=${example}
        .now=${tuesdayMorning}
        no-emergency
      ></sa-hotline-banner>
      <br />
      <sa-hotline-banner
        label="Example on a Saturday"
        .resource=${example}
        .now=${saturday}
        no-emergency
      ></sa-hotline-banner>
    `;
  },
};

export const Spanish: Story = {
  name: 'Spanish (lang="es")',
  ...variants.spanish,
  args: { dismissible: true },
};

export const Dark: Story = {
  ...variants.dark,
};

/** The toolbar's "High contrast" host theme: black, white and yellow through the public `--sa-*` tokens. */
export const HighContrast: Story = {
  name: 'High contrast',
  args: { resourceIds: 'ndvh 988-lifeline', dismissible: true },
  ...variants.highContrast,
};

/**
 * The longest record the model allows a host to give: a 170-character name, a long description and six labelled
 * contacts, at full width and at 320 px. Everything wraps; nothing is cut off or scrolls sideways.
 * The record is fictional (555-01xx numbers are reserved for fiction).
 */
export const LongText: Story = {
  name: 'Long text (fictional line)',
  render: () =>
    html`<sa-hotline-banner .resource=${longTextLine} dismissible></sa-hotline-banner>
      <br />
      <div class="sb-demo-narrow">
        <sa-hotline-banner
          label="The same line at 320 px"
          variant="compact"
          .resource=${longTextLine}
          dismissible
        ></sa-hotline-banner>
      </div>`,
};

/**
 * A host's own JSON through `src`, on a slow connection (Storybook answers after 4 seconds). While it loads, the
 * bundled National Domestic Violence Hotline shows, so help is never missing; then the host's lines replace it.
 * The host's lines are fictional.
 */
export const LoadingSrc: Story = {
  name: 'Loading src (bundled line first)',
  render: () => html`<sa-hotline-banner src=${demoDataUrl('example-county-lines.json', 4000)}></sa-hotline-banner>`,
};

export const Narrow320: Story = {
  name: '320 px wide',
  ...variants.narrow320,
  args: { variant: 'compact', resourceIds: 'ndvh 988-lifeline' },
};

/** Brand colours through the public tokens, and a part styled from outside. */
export const Themed: Story = {
  render: (args) =>
    html`<style>
        .sb-demo-hotline-theme sa-hotline-banner {
          --sa-hotline-banner-background: #e7f2f5;
          --sa-hotline-banner-border-color: #00687d;
          --sa-hotline-banner-link-color: #00535f;
          --sa-radius: 0;
        }
        .sb-demo-hotline-theme sa-hotline-banner::part(name) {
          text-transform: uppercase;
          letter-spacing: 0.03em;
        }
      </style>
      <div class="sb-demo-hotline-theme">${render(args)}</div>`,
};

/**
 * A record with an unsafe link is rejected (see the console warning that names the field) and the default
 * hotline shows instead: the banner is never left empty.
 */
export const InvalidRecordFallsBack: Story = {
  name: 'Invalid record falls back to the default',
  render: () =>
    html`<sa-hotline-banner
      .resource=${{ id: 'broken', name: 'Broken', contacts: [{ channel: 'chat', value: 'javascript:alert(1)' }] } as unknown as Resource}
    ></sa-hotline-banner>`,
};

import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@stalking-awareness/widgets/define-all';
import { hostVariants } from './helpers/host-variants.ts';

interface Args {
  variant: 'full' | 'compact' | 'inline';
  agency: string;
  jurisdiction: string;
  lastReviewed: string;
  headingLevel: number;
}

const render = (args: Args) =>
  html`<sa-legal-disclaimer
    variant=${args.variant}
    agency=${args.agency || nothing}
    jurisdiction=${args.jurisdiction || nothing}
    last-reviewed=${args.lastReviewed || nothing}
    heading-level=${args.headingLevel}
  ></sa-legal-disclaimer>`;
const variants = hostVariants(render);

const meta: Meta<Args> = {
  title: 'Widgets/Legal disclaimer',
  component: 'sa-legal-disclaimer',
  render,
  args: { variant: 'full', agency: '', jurisdiction: '', lastReviewed: '', headingLevel: 2 },
  argTypes: {
    variant: { control: 'inline-radio', options: ['full', 'compact', 'inline'] },
    agency: { control: 'text', description: 'Organisation named in the text. Empty: "Our staff".' },
    jurisdiction: { control: 'text', description: 'US state, DC or territory code, e.g. CA, DC, PR.' },
    lastReviewed: { name: 'last-reviewed', control: 'text', description: 'YYYY-MM-DD the wording was reviewed.' },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 2, max: 6 } },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The whole block: heading, the three statements and where to look for legal information and legal aid. */
export const Full: Story = {};

/** One sentence, the rest behind a native "More about legal help" disclosure. */
export const Compact: Story = { args: { variant: 'compact' } };

/** One sentence and the two links, for a page footer. */
export const Inline: Story = { args: { variant: 'inline' } };

/** The agency named in the text, the state's name added, and the review date. */
export const ChildSupportServicesCalifornia: Story = {
  name: 'Agency, state and review date',
  args: { agency: 'Child Support Services', jurisdiction: 'CA', lastReviewed: '2026-03-03' },
};

/** An unknown state code: a console warning names `jurisdiction`, and the text names no state. */
export const UnknownJurisdiction: Story = {
  name: 'Unknown state code',
  args: { jurisdiction: 'ZZ', lastReviewed: '2026-02-30' },
};

/** Your own wording through the `wording` slot; heading, links and review date stay. */
export const OwnWording: Story = {
  name: 'Own wording (slot)',
  render: (args) =>
    html`<sa-legal-disclaimer variant=${args.variant} last-reviewed="2026-01-15">
      <p slot="wording">
        County child support staff can share information and resources. They cannot tell you what to do in your case.
      </p>
    </sa-legal-disclaimer>`,
};

export const Spanish: Story = {
  name: 'Spanish (lang="es")',
  args: { agency: 'Child Support Services', jurisdiction: 'DC', lastReviewed: '2026-03-03' },
  ...variants.spanish,
};

export const SpanishCompact: Story = {
  name: 'Spanish, compact',
  args: { variant: 'compact', jurisdiction: 'PR' },
  ...variants.spanish,
};

export const Dark: Story = {
  ...variants.dark,
};

/** The toolbar's "High contrast" host theme: black, white and yellow through the public `--sa-*` tokens. */
export const HighContrast: Story = {
  name: 'High contrast',
  args: { agency: 'Child Support Services', jurisdiction: 'CA', lastReviewed: '2026-03-03' },
  ...variants.highContrast,
};

/**
 * A long agency name, and an agency's own, longer wording through the `wording` slot, full width and at 320 px:
 * everything wraps, and the heading, links and review date stay.
 */
export const LongText: Story = {
  name: 'Long text (agency name and own wording)',
  args: {
    agency: 'The Department of Child Support Services of the County and the Regional Family Support Partnership',
    jurisdiction: 'MP',
    lastReviewed: '2026-03-03',
  },
  render: (args) => {
    const disclaimer = html`<sa-legal-disclaimer
      variant=${args.variant}
      agency=${args.agency}
      jurisdiction=${args.jurisdiction}
      last-reviewed=${args.lastReviewed}
    >
      <p slot="wording">
        Staff of the Department of Child Support Services of the County and the Regional Family Support Partnership can
        share general information about how child support works, explain the forms this office uses and point you to
        resources in your community. They are not lawyers and cannot give you legal advice, tell you what to do in your
        own case or fill in court papers for you. For advice about your situation, please talk to a lawyer or a legal
        aid organization.
      </p>
    </sa-legal-disclaimer>`;
    return html`${disclaimer}
      <br />
      <div class="sb-demo-narrow">${disclaimer}</div>`;
  },
};

export const Narrow320: Story = {
  name: '320 px wide',
  args: { agency: 'Department of Child Support Services of the County', jurisdiction: 'MP' },
  ...variants.narrow320,
};

/** Brand colours through the public tokens, and the heading styled through its part. */
export const Themed: Story = {
  render: (args) =>
    html`<style>
        .sb-demo-legal-theme sa-legal-disclaimer {
          --sa-legal-disclaimer-background: #eef6f0;
          --sa-legal-disclaimer-border-color: #1e6b3a;
          --sa-legal-disclaimer-link-color: #0b5c2a;
        }
        .sb-demo-legal-theme sa-legal-disclaimer::part(heading) {
          text-transform: uppercase;
          letter-spacing: 0.04em;
          font-size: 1rem;
        }
      </style>
      <div class="sb-demo-legal-theme">${render(args)}</div>`,
};

import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Resource } from '@stalking-awareness/core';
import { testProvenance, testResource, weeklyHours } from '@stalking-awareness/core/testing';
import '@stalking-awareness/widgets/define-all';
import { hostVariants } from './helpers/host-variants.ts';
import { longTextLine } from './fixtures/example-resources.ts';

interface Args {
  resourceId: string;
  variant: 'full' | 'compact';
  headingLevel: number;
  hideStale: boolean;
}

const render = (args: Args) =>
  html`<sa-resource-card
    resource-id=${args.resourceId || nothing}
    variant=${args.variant}
    heading-level=${args.headingLevel}
    ?hide-stale=${args.hideStale}
  ></sa-resource-card>`;
const variants = hostVariants(render);

const meta: Meta<Args> = {
  title: 'Widgets/Resource card',
  component: 'sa-resource-card',
  render,
  args: { resourceId: 'ndvh', variant: 'full', headingLevel: 3, hideStale: false },
  argTypes: {
    resourceId: {
      name: 'resource-id',
      control: 'select',
      options: [
        'ndvh',
        '988-lifeline',
        'victimconnect',
        'rainn',
        'emergency-911',
        'sparc',
        'sparc-incident-log',
        'nnedv-safety-net',
        'womenslaw',
        'lawhelp',
      ],
    },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 1, max: 6 } },
    hideStale: { name: 'hide-stale', control: 'boolean' },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The National Domestic Violence Hotline: call, TTY, text START to 88788 and chat, open 24/7. */
export const Full: Story = {};

export const Compact: Story = { args: { variant: 'compact' } };

/** 988: the Spanish and Veterans options are separate links, each labelled with what it is for. */
export const LabelledLines: Story = { name: 'Labelled lines (988)', args: { resourceId: '988-lifeline' } };

/** A record whose source could not confirm every detail says so, quietly, in the provenance line. */
export const NotFullyVerified: Story = { name: 'Not fully verified', args: { resourceId: 'victimconnect' } };

/** SPARC is education and training, not a helpline: no phone number is shown for it. */
export const Education: Story = { name: 'Education (SPARC)', args: { resourceId: 'sparc' } };

/** A fictional line (555-01xx numbers are reserved for fiction) with office hours, at two fixed instants. */
const officeHours: Resource = testResource('example-office-line', {
  name: 'Example Advocacy Line (fictional)',
  description: 'A fictional line used to show office hours and the open-now status. It is not a real service.',
  contacts: [
    { channel: 'voice', value: '+15555550123', display: '555-555-0123' },
    { channel: 'textphone', value: '+15555550124', display: '555-555-0124' },
  ],
  hours: weeklyHours('08:30', '17:00', ['mo', 'tu', 'we', 'th', 'fr'], 'America/Chicago'),
  languages: ['en', 'es', 'vi'],
  provenance: testProvenance({ source: 'https://example.org/', verifiedOn: '2026-11-01' }),
  translations: {
    es: {
      name: 'Línea de apoyo de ejemplo (ficticia)',
      description: 'Una línea ficticia para mostrar el horario y si está abierta ahora. No es un servicio real.',
    },
  },
});

export const OfficeHours: Story = {
  name: 'Office hours, open and closed (fictional)',
  render: (args) => html`
    <sa-resource-card
      .resource=${officeHours}
      .now=${new Date('2026-11-24T16:00:00Z')}
      variant=${args.variant}
    ></sa-resource-card>
    <br />
    <sa-resource-card
      .resource=${officeHours}
      .now=${new Date('2026-11-28T16:00:00Z')}
      variant=${args.variant}
    ></sa-resource-card>
  `,
};

/** Past its review date: the console warns and the card says the details are due to be checked. */
export const Stale: Story = {
  name: 'Past its review date',
  render: () =>
    html`<sa-resource-card
      .resource=${{ ...officeHours, provenance: { ...officeHours.provenance, verifiedOn: '2024-01-01', reviewBy: '2025-01-01' } }}
    ></sa-resource-card>`,
};

/** An unsafe link makes the record invalid: a calm message, and a console warning naming the field. */
export const Invalid: Story = {
  name: 'Invalid record',
  render: () =>
    html`<sa-resource-card
      .resource=${{ ...officeHours, contacts: [{ channel: 'chat', value: 'javascript:alert(1)' }] } as Resource}
    ></sa-resource-card>`,
};

/** An id that is not in the bundled dataset: the same calm message, and the console names the id. */
export const UnknownId: Story = {
  name: 'Unknown resource-id',
  args: { resourceId: 'no-such-resource' },
};

/**
 * The longest record the model allows: a 170-character name, a long description, six labelled contacts, eight
 * languages, and a name with a 95-character unbroken "word" (as a pasted web address would be), full width and
 * at 320 px. Everything wraps; nothing is cut off or scrolls sideways. The records are fictional.
 */
export const LongText: Story = {
  name: 'Long text (fictional records)',
  render: (args) => {
    const unbroken: Resource = {
      ...longTextLine,
      id: 'example-unbroken-text',
      name: 'example.org/services/stalkingadvocacy/countydepartmentofchildsupportservices/referralsandintake (fictional)',
      description:
        'Details at https://example.org/services/stalkingadvocacy/countydepartmentofchildsupportservices/referralsandintake/eligibilityquestions, a fictional address.',
      translations: {},
    };
    const cards = html`<sa-resource-card .resource=${longTextLine} variant=${args.variant}></sa-resource-card>
      <br />
      <sa-resource-card .resource=${unbroken} variant=${args.variant}></sa-resource-card>`;
    return html`${cards}
      <br />
      <div class="sb-demo-narrow">${cards}</div>`;
  },
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

export const Narrow320: Story = {
  name: '320 px wide',
  ...variants.narrow320,
};

/** Brand colours through the public tokens, and a part styled from outside. */
export const Themed: Story = {
  render: (args) =>
    html`<style>
        .sb-demo-card-theme sa-resource-card {
          --sa-resource-card-background: #f4f8f2;
          --sa-resource-card-border-color: #3d6b35;
          --sa-resource-card-link-color: #2b5127;
          --sa-resource-card-radius: 0.75rem;
        }
        .sb-demo-card-theme sa-resource-card::part(name) {
          font-size: 1.5rem;
        }
      </style>
      <div class="sb-demo-card-theme">${render(args)}</div>`,
};

import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@stalking-awareness/widgets/define-all';

interface Args {
  variant: 'full' | 'compact' | 'awareness-month';
  showInJanuary: boolean;
  hotline: string;
  headingLevel: number;
  /** Story-only: the date the element takes as today (its `today` property). */
  today?: Date;
}

const render = (args: Args) =>
  html`<sa-stalking-facts
    variant=${args.variant}
    ?show-in-january=${args.showInJanuary}
    hotline=${args.hotline || nothing}
    heading-level=${args.headingLevel}
    .today=${args.today}
  ></sa-stalking-facts>`;

const meta: Meta<Args> = {
  title: 'Widgets/Stalking facts',
  component: 'sa-stalking-facts',
  render,
  args: { variant: 'full', showInJanuary: false, hotline: '', headingLevel: 2 },
  argTypes: {
    variant: { control: 'inline-radio', options: ['full', 'compact', 'awareness-month'] },
    showInJanuary: {
      name: 'show-in-january',
      control: 'boolean',
      description: 'With awareness-month: shown only in January (the reader’s calendar), nothing otherwise.',
    },
    hotline: {
      control: 'text',
      description: 'Dataset id of the hotline in "where to talk it over". Empty: ndvh.',
    },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 2, max: 6 } },
    today: { table: { disable: true } },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** What stalking is (SLII), every figure with its source, and the private "Could this be happening to me?". */
export const Full: Story = {};

/** For a sidebar or a page about something else: SLII in short, one figure, the hotline. */
export const Compact: Story = { args: { variant: 'compact' } };

/** The National Stalking Awareness Month banner, shown whenever the host places it. */
export const AwarenessMonth: Story = { name: 'Awareness Month banner', args: { variant: 'awareness-month' } };

/** With `show-in-january`, the banner shows by date only: here the story sets today to 15 January. */
export const AwarenessMonthInJanuary: Story = {
  name: 'Banner with show-in-january, on 15 January',
  args: { variant: 'awareness-month', showInJanuary: true, today: new Date(2027, 0, 15) },
};

/** The same banner on 15 June renders nothing at all (the dashed box stays empty). */
export const AwarenessMonthInJune: Story = {
  name: 'Banner with show-in-january, on 15 June (nothing)',
  args: { variant: 'awareness-month', showInJanuary: true, today: new Date(2027, 5, 15) },
  render: (args) => html`<div style="outline: 1px dashed #888; min-height: 1em">${render(args)}</div>`,
};

export const Spanish: Story = {
  name: 'Spanish (lang="es")',
  render: (args) => html`<div lang="es">${render(args)}</div>`,
};

export const SpanishCompact: Story = {
  name: 'Spanish, compact',
  args: { variant: 'compact' },
  render: (args) => html`<div lang="es">${render(args)}</div>`,
};

/** Bad input stays calm: an unknown variant shows `full`, an unknown hotline id falls back to ndvh (console warnings). */
export const InvalidInput: Story = {
  name: 'Invalid variant and hotline',
  args: { variant: 'huge' as Args['variant'], hotline: 'no-such-hotline' },
};

export const Dark: Story = {
  render: (args) => html`<div class="sb-host-theme sb-host-theme--dark">${render(args)}</div>`,
};

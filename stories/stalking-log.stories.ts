import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@stalking-awareness/widgets/define-all';

interface Args {
  headingLevel: number;
}

const render = (args: Args) => html`<sa-stalking-log heading-level=${args.headingLevel}></sa-stalking-log>`;

/** Example entries typed in by the story, through the form, as a person would. Nothing is stored. */
const EXAMPLES = [
  {
    date: '2026-11-18',
    time: '07:40',
    what: 'A car like his was parked across the street when I left for work.',
    where: 'Outside my home',
    technology: '',
  },
  {
    date: '2026-11-20',
    time: '21:15',
    what: 'Twelve texts in one hour from a number I do not know, saying where I had been that day.',
    where: '',
    technology: 'Phone, text messages',
  },
];

async function addExamples(canvasElement: HTMLElement): Promise<void> {
  await customElements.whenDefined('sa-stalking-log');
  const log = canvasElement.querySelector('sa-stalking-log');
  if (!log) return;
  await log.updateComplete;
  for (const example of EXAMPLES) {
    for (const [key, value] of Object.entries(example)) {
      const field = log.shadowRoot?.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#new-${key}`);
      if (!field) continue;
      field.value = value;
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    }
    await log.updateComplete;
    log.shadowRoot?.querySelector<HTMLButtonElement>('[data-action="commit"]')?.click();
    await log.updateComplete;
  }
}

const meta: Meta<Args> = {
  title: 'Widgets/Stalking log',
  component: 'sa-stalking-log',
  render,
  args: { headingLevel: 2 },
  argTypes: {
    headingLevel: {
      name: 'heading-level',
      control: { type: 'number', min: 2, max: 6 },
      description: 'Level of the main heading (2–6); section and entry headings follow below it.',
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** An empty log: the warning first, then the form. Everything typed is forgotten on reload or exit. */
export const Empty: Story = {};

/**
 * With two example entries (this story types them in). Try Edit, Move up, Move down and Delete; use your browser's
 * print preview to see the printed table.
 */
export const WithEntries: Story = {
  name: 'With entries',
  play: async ({ canvasElement }) => addExamples(canvasElement),
};

/** At 320 px the entries are a list, never a wide table. */
export const Narrow: Story = {
  name: 'Phone width (320 px)',
  render: (args) => html`<div style="width: 320px; outline: 1px dashed #888">${render(args)}</div>`,
  play: async ({ canvasElement }) => addExamples(canvasElement),
};

export const Spanish: Story = {
  name: 'Spanish (lang="es")',
  render: (args) => html`<div lang="es">${render(args)}</div>`,
};

export const Dark: Story = {
  render: (args) => html`<div class="sb-host-theme sb-host-theme--dark">${render(args)}</div>`,
  play: async ({ canvasElement }) => addExamples(canvasElement),
};

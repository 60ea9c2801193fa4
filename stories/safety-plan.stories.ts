import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@stalking-awareness/widgets/define-all';
import type { SaSafetyPlan } from '../packages/widgets/src/safety-plan/index.ts';
import { useDemoExits } from './helpers/demo-exit.ts';
import { hostVariants } from './helpers/host-variants.ts';

// An exit must not take Storybook away: the plan is cleared, then the page comes back.
useDemoExits();

interface Args {
  variant: 'steps' | 'short';
  sections: string;
  items: string;
  resourceId: string;
  headingLevel: number;
}

const render = (args: Args) =>
  html`<sa-safety-plan
    variant=${args.variant}
    sections=${args.sections || nothing}
    items=${args.items || nothing}
    resource-id=${args.resourceId || nothing}
    heading-level=${args.headingLevel}
  >
    <p>A printable safety plan is at the front desk of every office.</p>
  </sa-safety-plan>`;

const variants = hostVariants(render);

const meta: Meta<Args> = {
  title: 'Widgets/Safety plan',
  component: 'sa-safety-plan',
  render,
  args: { variant: 'steps', sections: '', items: '', resourceId: '', headingLevel: 2 },
  argTypes: {
    variant: { control: 'inline-radio', options: ['steps', 'short'] },
    sections: {
      control: 'text',
      description: 'Sections in order: home work travel digital record people children legal. Empty: all.',
    },
    items: { control: 'text', description: 'JSON array of { "section", "text" }: the host’s own options.' },
    resourceId: { name: 'resource-id', control: 'text', description: 'Dataset id of the advocate line. Empty: ndvh.' },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 2, max: 6 } },
  },
};
export default meta;

type Story = StoryObj<Args>;

async function planIn(canvas: HTMLElement): Promise<SaSafetyPlan> {
  await customElements.whenDefined('sa-safety-plan');
  const plan = canvas.querySelector('sa-safety-plan')!;
  await plan.updateComplete;
  return plan;
}

async function press(plan: SaSafetyPlan, selector: string): Promise<void> {
  plan.shadowRoot!.querySelector<HTMLElement>(selector)?.click();
  await plan.updateComplete;
}

/** Opens step `step` (1 = the first section; one more than the sections = the finished plan). */
function openStep(step: number, fill = false): Story['play'] {
  return async ({ canvasElement }) => {
    const plan = await planIn(canvasElement);
    await press(plan, '.nav .primary');
    for (let at = 1; at < step; at++) {
      if (fill) await press(plan, 'input[type="checkbox"]');
      await press(plan, '.nav .primary');
    }
  };
}

/** The start: what the plan is and is not, where an advocate is, and that nothing is saved. */
export const Start: Story = {};

export const StepHome: Story = { name: 'Step 1: Home', play: openStep(1) };
export const StepWork: Story = { name: 'Step 2: Work or school', play: openStep(2) };
export const StepTravel: Story = { name: 'Step 3: Getting around', play: openStep(3) };
export const StepDigital: Story = { name: 'Step 4: Phone, computer and accounts', play: openStep(4) };
export const StepRecord: Story = { name: 'Step 5: Keeping a record', play: openStep(5) };
export const StepPeople: Story = { name: 'Step 6: People who can help', play: openStep(6) };
export const StepChildren: Story = { name: 'Step 7: Children and child support', play: openStep(7) };
export const StepLegal: Story = { name: 'Step 8: Legal options to ask about', play: openStep(8) };

/** An option ticked: its words can be changed, and an own step added below. */
export const OptionTicked: Story = {
  name: 'Step with an option ticked and an own step',
  play: async (context) => {
    await openStep(1)!(context);
    const plan = await planIn(context.canvasElement);
    await press(plan, 'input[type="checkbox"]');
    const add = plan.shadowRoot!.querySelector<HTMLTextAreaElement>('.add textarea')!;
    add.value = 'Ask the neighbor upstairs to text me if the blue car is outside.';
    add.dispatchEvent(new Event('input'));
    await press(plan, '.add button');
  },
};

/** The finished plan with the first option of every section ticked: Print, Save as a file and Clear. */
export const Finished: Story = { name: 'Finished plan', play: openStep(9, true) };

/** Nothing ticked: Print and Save say why they do nothing. */
export const FinishedEmpty: Story = { name: 'Finished plan, empty', play: openStep(9) };

/** The first things to think about, on one screen, with Print and Save. */
export const Short: Story = { args: { variant: 'short' } };

/** A host's `sections` and own `items`, shown from the first step. */
function hostConfigured(
  name: string,
  sections: string,
  items: ReadonlyArray<{ section: string; text: string }>,
): Story {
  return { name, args: { sections, items: JSON.stringify(items) }, play: openStep(1) };
}

/** A host that works with child support customers: three sections and its own options. */
export const HostSectionsAndItems: Story = hostConfigured('Host sections and own items', 'children people home', [
  { section: 'children', text: 'Asking the front desk for a private room when you come to the office.' },
  { section: 'people', text: 'Asking your caseworker which local program has advocates.' },
]);

/**
 * Bad input stays calm: an unknown section and a bad item are left out with console warnings that name
 * `<sa-safety-plan>` and the field; every valid section and item still shows.
 */
export const InvalidInput: Story = hostConfigured('Invalid sections and items', 'home garage', [
  { section: 'home', text: '' },
  { section: 'home', text: 'Asking for a door camera.' },
]);

/**
 * After the quick exit (this story uses core's exit through `<sa-quick-exit>`): the plan is empty and back at the
 * start. In Storybook the page comes back after a moment; on a real page it is replaced.
 */
export const AfterQuickExit: Story = {
  name: 'After the quick exit: cleared',
  render: (args) => html`<sa-quick-exit position="inline"></sa-quick-exit>${render(args)}`,
  play: async (context) => {
    await openStep(2, true)!(context);
    await customElements.whenDefined('sa-quick-exit');
    const exit = context.canvasElement.querySelector('sa-quick-exit')!;
    await exit.updateComplete;
    exit.shadowRoot!.querySelector<HTMLElement>('[part~="control"]')!.click();
    // The demo brings the page back after 1.5 s: show the cleared plan.
    await new Promise((resolve) => setTimeout(resolve, 1600));
  },
};

/** Without JavaScript the element shows its light-DOM children: say where a printable plan is. */
export const WithoutJavaScript: Story = {
  name: 'Without JavaScript (fallback content)',
  render: () =>
    html`<div>
      <p>A printable safety plan is at the front desk of every office.</p>
    </div>`,
};

export const Spanish: Story = { name: 'Spanish (lang="es")', ...variants.spanish };

export const SpanishStep: Story = { name: 'Spanish, step 7', ...variants.spanish, play: openStep(7, true) };

export const SpanishShort: Story = { name: 'Spanish, short', args: { variant: 'short' }, ...variants.spanish };

export const Narrow320: Story = { name: '320 px wide, step 4', ...variants.narrow320, play: openStep(4, true) };

export const Dark: Story = { ...variants.dark, play: openStep(1, true) };

import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { setExitNavigator } from '@stalking-awareness/core';
import { undoExitForTests } from '@stalking-awareness/core/testing';
import '@stalking-awareness/widgets/define-all';

// An exit must not take Storybook away: say where it would go, then bring the
// page back after a moment. On a real page the exit replaces the page.
function demoNavigator(url: string): void {
  console.info(`[Storybook demo] The note and answers are cleared; the page would now be replaced by ${url}.`);
  setTimeout(() => {
    undoExitForTests();
    setExitNavigator(demoNavigator);
  }, 1500);
}
setExitNavigator(demoNavigator);

/** A made-up agency line for the demos (555-01xx numbers are reserved for fiction). */
const DEMO_LINE = {
  contacts: [{ channel: 'voice', value: '+15555550123', display: '(555) 555-0123' }],
  hours: {
    type: 'weekly',
    timeZone: 'America/Los_Angeles',
    weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:00', closes: '17:00' }],
  },
};

/** The attribute value an agency would paste into its page. */
const DEMO_CASEWORKER = JSON.stringify(DEMO_LINE);

// Every control is an attribute as a CSS web team would write it in HTML:
// the JSON ones are text, exactly what goes between the quotes.
interface Args {
  agency: string;
  state: string;
  hide: string;
  caseworker: string;
  wording: string;
  'address-program': string;
}

const render = (args: Args) =>
  html`<sa-safe-access
    agency=${args.agency || nothing}
    state=${args.state || nothing}
    hide=${args.hide || nothing}
    caseworker=${args.caseworker || nothing}
    wording=${args.wording || nothing}
    address-program=${args['address-program'] || nothing}
  ></sa-safe-access>`;

const meta: Meta<Args> = {
  title: 'Widgets/Safe access (child support)',
  component: 'sa-safe-access',
  render,
  args: { agency: '', state: '', hide: '', caseworker: '', wording: '', 'address-program': '' },
  argTypes: {
    agency: { control: 'text', description: 'The agency’s name. Plain text.' },
    state: {
      control: 'text',
      description: 'US state code. CA, TX, WA, NY and AZ have a bundled, verified address confidentiality program.',
    },
    hide: {
      control: 'text',
      description:
        'Items that do not apply: address, good-cause, separate-appointments, remote-hearing, address-program, self-check, contact-note.',
    },
    caseworker: {
      control: 'text',
      description: 'JSON `{ "contacts": [...], "hours": {...} }`, checked like a resource’s.',
    },
    wording: { control: 'text', description: 'JSON `{ "<protection>": { "text", "source", "sourceName" } }`.' },
    'address-program': { control: 'text', description: 'JSON `{ "name", "runBy", "url" }`.' },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The national defaults: no agency, no state. Every statement says where it comes from. */
export const National: Story = {};

/** What a California agency would set: its name, its private caseworker line and the state. */
export const Configured: Story = {
  name: 'Configured agency (California)',
  args: { agency: 'Child Support Services', state: 'CA', caseworker: DEMO_CASEWORKER },
};

/** Washington's program comes with the phone number its source gives. */
export const Washington: Story = { args: { state: 'WA' } };

/** A state without a bundled program: the element says to ask, and never that there is none. */
export const StateWithoutBundledProgram: Story = { name: 'State without a bundled program', args: { state: 'OR' } };

/**
 * The agency’s own wording through data, with its source. The text is plain (markup is refused), and the heading
 * stays. Example adapted from Arkansas’s page: “ask about claiming ‘good cause.’”
 */
export const OwnWordingData: Story = {
  name: 'Own wording (data)',
  args: {
    wording: JSON.stringify({
      'good-cause': {
        text: 'You can call your DHS or DWS office and ask about claiming “good cause.” The agency decides. An advocate or a lawyer can help you decide.',
        source: 'https://www.dfa.arkansas.gov/child-support/new-to-ocse-2/pursuing-child-support-safely',
        sourceName: 'Arkansas Office of Child Support Enforcement',
      },
    }),
  },
};

/** The agency’s own wording through a slot: any markup the team writes, in the host page’s styles. */
export const OwnWordingSlot: Story = {
  name: 'Own wording (slot)',
  render: (args) =>
    html`<sa-safe-access agency=${args.agency || nothing} state=${args.state || nothing}>
      <div slot="separate-appointments">
        <p>You can ask to meet with staff without the other parent there. Tell the front desk when you arrive.</p>
        <p><small>Source: our office’s own policy, reviewed by our legal team.</small></p>
      </div>
    </sa-safe-access>`,
};

/** Only what applies: this agency has no phone or video hearings, and its own address program page. */
export const HiddenItems: Story = {
  name: 'Hidden items',
  args: { hide: 'remote-hearing good-cause', state: 'NY' },
};

/** With the page’s quick exit: using it clears the note and the answers before the page leaves. */
export const WithQuickExit: Story = {
  name: 'With the quick exit',
  args: { state: 'TX', agency: 'Child Support Services' },
  render: (args) =>
    html`<sa-quick-exit position="inline"
        ><a href="https://www.weather.gov/" rel="noreferrer nofollow">Exit this page</a></sa-quick-exit
      >${render(args)}`,
};

/**
 * Bad input stays calm: a phone number that is not E.164, hours in an unknown time zone, wording with markup, an
 * unknown item to hide and a made-up state code. The console names each field; the valid parts still show.
 */
export const InvalidInput: Story = {
  name: 'Invalid configuration',
  args: {
    state: 'Cali',
    hide: 'lawyers',
    caseworker: JSON.stringify({
      contacts: [{ channel: 'voice', value: '555-0199' }, DEMO_LINE.contacts[0]],
      hours: { type: 'weekly', timeZone: 'Mars/Olympus', weekly: [] },
    }),
    wording: JSON.stringify({ address: { text: 'Call us <b>now</b>' } }),
  },
};

export const Spanish: Story = {
  name: 'Spanish (lang="es")',
  args: { agency: 'Child Support Services', state: 'CA', caseworker: DEMO_CASEWORKER },
  render: (args) => html`<div lang="es">${render(args)}</div>`,
};

/** Spanish in a 320 px column at 200 % text size, as someone zoomed in on a phone would see it. */
export const LongText: Story = {
  name: 'Long text (Spanish, 200 % text, 320 px)',
  args: { state: 'WA', caseworker: DEMO_CASEWORKER },
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

export const Dark: Story = {
  args: { state: 'CA' },
  render: (args) => html`<div class="sb-host-theme sb-host-theme--dark">${render(args)}</div>`,
};

export const HighContrast: Story = {
  name: 'High contrast',
  args: { state: 'CA' },
  render: (args) => html`<div class="sb-host-theme sb-host-theme--high-contrast">${render(args)}</div>`,
};

/** Brand colours through the public tokens, and the buttons styled through their part. */
export const Themed: Story = {
  args: { agency: 'Child Support Services', state: 'AZ' },
  render: (args) =>
    html`<style>
        .sb-demo-safe-access-theme sa-safe-access {
          --sa-safe-access-background: #f4f8f5;
          --sa-safe-access-border-color: #1e5631;
          --sa-safe-access-link-color: #1e5631;
          --sa-safe-access-button-background: #1e5631;
          --sa-safe-access-button-text-color: #ffffff;
        }
        .sb-demo-safe-access-theme sa-safe-access::part(button) {
          border-radius: 2rem;
        }
      </style>
      <div class="sb-demo-safe-access-theme">${render(args)}</div>`,
};

import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Resource } from '@stalking-awareness/core';
import { testProvenance, testResource, weeklyHours } from '@stalking-awareness/core/testing';
import '@stalking-awareness/widgets/define-all';
import { hostVariants } from './helpers/host-variants.ts';
import { demoDataUrl } from './fixtures/demo-data-server.ts';

interface Args {
  search: boolean;
  categoryFilter: boolean;
  openNowFilter: boolean;
  categories: string;
  variant: 'full' | 'compact';
  headingLevel: number;
  pageSize: number;
}

const render = (args: Args) =>
  html`<sa-resource-list
    ?search=${args.search}
    ?category-filter=${args.categoryFilter}
    ?open-now-filter=${args.openNowFilter}
    categories=${args.categories || nothing}
    variant=${args.variant}
    heading-level=${args.headingLevel}
    page-size=${args.pageSize}
  ></sa-resource-list>`;
const variants = hostVariants(render);

const meta: Meta<Args> = {
  title: 'Widgets/Resource list',
  component: 'sa-resource-list',
  render,
  args: {
    search: true,
    categoryFilter: true,
    openNowFilter: false,
    categories: '',
    variant: 'full',
    headingLevel: 3,
    pageSize: 25,
  },
  argTypes: {
    search: { control: 'boolean' },
    categoryFilter: { name: 'category-filter', control: 'boolean' },
    openNowFilter: { name: 'open-now-filter', control: 'boolean' },
    categories: { control: 'text' },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 1, max: 6 } },
    pageSize: { name: 'page-size', control: { type: 'number', min: 1 } },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The bundled dataset with search and the category filter. */
export const WithControls: Story = { name: 'Search and category filter' };

export const Plain: Story = { name: 'No controls', args: { search: false, categoryFilter: false } };

/** Only support networks and legal information. */
export const SomeCategories: Story = {
  name: 'Some categories',
  args: { categories: 'support-network legal', categoryFilter: false },
};

export const Compact: Story = { args: { variant: 'compact' } };

/** Nothing to show: the list says so calmly and keeps the 911 line. */
export const Empty: Story = {
  render: (args) => html`<sa-resource-list ?search=${args.search} .resources=${[]}></sa-resource-list>`,
};

/**
 * `src` that cannot be used (a `data:` URL is refused; a failed request or invalid JSON behaves the same): the list
 * says so calmly, shows the bundled resources, and keeps the 911 line. The console names the reason.
 */
export const SourceFailed: Story = {
  name: 'src failed: bundled fallback',
  render: (args) => html`<sa-resource-list ?search=${args.search} src="data:application/json,[]"></sa-resource-list>`,
};

/**
 * Waiting for a host's `src` (in Storybook the answer never comes, so the state stays): a calm "Loading resources…"
 * in the polite status region, and the 911 line is already there.
 */
export const Loading: Story = {
  render: (args) =>
    html`<sa-resource-list
      ?search=${args.search}
      ?category-filter=${args.categoryFilter}
      src=${demoDataUrl('example-county-lines.json', 'never')}
    ></sa-resource-list>`,
};

/**
 * A host's own JSON through `src`, on a slow connection (Storybook answers after 3 seconds): "Loading resources…",
 * then the host's records. The records are fictional.
 */
export const LoadedFromSrc: Story = {
  name: 'Loaded from src (slow connection)',
  render: (args) =>
    html`<sa-resource-list
      ?search=${args.search}
      ?category-filter=${args.categoryFilter}
      variant=${args.variant}
      src=${demoDataUrl('example-county-lines.json', 3000)}
    ></sa-resource-list>`,
};

/** Fictional records (555 numbers, example.org) to show "Show more" and the open-now filter on a longer list. */
const fictional: Resource[] = Array.from({ length: 60 }, (_, i) =>
  testResource(`example-${i}`, {
    name: `Example service ${i + 1} (fictional)`,
    category: (['support-network', 'legal', 'safety-planning', 'education'] as const)[i % 4]!,
    description: 'A fictional record used to demonstrate a long list. It is not a real service.',
    contacts: [
      {
        channel: 'voice',
        value: `+1555555${String(100 + i).padStart(4, '0')}`,
        display: `555-555-${String(100 + i).padStart(4, '0')}`,
      },
    ],
    ...(i % 3 === 0 ? { hours: weeklyHours() } : {}),
    provenance: testProvenance({ source: 'https://example.org/', verifiedOn: '2026-11-01' }),
  }),
);

export const LongList: Story = {
  name: 'Long list (fictional records)',
  args: { openNowFilter: true, pageSize: 10 },
  render: (args) =>
    html`<sa-resource-list
      search
      category-filter
      ?open-now-filter=${args.openNowFilter}
      page-size=${args.pageSize}
      .resources=${fictional}
      .now=${new Date('2026-11-24T16:00:00Z')}
    ></sa-resource-list>`,
};

export const Spanish: Story = {
  name: 'Spanish (lang="es")',
  args: { openNowFilter: true },
  ...variants.spanish,
};

export const Dark: Story = {
  ...variants.dark,
};

export const Narrow320: Story = {
  name: '320 px wide',
  ...variants.narrow320,
};

/** The toolbar's "High contrast" host theme: black, white and yellow through the public `--sa-*` tokens. */
export const HighContrast: Story = {
  name: 'High contrast',
  ...variants.highContrast,
};

/** Brand colours through the public tokens (the card tokens apply to every card), and parts styled from outside. */
export const Themed: Story = {
  args: { variant: 'compact' },
  render: (args) =>
    html`<style>
        .sb-demo-list-theme sa-resource-list {
          --sa-resource-list-gap: 1.5rem;
          --sa-resource-list-emergency-background: #fdf0ef;
          --sa-resource-list-emergency-color: #8a1c12;
          --sa-resource-card-background: #f4f8f2;
          --sa-resource-card-border-color: #3d6b35;
          --sa-resource-card-link-color: #2b5127;
          --sa-resource-card-radius: 0.75rem;
          --sa-resource-card-action-background: #ffffff;
        }
        .sb-demo-list-theme sa-resource-list::part(search) {
          border-width: 2px;
          border-color: #3d6b35;
        }
        .sb-demo-list-theme sa-resource-list::part(name) {
          color: #2b5127;
        }
      </style>
      <div class="sb-demo-list-theme">${render(args)}</div>`,
};

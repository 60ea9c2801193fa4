import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Resource } from '@stalking-awareness/core';
import { resourceActionFrom } from '../shared/contact-row.js';
import { contactLinkStyles } from '../shared/contact-links.js';
import { renderEmergencyLine } from '../shared/emergency-line.js';
import { HEADING_LEVELS, type HeadingLevel } from '../shared/heading.js';
import {
  RESOURCE_CARD_VARIANTS,
  renderResourceCard,
  type ResourceCardVariant,
} from '../shared/render-resource-card.js';
import { resourceCardStyles } from '../shared/resource-card.styles.js';
import { StatusRefresh } from '../shared/status-refresh.js';
import { HostValidation } from '../shared/host-validation.js';
import {
  CALL_TRACE_NOTE_VALUES,
  callTraceNoteStyles,
  renderCallTraceNote,
  type CallTraceNoteSetting,
} from '../shared/call-trace-note.js';
import { renderControls, type CategoryChoice } from './resource-list-controls.js';
import { countText, renderEmpty, renderMore, renderNotices } from './resource-list-status.js';
import { CountAnnouncer } from './count-announcer.js';
import { resourceListStyles } from './resource-list.styles.js';
import { createEntries, type Entry } from './resource-entries.js';
import { selectEntries, type SelectedEntries } from './results.js';
import {
  BUNDLED_SOURCE,
  parseCategories,
  sourceFromProperty,
  sourceFromUrl,
  type ResourceSource,
} from './resource-source.js';
import {
  bannerHotlineIds,
  hydratingServerMarkup,
  offerEmergencyLine,
  ownsEmergencyLine,
  PageRegistryController,
} from '../shared/page-registry.js';
import { SaWidgetElement } from '../base/widget-element.js';

const DEFAULT_PAGE_SIZE = 25;

/** One card to show: everything its template needs, derived in willUpdate. */
/** What one render shows, derived in willUpdate so render() stays pure. */
interface Results extends SelectedEntries {
  pageSize: number;
  headingLevel: HeadingLevel;
  variant: ResourceCardVariant;
  /** The result count, for the live region. */
  count: string;
}

/**
 * A list of help resources with optional search, category filter and
 * open-now filter. Data comes from the `resources` property, else from a JSON
 * `src` the host opts in to (resources or Open Referral HSDS), else from the
 * bundled dataset. When `src` fails or holds nothing valid, the list says so
 * calmly and shows the bundled resources. "If you are in immediate danger, call 911"
 * stays visible in every state.
 *
 * Cards are shown a page at a time (`page-size`, default 25) with a "Show
 * more" button: a thousand cards at once is slow on the low-end phones many
 * readers use and hard to get through with a screen reader; search and
 * filters always cover every resource.
 *
 * @tag sa-resource-list
 * @summary Searchable, filterable list of sourced help resources, with a bundled fallback.
 *
 * @fires {CustomEvent<ResourceActionDetail>} sa-resource-action - A contact link in a card was used: `{ resourceId, channel }`. Nothing is sent anywhere.
 *
 * @csspart emergency - The "If you are in immediate danger, call 911" line.
 * @csspart emergency-link - Its `tel:911` link (the whole sentence, as in the hotline banner).
 * @csspart call-trace-note - The note, shown once, that calls and texts show up in the phone's history (see `call-trace-note`).
 * @csspart controls - The wrapper of the built-in controls.
 * @csspart search-label - The search box's label.
 * @csspart search - The search box.
 * @csspart category-filter - The category filter's fieldset.
 * @csspart category-option - One category choice (label with radio button and count).
 * @csspart open-now - The "Open now" checkbox label.
 * @csspart status - The polite live region holding notices and the result count.
 * @csspart notice - A calm notice: data could not be loaded, entries skipped.
 * @csspart count - The result count.
 * @csspart list - The `<ul>` of cards.
 * @csspart item - One `<li>`.
 * @csspart empty - The message shown when nothing matches.
 * @csspart reset - The "Show all resources" button.
 * @csspart more - The "Show more" button.
 * @csspart card - Each card; the card's own parts (name, category, description, contacts, contact, contact-label, hours, open-status, languages, notice, provenance, provenance-note, source) are exposed too.
 *
 * @cssprop --sa-resource-list-gap - Space between cards.
 * @cssprop --sa-resource-list-min-card-width - Narrowest card before the grid drops a column (default 18rem).
 * @cssprop --sa-resource-list-emergency-background - Background of the 911 line.
 * @cssprop --sa-resource-list-emergency-color - Text colour of the 911 line.
 * @cssprop --sa-resource-card-background - See `sa-resource-card`; every card token applies here too.
 */
export class SaResourceList extends SaWidgetElement {
  static override styles = [
    ...SaWidgetElement.styles,
    contactLinkStyles,
    callTraceNoteStyles,
    resourceCardStyles,
    resourceListStyles,
  ];

  /**
   * URL of a JSON document: an array of resources, one HSDS service, an array
   * of them or an HSDS paginated list. Fetched once per value; the library
   * makes no other request.
   */
  @property() src?: string;

  /** Resources set directly (an array of `Resource`); wins over `src`. Validated. */
  @property({ attribute: false }) resources?: readonly Resource[];

  /** Only these categories, comma- or space-separated: `support-network, legal`. */
  @property() categories?: string;

  /** Show the search box. */
  @property({ attribute: 'search', type: Boolean, reflect: true }) searchBox = false;

  /** Show the category filter, with counts. */
  @property({ attribute: 'category-filter', type: Boolean, reflect: true }) categoryFilter = false;

  /**
   * Show the "Hide services closed now" filter. It hides only what is known to
   * be closed: 24/7 lines, emergency records and records whose hours are not
   * listed stay.
   */
  @property({ attribute: 'open-now-filter', type: Boolean, reflect: true }) openNowFilter = false;

  /** How many cards to show before "Show more" (default 25). */
  @property({ attribute: 'page-size' }) pageSize: number | string = DEFAULT_PAGE_SIZE;

  /** Heading level of each card's name, 1–6 (default 3). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Card variant: `full` (default) or `compact`. */
  @property({ reflect: true }) variant: ResourceCardVariant = 'full';

  /** Leave out records past their review date (they always log a warning). */
  @property({ attribute: 'hide-stale', type: Boolean, reflect: true }) hideStale = false;

  /** The instant used for open-now and staleness; defaults to the current time. For tests and previews. */
  @property({ attribute: false }) now?: Date;

  /**
   * Shows the 911 line even when another element on the page already shows
   * it (by default it appears once per page: a sticky banner's, else the
   * first element's).
   */
  @property({ attribute: 'show-emergency', type: Boolean }) showEmergency = false;

  /** Also lists the hotlines a `<sa-hotline-banner>` on the page already shows (left out by default). */
  @property({ attribute: 'include-banner-hotlines', type: Boolean }) includeBannerHotlines = false;

  /**
   * `off` hides the note that calls and texts show up in the phone's history,
   * shown once beside the 911 line. On by default; only an explicit `off` hides it.
   */
  @property({ attribute: 'call-trace-note' }) callTraceNote: CallTraceNoteSetting = 'on';

  private traceNote: CallTraceNoteSetting = 'on';

  @state() private source: ResourceSource = BUNDLED_SOURCE;
  @state() private loading = false;
  @state() private query = '';
  @state() private category: CategoryChoice = 'all';
  @state() private openNowOnly = false;
  /** How many matching cards are shown; grows with "Show more", resets when the results change. */
  @state() private shownLimit?: number;

  private readonly statusRefresh = new StatusRefresh(this);
  /** `resources` wait for the validator (a chunk of its own): the list shows its loading state until they are checked. */
  private readonly validation = new HostValidation(this, 'resources');
  private loadRequest = 0;
  private entries: Entry[] = [];
  private entriesFor?: { resources: readonly Resource[]; locale: string };
  private results?: Results;
  /** Says the result count in the live region, after typing pauses. */
  private readonly countAnnouncer = new CountAnnouncer(this, () => this.renderRoot.querySelector('[part="count"]'));
  /** Index of the card to focus after "Show more": the first one it revealed. */
  private focusIndex?: number;
  private readonly warnFor = (field: string, message: string) => this.warn(field, message);

  /** Whether this list shows the 911 line, and which banner hotlines it leaves out: decided in willUpdate. */
  private emergencyShown = true;
  private bannerIds: ReadonlySet<string> = new Set();
  private readonly pageRegistry: PageRegistryController;

  constructor() {
    super();
    this.addEventListener('click', this.handleClick);
    this.pageRegistry = new PageRegistryController(this, (connected) => offerEmergencyLine(this, connected));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('resources') && this.resources !== undefined) {
      this.loadRequest++; // a late src response must not replace these
      const validator = this.validation.get();
      this.loading = !validator;
      if (validator) this.source = sourceFromProperty(this.resources, validator, this.warnFor);
    } else if ((changed.has('src') || changed.has('resources')) && this.resources === undefined) {
      if (this.src) void this.load(this.src);
      else {
        this.loadRequest++;
        this.loading = false;
        this.source = BUNDLED_SOURCE;
      }
    }
    if (changed.has('callTraceNote'))
      this.traceNote = this.oneOf('call-trace-note', this.callTraceNote, CALL_TRACE_NOTE_VALUES, 'on');
    // Server-rendered markup is hydrated as the server wrote it (every card and the line), then coordinated.
    const hydrating = hydratingServerMarkup(this);
    if (hydrating) this.pageRegistry.afterHydration = true;
    this.emergencyShown = hydrating || this.showEmergency || ownsEmergencyLine(this);
    const bannerIds = this.includeBannerHotlines || hydrating ? new Set<string>() : bannerHotlineIds();
    if ([...bannerIds].join() !== [...this.bannerIds].join()) this.bannerIds = bannerIds;
    const resultsChanged = ['source', 'query', 'category', 'openNowOnly', 'categories', 'pageSize'] as const;
    if (resultsChanged.some((name) => changed.has(name as keyof SaResourceList))) this.shownLimit = undefined;
    // The search index and the count use msg(): derive in the element's language.
    this.results = this.localize(() => this.deriveResults());
  }

  /** A host's records, set or from `src` (else the bundled ones, all 24/7): see SaWidgetElement. */
  protected override hostRecords() {
    return this.resources ?? this.source.resources;
  }

  /** Resolves once `resources` a host set are validated and rendered, not just the current render. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.validation.settled(() => super.getUpdateComplete());
  }

  private async load(src: string): Promise<void> {
    const request = ++this.loadRequest;
    this.loading = true;
    const source = await sourceFromUrl(src, this.warnFor);
    if (request !== this.loadRequest) return; // a newer src or a resources property won
    this.source = source;
    this.loading = false;
  }

  /** Entries, rebuilt only when the data or the language changes. */
  private currentEntries(): Entry[] {
    const { resources } = this.source;
    if (this.entriesFor?.resources !== resources || this.entriesFor.locale !== this.locale) {
      this.entries = createEntries(resources, this.locale);
      this.entriesFor = { resources, locale: this.locale };
    }
    return this.entries;
  }

  private pageSizeOf(value: unknown): number {
    const size = Number(value);
    if (Number.isInteger(size) && size > 0) return size;
    this.warn('page-size', `"${String(value)}" is not a positive whole number; using ${DEFAULT_PAGE_SIZE}.`);
    return DEFAULT_PAGE_SIZE;
  }

  private deriveResults(): Results {
    const pageSize = this.pageSizeOf(this.pageSize);
    const selected = selectEntries(this.currentEntries(), {
      now: this.now ?? new Date(),
      categories: parseCategories(this.categories, this.warnFor),
      hideStale: this.hideStale,
      bannerIds: this.bannerIds,
      query: this.query,
      openNowOnly: this.openNowOnly,
      category: this.category,
      categoryFilter: this.categoryFilter,
      limit: this.shownLimit ?? pageSize,
    });
    return {
      ...selected,
      pageSize,
      headingLevel: this.oneOf('heading-level', this.headingLevel, HEADING_LEVELS, 3),
      variant: this.oneOf('variant', this.variant, RESOURCE_CARD_VARIANTS, 'full'),
      count: this.loading ? '' : countText(selected.matching, selected.filtering, this.locale),
    };
  }

  protected override render() {
    const results = this.results!;
    // While a host's src loads, the list keeps the height undefined.css reserved before it upgraded.
    return html`<div class=${this.loading ? 'root loading' : 'root'} lang=${this.locale}>
      ${this.emergencyShown ? renderEmergencyLine() : ''} ${renderCallTraceNote(this.traceNote)}
      ${renderControls(
        {
          search: this.searchBox,
          categoryFilter: this.categoryFilter,
          openNowFilter: this.openNowFilter,
          query: this.query,
          category: this.category,
          openNowOnly: this.openNowOnly,
          counts: results.counts,
          total: results.searched.length,
        },
        { onQuery: this.handleQuery, onCategory: this.handleCategory, onOpenNow: this.handleOpenNow },
      )}
      <div part="status" class="status" role="status">
        ${renderNotices(this.source, this.loading, this.locale)}
        <p part="count" class="count"></p>
      </div>
      ${this.loading ? '' : this.renderResults(results)}
    </div>`;
  }

  private renderResults(results: Results): TemplateResult {
    const { cards, limit, pageSize, headingLevel, variant, now } = results;
    if (results.matching === 0) return renderEmpty(results.filtering, this.resetFilters);
    const remaining = results.matching - cards.length;
    const locale = this.locale;
    return html`<ul part="list" class="list" role="list">
        ${repeat(
          cards,
          (card) => card.id,
          ({ view, status, stale }) =>
            html`<li part="item" class="item">
              ${guard([view, status, stale, headingLevel, variant, locale], () =>
                renderResourceCard(view, { headingLevel, variant, now, stale, callTraceNote: 'off' }),
              )}
            </li>`,
        )}
      </ul>
      ${remaining > 0 ? renderMore(Math.min(pageSize, remaining), remaining, () => this.showMore(limit, pageSize)) : ''}`;
  }

  private showMore(limit: number, pageSize: number): void {
    this.shownLimit = limit + pageSize;
    this.focusIndex = limit;
  }

  protected override updated(): void {
    // On the live clock, render again when a shown line opens or closes (and the open-now filter with it).
    this.statusRefresh.schedule(this.now === undefined ? this.results?.nextChange : undefined);
    if (this.focusIndex !== undefined) {
      // The "Show more" button may be gone; continue where the reader was going: the first new card.
      const card = this.renderRoot.querySelectorAll<HTMLElement>('.list > li')[this.focusIndex];
      if (card) {
        card.tabIndex = -1; // focusable by script only, so it never becomes a tab stop
        card.focus();
      }
      this.focusIndex = undefined;
    }
    this.countAnnouncer.announce(this.results?.count ?? '');
  }

  private handleQuery = (event: Event): void => {
    this.countAnnouncer.readerChanged();
    this.query = (event.target as HTMLInputElement).value;
  };

  private handleCategory = (event: Event): void => {
    this.countAnnouncer.readerChanged();
    this.category = (event.target as HTMLInputElement).value as CategoryChoice;
  };

  private handleOpenNow = (event: Event): void => {
    this.countAnnouncer.readerChanged();
    this.openNowOnly = (event.target as HTMLInputElement).checked;
  };

  private resetFilters = (): void => {
    this.countAnnouncer.readerChanged();
    this.query = '';
    this.category = 'all';
    this.openNowOnly = false;
    // The button disappears with the empty state; keep focus in the widget.
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLElement>('#search, input[name="category"], .list a')?.focus();
    });
  };

  private handleClick = (event: Event): void => {
    const action = resourceActionFrom(event);
    if (action) this.emit('sa-resource-action', action);
  };
}

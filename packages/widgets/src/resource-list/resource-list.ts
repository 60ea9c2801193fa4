import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  RESOURCE_CATEGORIES,
  SaElement,
  msg,
  safeUrl,
  spokenDigits,
  str,
  type Resource,
  type ResourceCategory,
  warnIfStale,
} from '@stalking-awareness/core';
import { widgetLocaleLoaders } from '../localization.js';
import { categoryLabel } from '../resource-card/category-label.js';
import { pluralCategory } from '../resource-card/intl-cache.js';
import { renderResourceCard, type ResourceCardVariant } from '../resource-card/render-resource-card.js';
import { headingLevelOf, variantOf, type ResourceActionDetail } from '../resource-card/resource-card.js';
import { resourceCardStyles } from '../resource-card/resource-card.styles.js';
import { resourceView, statusAt, type ResourceView } from '../resource-card/resource-view.js';
import { contactFromEvent, contactLinkStyles, renderSpokenNumber, splitAroundNumber } from '../shared/contact-links.js';
import { renderControls, type CategoryChoice } from './resource-list-controls.js';
import { resourceListStyles } from './resource-list.styles.js';
import {
  BUNDLED_SOURCE,
  parseCategories,
  sourceFromProperty,
  sourceFromUrl,
  type ResourceSource,
} from './resource-source.js';
import { foldForSearch, matchesTerms, queryTerms } from './search-text.js';

/** One resource ready to show and search in the current locale. */
interface Entry {
  readonly view: ResourceView;
  /** Folded text of everything a reader might search for; built on first search. */
  index?: string;
  /** Whether the record is past its review date, on {@link Entry.staleOn} (a UTC day). */
  stale?: boolean;
  staleOn?: string;
}

/** Past its review date on `now`'s day? Warns (once) when it is; rechecked only when the day changes. */
function staleOn(entry: Entry, now: Date): boolean {
  const day = now.toISOString().slice(0, 10);
  if (entry.staleOn !== day) {
    entry.stale = warnIfStale(entry.view.resource, now);
    entry.staleOn = day;
  }
  return entry.stale!;
}

const callEmergency = (number: string) => msg(str`call ${number}`, { id: 'resource-list.emergency-call' });

/** How long typing must pause before the new count is announced, so each keystroke is not read out. */
const ANNOUNCE_DELAY_MS = 400;

/**
 * A list of help resources with optional search, category filter and
 * open-now filter. Data comes from the `resources` property, else from a JSON
 * `src` the host opts in to (resources or Open Referral HSDS), else from the
 * bundled dataset. When `src` fails or holds nothing valid, the list says so
 * calmly and shows the bundled resources. "If you are in danger, call 911"
 * stays visible in every state.
 *
 * @tag sa-resource-list
 * @summary Searchable, filterable list of sourced help resources, with a bundled fallback.
 *
 * @fires {CustomEvent<ResourceActionDetail>} sa-resource-action - A contact link in a card was used: `{ resourceId, channel }`. Nothing is sent anywhere.
 *
 * @csspart emergency - The "If you are in danger, call 911" line.
 * @csspart emergency-link - Its `tel:911` link.
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
 * @csspart card - Each card; the card's own parts (name, category, description, contacts, contact, contact-label, hours, open-status, languages, notice, provenance, source) are exposed too.
 *
 * @cssprop --sa-resource-list-gap - Space between cards.
 * @cssprop --sa-resource-list-min-card-width - Narrowest card before the grid drops a column (default 18rem).
 * @cssprop --sa-resource-list-emergency-background - Background of the 911 line.
 * @cssprop --sa-resource-list-emergency-color - Text colour of the 911 line.
 * @cssprop --sa-resource-card-background - See `sa-resource-card`; every card token applies here too.
 */
export class SaResourceList extends SaElement {
  static override localeLoaders = widgetLocaleLoaders;
  static override styles = [...SaElement.styles, contactLinkStyles, resourceCardStyles, resourceListStyles];

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

  /** Show the "Open now" filter. */
  @property({ attribute: 'open-now-filter', type: Boolean, reflect: true }) openNowFilter = false;

  /** Heading level of each card's name, 1–6 (default 3). */
  @property({ attribute: 'heading-level' }) headingLevel: number | string = 3;

  /** Card variant: `full` (default) or `compact`. */
  @property({ reflect: true }) variant: ResourceCardVariant = 'full';

  /** Leave out records past their review date (they always log a warning). */
  @property({ attribute: 'hide-stale', type: Boolean, reflect: true }) hideStale = false;

  /** The instant used for open-now and staleness; defaults to the current time. For tests and previews. */
  @property({ attribute: false }) now?: Date;

  @state() private source: ResourceSource = BUNDLED_SOURCE;
  @state() private loading = false;
  @state() private query = '';
  @state() private category: CategoryChoice = 'all';
  @state() private openNowOnly = false;
  /** The count as last announced; lags typing by {@link ANNOUNCE_DELAY_MS}. */
  @state() private announcedCount?: string;

  private loadRequest = 0;
  private entries: Entry[] = [];
  private entriesFor?: { resources: readonly Resource[]; locale: string };
  private announceTimer?: ReturnType<typeof setTimeout>;
  private userChanged = false;
  private currentCount = '';

  constructor() {
    super();
    this.addEventListener('click', this.handleClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('resources') && this.resources !== undefined) {
      this.loadRequest++; // a late src response must not replace these
      this.loading = false;
      this.source = sourceFromProperty(this.resources);
    } else if ((changed.has('src') || changed.has('resources')) && this.resources === undefined) {
      if (this.src) void this.load(this.src);
      else this.source = BUNDLED_SOURCE;
    }
  }

  private async load(src: string): Promise<void> {
    const request = ++this.loadRequest;
    this.loading = true;
    const source = await sourceFromUrl(src);
    if (request !== this.loadRequest) return; // a newer src or a resources property won
    this.source = source;
    this.loading = false;
  }

  /** Views and entries, rebuilt only when the data or the language changes. */
  private currentEntries(): Entry[] {
    const { resources } = this.source;
    if (this.entriesFor?.resources !== resources || this.entriesFor.locale !== this.locale) {
      this.entries = resources.map((resource) => ({ view: resourceView(resource, this.locale) }));
      this.entriesFor = { resources, locale: this.locale };
    }
    return this.entries;
  }

  /** Folded search text of an entry: both languages' names, so a reader may search in either. */
  private indexOf(entry: Entry): string {
    if (entry.index === undefined) {
      const { resource, localized, contacts, languagesText } = entry.view;
      const parts = [
        localized.name,
        localized.description,
        resource.name,
        resource.description,
        categoryLabel(resource.category),
      ];
      for (const contact of contacts)
        parts.push(contact.display ?? '', contact.shortCode ?? '', contact.keyword ?? '', contact.label ?? '');
      if (languagesText) parts.push(languagesText);
      entry.index = foldForSearch(parts.join('\n'));
    }
    return entry.index;
  }

  protected override render() {
    const now = this.now ?? new Date();
    const allowed = parseCategories(this.categories);
    const base = this.currentEntries().filter((entry) => {
      const { resource } = entry.view;
      if (allowed && !allowed.has(resource.category)) return false;
      return !(staleOn(entry, now) && this.hideStale);
    });
    const terms = queryTerms(this.query);
    const searched = base.filter(
      (entry) =>
        (terms.length === 0 || matchesTerms(this.indexOf(entry), terms)) &&
        (!this.openNowOnly || (entry.view.resource.status === 'active' && statusAt(entry.view, now)?.state === 'open')),
    );
    const shown =
      this.category === 'all' ? searched : searched.filter((entry) => entry.view.resource.category === this.category);
    const filtering = terms.length > 0 || this.openNowOnly || this.category !== 'all';
    this.currentCount = this.loading ? '' : this.countText(shown.length, filtering);

    return html`<div class="root" lang=${this.locale}>
      ${this.renderEmergency()}
      ${renderControls(
        {
          search: this.searchBox,
          categoryFilter: this.categoryFilter,
          openNowFilter: this.openNowFilter,
          query: this.query,
          category: this.category,
          openNowOnly: this.openNowOnly,
          counts: this.categoryFilter ? countByCategory(base, searched) : [],
          total: searched.length,
        },
        { onQuery: this.handleQuery, onCategory: this.handleCategory, onOpenNow: this.handleOpenNow },
      )}
      <div part="status" class="status" role="status">
        ${this.renderNotices()}
        <p part="count" class="count">${this.announcedCount ?? this.currentCount}</p>
      </div>
      ${this.loading ? nothing : this.renderResults(shown, now, filtering)}
    </div>`;
  }

  /** Always rendered, whatever the data: the one line that must never be missing. */
  private renderEmergency(): TemplateResult {
    const href = safeUrl('tel:911', { schemes: ['tel:'] }) ?? undefined;
    return html`<p part="emergency" class="emergency">
      ${msg('If you are in danger,', { id: 'resource-list.emergency-lead' })}
      <a part="emergency-link" href=${ifDefined(href)}
        >${renderSpokenNumber(splitAroundNumber(callEmergency, '911', spokenDigits('911')))}</a
      >
    </p>`;
  }

  private renderNotices(): TemplateResult | typeof nothing {
    if (this.loading) {
      return html`<p part="notice" class="notice">${msg('Loading resources…', { id: 'resource-list.loading' })}</p>`;
    }
    const { failure, skipped } = this.source;
    if (failure) {
      const text =
        failure === 'load'
          ? msg('The list of resources for this page could not be loaded. Showing our built-in list instead.', {
              id: 'resource-list.load-failed',
            })
          : msg('The list of resources for this page could not be read. Showing our built-in list instead.', {
              id: 'resource-list.invalid-data',
            });
      return html`<p part="notice" class="notice">${text}</p>`;
    }
    if (skipped > 0) {
      const text =
        pluralCategory(skipped, this.locale) === 'one'
          ? msg('1 entry could not be shown.', { id: 'resource-list.skipped-one' })
          : msg(str`${skipped} entries could not be shown.`, { id: 'resource-list.skipped-other' });
      return html`<p part="notice" class="notice">${text}</p>`;
    }
    return nothing;
  }

  private countText(count: number, filtering: boolean): string {
    const one = pluralCategory(count, this.locale) === 'one';
    if (!filtering) {
      return one
        ? msg('1 resource', { id: 'resource-list.count-one' })
        : msg(str`${count} resources`, { id: 'resource-list.count-other' });
    }
    if (count === 0) return msg('No resources match', { id: 'resource-list.match-none' });
    return one
      ? msg('1 resource matches', { id: 'resource-list.match-one' })
      : msg(str`${count} resources match`, { id: 'resource-list.match-other' });
  }

  private renderResults(shown: Entry[], now: Date, filtering: boolean): TemplateResult {
    if (shown.length === 0) {
      return html`<div part="empty" class="empty">
        <p>
          ${
            filtering
              ? msg('No resources match these choices.', { id: 'resource-list.empty-filtered' })
              : msg('There are no resources to show here.', { id: 'resource-list.empty' })
          }
        </p>
        ${
          filtering
            ? html`<button part="reset" type="button" @click=${this.resetFilters}>
                ${msg('Show all resources', { id: 'resource-list.reset' })}
              </button>`
            : nothing
        }
      </div>`;
    }
    const headingLevel = headingLevelOf(this.headingLevel, 'sa-resource-list');
    const variant = variantOf(this.variant, 'sa-resource-list');
    const locale = this.locale;
    return html`<ul part="list" class="list" role="list">
      ${repeat(
        shown,
        (entry) => entry.view.resource.id,
        (entry) => {
          const status = statusAt(entry.view, now);
          const stale = staleOn(entry, now);
          return html`<li part="item" class="item">
            ${guard([entry.view, status, stale, headingLevel, variant, locale], () =>
              renderResourceCard(entry.view, { headingLevel, variant, now, stale }),
            )}
          </li>`;
        },
      )}
    </ul>`;
  }

  protected override updated(): void {
    // Announce the count politely, once typing pauses; data changes are announced at once.
    if (this.announcedCount === this.currentCount) return;
    clearTimeout(this.announceTimer);
    if (!this.userChanged || this.announcedCount === undefined) {
      this.announcedCount = this.currentCount;
      return;
    }
    this.announceTimer = setTimeout(() => {
      this.userChanged = false;
      this.announcedCount = this.currentCount;
    }, ANNOUNCE_DELAY_MS);
  }

  private handleQuery = (event: Event): void => {
    this.userChanged = true;
    this.query = (event.target as HTMLInputElement).value;
  };

  private handleCategory = (event: Event): void => {
    this.userChanged = true;
    this.category = (event.target as HTMLInputElement).value as CategoryChoice;
  };

  private handleOpenNow = (event: Event): void => {
    this.userChanged = true;
    this.openNowOnly = (event.target as HTMLInputElement).checked;
  };

  private resetFilters = (): void => {
    this.userChanged = true;
    this.query = '';
    this.category = 'all';
    this.openNowOnly = false;
    // The button disappears with the empty state; keep focus in the widget.
    void this.updateComplete.then(() => {
      const target = this.renderRoot.querySelector<HTMLElement>('#search, input[name="category"], .list a');
      target?.focus();
    });
  };

  private handleClick = (event: Event): void => {
    const link = contactFromEvent(event);
    const card = link?.closest<HTMLElement>('[data-resource-id]');
    if (!link || !card) return;
    this.emit<ResourceActionDetail>('sa-resource-action', {
      resourceId: card.dataset['resourceId'] ?? '',
      channel: link.dataset['channel'] ?? '',
    });
  };
}

/** Results per category (among `searched`) for each category present in `base`, in canonical order. */
function countByCategory(base: readonly Entry[], searched: readonly Entry[]): Array<[ResourceCategory, number]> {
  const counts = new Map<ResourceCategory, number>();
  for (const entry of base) counts.set(entry.view.resource.category, 0);
  for (const entry of searched) {
    const category = entry.view.resource.category;
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return RESOURCE_CATEGORIES.filter((category) => counts.has(category)).map((category) => [
    category,
    counts.get(category) ?? 0,
  ]);
}

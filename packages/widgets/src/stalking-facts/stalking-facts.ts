import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, safeUrl, type Resource } from '@stalking-awareness/core';
import { SaWidgetElement } from '../base/widget-element.js';
import { widgetLocaleLoaders } from '../all-locales.js';
import { contactFromEvent, contactLinkStyles } from '../shared/contact-links.js';
import { datasetLink } from '../shared/dataset-link.js';
import { SECTION_HEADING_LEVELS, renderHeading, type HeadingLevel } from '../shared/heading.js';
import { REFLECTION_QUESTIONS, SLII } from './content.js';
import { STALKING_FIGURES, isSourced, type StalkingFigure } from './figures.js';
import { DEFAULT_TALK_HOTLINE_ID, activeRecord, renderTalkItOver } from './talk-it-over.js';
import { renderSubHeading as subHeading } from '../shared/sub-heading.js';
import { stalkingFactsFamilyStyles, stalkingFactsStyles } from './stalking-facts.styles.js';
import { callTraceNoteStyles } from '../shared/call-trace-note.js';

export type StalkingFactsVariant = 'full' | 'compact' | 'awareness-month';

const VARIANTS: readonly StalkingFactsVariant[] = ['full', 'compact', 'awareness-month'];

/** Dataset id of SPARC, linked for learning more. */
export const SPARC_RESOURCE_ID = 'sparc';

/**
 * Education about stalking as SPARC teaches it: the SLII framework (T.K.
 * Logan) with examples, "it is not your fault", figures that each show their
 * survey, year, population and source, and a private reflection that ends
 * with where to talk it over (a hotline from the bundled dataset).
 *
 * The reflection is text only: no inputs, no score, no result. Nothing is
 * stored or sent.
 *
 * @tag sa-stalking-facts
 * @summary What stalking is (SLII), sourced figures, a private "Could this be happening to me?" and where to talk it over.
 *
 * @csspart base - The outer `<section>`.
 * @csspart heading - The main heading (not in `awareness-month`).
 * @csspart subheading - Each section heading of `full`.
 * @csspart slii - The list of the four SLII behaviours.
 * @csspart attribution - The line crediting T.K. Logan and SPARC.
 * @csspart not-your-fault - "It is not your fault."
 * @csspart figures - The list of figures.
 * @csspart figure - One figure.
 * @csspart figure-source - The source line of a figure (survey, who was counted, year, link).
 * @csspart reflection - The "Could this be happening to me?" block (`full`).
 * @csspart talk - Where to talk it over: the hotline and 911.
 * @csspart contacts - The hotline's contact links.
 * @csspart contact - One contact link.
 * @csspart learn-more - The link to SPARC.
 *
 * @cssprop --sa-stalking-facts-background - Background.
 * @cssprop --sa-stalking-facts-text-color - Text colour.
 * @cssprop --sa-stalking-facts-border-color - Border colour.
 * @cssprop --sa-stalking-facts-link-color - Link colour.
 * @cssprop --sa-stalking-facts-padding - Inner spacing.
 * @cssprop --sa-stalking-facts-banner-background - Background of the `awareness-month` banner.
 *
 * @fires sa-resource-action - A hotline or 911 link was used. Detail: `{ resourceId, channel }`. Nothing is sent anywhere.
 */
export class SaStalkingFacts extends SaWidgetElement {
  /** A tool can show any element's strings (contacts, cards, kept-file notes): all of them. */
  static override localeLoaders = widgetLocaleLoaders;
  static override styles = [
    ...SaWidgetElement.styles,
    contactLinkStyles,
    callTraceNoteStyles,
    ...stalkingFactsFamilyStyles,
    stalkingFactsStyles,
  ];

  /** `full` (default), `compact`, or `awareness-month` (a National Stalking Awareness Month banner). */
  @property({ reflect: true }) variant: StalkingFactsVariant = 'full';

  /**
   * With `variant="awareness-month"`: show the banner only in January (the
   * reader's own calendar), and nothing the rest of the year. Without it the
   * banner shows whenever the host places it.
   */
  @property({ type: Boolean, attribute: 'show-in-january' }) showInJanuary = false;

  /** Level of the main heading (2–6); section headings are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The heading level in effect (a bad `heading-level` falls back to 2), derived in willUpdate. */
  private sectionLevel: HeadingLevel = 2;

  /** Dataset id of the hotline in "where to talk it over". Default: `ndvh`. */
  @property() hotline = DEFAULT_TALK_HOTLINE_ID;

  /** Today's date, for `show-in-january`. Defaults to the reader's clock; set it to test or preview. */
  @property({ attribute: false }) today: Date | undefined;

  private activeVariant: StalkingFactsVariant = 'full';
  private hotlineRecord: Resource | undefined;
  private shownFigures: readonly StalkingFigure[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variant')) this.activeVariant = this.oneOf('variant', this.variant, VARIANTS, 'full');
    if (changed.has('headingLevel')) {
      this.sectionLevel = this.oneOf('heading-level', this.headingLevel, SECTION_HEADING_LEVELS, 2);
    }
    if (changed.has('hotline')) {
      const id = (this.hotline ?? '').trim() || DEFAULT_TALK_HOTLINE_ID;
      this.hotlineRecord = activeRecord(id);
      if (!this.hotlineRecord) {
        this.warn(
          'hotline',
          `"${id}" is not an active record of the bundled dataset; "${DEFAULT_TALK_HOTLINE_ID}" is used.`,
        );
        this.hotlineRecord = activeRecord(DEFAULT_TALK_HOTLINE_ID);
      }
    }
    if (this.shownFigures.length === 0) this.shownFigures = this.sourcedFigures(STALKING_FIGURES);
  }

  /** The figures that say where they come from; any other is left out with a warning. */
  protected sourcedFigures(figures: readonly StalkingFigure[]): StalkingFigure[] {
    return figures.filter((figure) => {
      if (isSourced(figure)) return true;
      this.warn('figure', `"${figure.id}" lacks its survey, year, population or https source; it is left out.`);
      return false;
    });
  }

  /** False for a `show-in-january` banner outside January: then nothing renders. */
  get showing(): boolean {
    if (this.activeVariant !== 'awareness-month' || !this.showInJanuary) return true;
    return (this.today ?? new Date()).getMonth() === 0;
  }

  protected override render() {
    if (!this.showing) return nothing;
    const variant = this.activeVariant;
    if (variant === 'awareness-month') return this.renderBanner();
    const level = this.sectionLevel;
    const full = variant === 'full';
    return html`<section part="base" class=${variant} lang=${this.locale} aria-labelledby="heading">
      ${renderHeading(level, msg('What is stalking?', { id: 'stalking-facts.heading' }), {
        part: 'heading',
        id: 'heading',
      })}
      ${this.renderSlii(full)}
      <p part="not-your-fault" class="not-your-fault">
        ${msg('It is not your fault. The person stalking you chooses what they do.', {
          id: 'stalking-facts.not-your-fault',
        })}
      </p>
      ${full ? subHeading(level, msg('How common is stalking?', { id: 'stalking-facts.figures-heading' })) : nothing}
      ${this.renderFigures(full ? this.shownFigures : this.shownFigures.filter((figure) => figure.headline))}
      ${
        full
          ? html`<p class="surveys-differ">
              ${msg('These surveys count people in different ways. Their numbers cannot be added or compared.', {
                id: 'stalking-facts.surveys-differ',
              })}
            </p>`
          : nothing
      }
      ${full ? this.renderReflection(level) : this.renderTalk()} ${this.renderLearnMore()}
    </section>`;
  }

  private renderSlii(full: boolean): TemplateResult {
    return html`<p>
        ${msg('People rarely say “I am being stalked.” More often they say “my ex keeps bothering me.”', {
          id: 'stalking-facts.rarely-say',
        })}
        ${msg('Stalking can take many forms. Experts group them in four kinds, called SLII:', {
          id: 'stalking-facts.slii-intro',
        })}
      </p>
      <ul part="slii" class="slii">
        ${SLII.map(
          (behaviour) =>
            html`<li data-slii=${behaviour.id}>
              <strong>${behaviour.name()}</strong>: ${full ? behaviour.examples() : behaviour.summary()}
            </li>`,
        )}
      </ul>
      <p part="attribution" class="attribution">
        ${msg(
          'SLII comes from T.K. Logan, “Stalking: Connecting the Dots” (University of Kentucky). SPARC teaches it.',
          {
            id: 'stalking-facts.slii-source',
          },
        )}
      </p>`;
  }

  private renderFigures(figures: readonly StalkingFigure[]): TemplateResult {
    return html`<ul part="figures" class="figures">
      ${figures.map((figure) => html`<li part="figure" data-figure=${figure.id}>${this.renderFigure(figure)}</li>`)}
    </ul>`;
  }

  private renderFigure(figure: StalkingFigure): TemplateResult {
    const href = safeUrl(figure.source.url, { schemes: ['https:'], context: `figure "${figure.id}" source` });
    const name = figure.surveyName();
    const year = figure.year === null ? (figure.yearNote?.() ?? '') : String(figure.year);
    return html`<p class="figure-text">${figure.text()}</p>
      <p part="figure-source" class="figure-source" data-survey=${figure.survey}>
        ${msg('Source:', { id: 'stalking-facts.source' })}
        ${href ? html`<a href=${href} rel="noreferrer" title=${figure.source.title}>${name}</a>` : name}.
        ${msg('Who:', { id: 'stalking-facts.who' })} ${figure.population()}.
        ${msg('Year:', { id: 'stalking-facts.year' })} <span data-year>${year}</span>.
      </p>`;
  }

  private renderReflection(level: HeadingLevel): TemplateResult {
    return html`<div part="reflection" class="reflection">
      ${subHeading(level, msg('Could this be happening to me?', { id: 'stalking-facts.reflection-heading' }))}
      <p>
        ${msg('These questions are just for you to think about. There is no score, and nothing is saved.', {
          id: 'stalking-facts.reflection-intro',
        })}
      </p>
      <ul class="questions">
        ${REFLECTION_QUESTIONS.map((question) => html`<li>${question()}</li>`)}
      </ul>
      <p>
        ${msg(
          'Only you know what is happening in your life. If any of this sounds familiar, you do not have to sort it out alone.',
          {
            id: 'stalking-facts.reflection-close',
          },
        )}
      </p>
      ${subHeading(level, msg('Where to talk it over', { id: 'stalking-facts.talk-heading' }))} ${this.renderTalk()}
    </div>`;
  }

  private renderTalk(): TemplateResult | typeof nothing {
    return this.hotlineRecord ? renderTalkItOver(this.hotlineRecord, this.locale) : nothing;
  }

  private renderLearnMore(): TemplateResult | typeof nothing {
    const sparc = datasetLink(SPARC_RESOURCE_ID, this.locale, this.localName);
    if (!sparc) return nothing;
    return html`<p class="learn-more">
      ${msg('Learn more about stalking from', { id: 'stalking-facts.learn-more' })}
      <a part="learn-more" href=${sparc.href} rel="noreferrer" data-resource=${sparc.id}>${sparc.name}</a>${
        sparc.verified
          ? nothing
          : html` <span data-unverified-note
              >(${msg('details not yet confirmed', { id: 'stalking-facts.unverified' })})</span
            >`
      }.
      ${msg('SPARC teaches about stalking. It does not run a hotline.', { id: 'stalking-facts.sparc-no-hotline' })}
    </p>`;
  }

  private renderBanner(): TemplateResult {
    const headline = this.shownFigures.find((figure) => figure.headline);
    return html`<section
      part="base"
      class="awareness-month"
      lang=${this.locale}
      aria-label=${msg('National Stalking Awareness Month', { id: 'stalking-facts.month-label' })}
    >
      <p class="month">
        <strong>${msg('January is National Stalking Awareness Month.', { id: 'stalking-facts.month' })}</strong>
        ${msg('If it is happening to you, it is not your fault.', { id: 'stalking-facts.month-fault' })}
      </p>
      ${headline ? this.renderFigures([headline]) : nothing} ${this.renderLearnMore()}
    </section>`;
  }

  protected override firstUpdated(): void {
    this.renderRoot.addEventListener('click', (event) => {
      const contact = contactFromEvent(event);
      if (!contact) return;
      const resourceId = contact.link.closest<HTMLElement>('[data-resource]')?.dataset['resource'];
      if (resourceId) this.emit('sa-resource-action', { resourceId, channel: contact.channel });
    });
  }
}

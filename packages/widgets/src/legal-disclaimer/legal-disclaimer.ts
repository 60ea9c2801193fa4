import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, parseLocalDate, str } from '@stalking-awareness/core';
import { legalDisclaimerPanelStyles, legalDisclaimerStyles } from './legal-disclaimer.styles.js';
import { isJurisdictionCode, jurisdictionInSentence } from './jurisdictions.js';
import { datasetLink, type ResourceLink } from '../shared/dataset-link.js';
import { formatDay } from '../shared/locale-words.js';
import { SECTION_HEADING_LEVELS, renderHeading, type HeadingLevel } from '../shared/heading.js';
import { disclosureStyles } from '../shared/disclosure-styles.js';
import { SaWidgetElement } from '../base/widget-element.js';

export type LegalDisclaimerVariant = 'full' | 'compact' | 'inline';

const VARIANTS: readonly LegalDisclaimerVariant[] = ['full', 'compact', 'inline'];

/** Dataset ids of the legal-information links, in the order they are listed. */
export const LEGAL_RESOURCE_IDS = { stateLaw: 'womenslaw', legalAid: 'lawhelp' } as const;

/**
 * Says in plain language that staff cannot give legal advice, that the
 * information is general, and where legal information and legal aid can be
 * found. It states no law of its own: the links come from the bundled dataset.
 *
 * @tag sa-legal-disclaimer
 * @summary "Our staff cannot give legal advice": a plain-language disclaimer with links to legal information and legal aid.
 *
 * @slot wording - Replaces the default statements (the paragraphs in `full`, the first sentence in `compact` and
 *   `inline`). The heading, the "More about legal help" disclosure, the links and the review date stay. Use block
 *   content (`<p>`) in `full` and `compact`, phrasing content (`<span>`) in `inline`.
 *
 * @csspart base - The outer wrapper.
 * @csspart heading - The heading (`full` only).
 * @csspart wording - The wrapper of the statements (the `wording` slot).
 * @csspart details - The native `<details>` disclosure (`compact` only).
 * @csspart summary - The disclosure's `<summary>` ("More about legal help").
 * @csspart links - The list of legal-information links.
 * @csspart link - Each link to a legal resource.
 * @csspart reviewed - "Wording reviewed on …".
 *
 * @cssprop --sa-legal-disclaimer-background - Background of `full` and `compact`.
 * @cssprop --sa-legal-disclaimer-text-color - Text colour.
 * @cssprop --sa-legal-disclaimer-border-color - Colour of the left rule.
 * @cssprop --sa-legal-disclaimer-link-color - Link colour.
 * @cssprop --sa-legal-disclaimer-padding - Inner spacing of `full` and `compact`.
 * @cssprop --sa-legal-disclaimer-inline-font-size - Font size of the `inline` variant.
 */
export class SaLegalDisclaimer extends SaWidgetElement {
  static override styles = [
    ...SaWidgetElement.styles,
    disclosureStyles,
    legalDisclaimerPanelStyles,
    legalDisclaimerStyles,
  ];

  /** The organisation whose staff cannot give legal advice, e.g. "Child Support Services". Default: "Our staff". */
  @property() agency = '';

  /** A US state, DC or territory code (`CA`, `DC`, `PR`) whose name the text then uses. */
  @property() jurisdiction = '';

  /** `full` (heading and all statements), `compact` (one sentence and a disclosure) or `inline` (one sentence, for a footer). */
  @property({ reflect: true }) variant: LegalDisclaimerVariant = 'full';

  /** `YYYY-MM-DD` the wording was last reviewed; printed as a localized date. */
  @property({ attribute: 'last-reviewed' }) lastReviewed = '';

  /** Level of the heading in `full` (2–6), to fit the host page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  // Derived in willUpdate, so render() only reads them.
  private shownVariant: LegalDisclaimerVariant = 'full';
  private shownHeadingLevel: HeadingLevel = 2;
  private reviewedOn: string | undefined;
  private stateLawLink: ResourceLink | undefined;
  private legalAidLink: ResourceLink | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Warn where the host made the mistake; the text stays calm and complete.
    if (changed.has('jurisdiction') && (this.jurisdiction ?? '').trim() && !isJurisdictionCode(this.jurisdiction)) {
      this.warn(
        'jurisdiction',
        `"${this.jurisdiction}" is not a US state, DC or territory code (such as "CA"); the text names no state.`,
      );
    }
    const reviewed = (this.lastReviewed ?? '').trim();
    const reviewedDate = reviewed ? parseLocalDate(reviewed) : undefined;
    if (changed.has('lastReviewed') && reviewed && !reviewedDate) {
      this.warn('last-reviewed', `"${this.lastReviewed}" is not a date written YYYY-MM-DD; no review date is shown.`);
    }
    this.reviewedOn = reviewedDate ? formatDay(reviewed, this.locale) : undefined;
    if (changed.has('variant')) this.shownVariant = this.oneOf('variant', this.variant, VARIANTS, 'full');
    if (changed.has('headingLevel'))
      this.shownHeadingLevel = this.oneOf('heading-level', this.headingLevel, SECTION_HEADING_LEVELS, 2);
    // The links follow the reader's language; a missing or inactive record warns once.
    this.stateLawLink = datasetLink(LEGAL_RESOURCE_IDS.stateLaw, this.locale, this.localName);
    this.legalAidLink = datasetLink(LEGAL_RESOURCE_IDS.legalAid, this.locale, this.localName);
  }

  /** "Our staff" or "Child Support Services staff": the subject of every "cannot give legal advice". */
  private staff(): string {
    const agency = (this.agency ?? '').trim();
    return agency
      ? msg(str`${agency} staff`, { id: 'legal-disclaimer.agency-staff' })
      : msg('Our staff', { id: 'legal-disclaimer.our-staff' });
  }

  private mayNotFit(): string {
    const place = (this.jurisdiction ?? '').trim() ? jurisdictionInSentence(this.jurisdiction, this.locale) : undefined;
    return place
      ? msg(str`It may not fit your situation or the laws in ${place}.`, { id: 'legal-disclaimer.may-not-fit-place' })
      : msg('It may not fit your situation or the laws in your state.', { id: 'legal-disclaimer.may-not-fit' });
  }

  private links(): { stateLaw: ResourceLink | undefined; legalAid: ResourceLink | undefined } {
    return { stateLaw: this.stateLawLink, legalAid: this.legalAidLink };
  }

  protected override render() {
    switch (this.shownVariant) {
      case 'compact':
        return this.renderCompact();
      case 'inline':
        return this.renderInline();
      default:
        return this.renderFull();
    }
  }

  private renderFull(): TemplateResult {
    const staff = this.staff();
    return html`<div part="base" class="block" lang=${this.locale}>
      ${renderHeading(
        this.shownHeadingLevel,
        msg('Legal information, not legal advice', { id: 'legal-disclaimer.heading' }),
        { id: 'heading', part: 'heading' },
      )}
      <div part="wording">
        <slot name="wording">
          <p>
            ${msg(str`${staff} cannot give legal advice.`, { id: 'legal-disclaimer.cannot-advise' })}
            ${msg('They can point you to information and resources.', { id: 'legal-disclaimer.can-point' })}
          </p>
          <p>${msg('The information here is general.', { id: 'legal-disclaimer.general' })} ${this.mayNotFit()}</p>
          <p>${this.adviceSentence()}</p>
        </slot>
      </div>
      ${this.renderWhereToLook()} ${this.renderReviewed()}
    </div>`;
  }

  private renderCompact(): TemplateResult {
    const staff = this.staff();
    return html`<div part="base" class="block" lang=${this.locale}>
      <div part="wording">
        <slot name="wording">
          <p>
            ${msg(str`${staff} cannot give legal advice, and this general information may not fit your situation.`, {
              id: 'legal-disclaimer.compact',
            })}
          </p>
        </slot>
      </div>
      <details part="details">
        <summary part="summary">${msg('More about legal help', { id: 'legal-disclaimer.more' })}</summary>
        <div class="details-body">
          <p>${msg('The information here is general.', { id: 'legal-disclaimer.general' })} ${this.mayNotFit()}</p>
          <p>${this.adviceSentence()}</p>
          ${this.renderWhereToLook()}
        </div>
      </details>
      ${this.renderReviewed()}
    </div>`;
  }

  private renderInline(): TemplateResult {
    const staff = this.staff();
    const { stateLaw, legalAid } = this.links();
    const links = [stateLaw, legalAid].filter((link): link is ResourceLink => link !== undefined);
    return html`<p part="base" class="inline" lang=${this.locale}>
      <span part="wording"
        ><slot name="wording"
          >${msg(str`${staff} cannot give legal advice; for advice, contact a lawyer or a legal aid program.`, {
            id: 'legal-disclaimer.inline',
          })}</slot
        ></span
      >
      ${
        links.length
          ? html`<span part="links"
              >${msg('Legal help:', { id: 'legal-disclaimer.legal-help' })}
              ${links.map(
                (link, index) =>
                  html`${index > 0 ? html`<span aria-hidden="true"> · </span>` : nothing}${this.renderLink(link)}`,
              )}</span
            >`
          : nothing
      }
      ${this.renderReviewed(true)}
    </p>`;
  }

  private adviceSentence(): string {
    return msg('For advice about your own case, talk with a lawyer or a legal aid program.', {
      id: 'legal-disclaimer.get-advice',
    });
  }

  private renderWhereToLook(): TemplateResult {
    const { stateLaw, legalAid } = this.links();
    return html`<p class="links-label" id="where-to-look">
        ${msg('Where to look:', { id: 'legal-disclaimer.where-to-look' })}
      </p>
      <ul part="links" aria-labelledby="where-to-look">
        ${
          stateLaw
            ? html`<li>
                ${msg('Protective orders and the laws in each state:', { id: 'legal-disclaimer.protective-orders' })}
                ${this.renderLink(stateLaw)}
              </li>`
            : nothing
        }
        ${
          legalAid
            ? html`<li>
                ${msg('Free legal aid programs in your state:', { id: 'legal-disclaimer.legal-aid' })}
                ${this.renderLink(legalAid)}
              </li>`
            : nothing
        }
        <li>
          ${msg('Police reports: you can choose to report stalking to your local police.', {
            id: 'legal-disclaimer.police',
          })}
        </li>
      </ul>`;
  }

  private renderLink(link: ResourceLink): TemplateResult {
    // noreferrer: the legal site never learns which page the reader came from.
    return html`<a
        part="link"
        href=${link.href}
        hreflang=${link.language ?? nothing}
        rel="noreferrer"
        data-resource=${link.id}
        >${link.name}${link.languageNote ? ` ${link.languageNote}` : ''}</a
      >${
        link.verified
          ? nothing
          : html` <span class="unverified" data-unverified-note
              >(${msg('details not yet confirmed', { id: 'legal-disclaimer.unverified' })})</span
            >`
      }`;
  }

  private renderReviewed(inline = false) {
    const when = this.reviewedOn;
    if (!when) return nothing;
    const text = msg(str`Wording reviewed on ${when}.`, {
      id: 'legal-disclaimer.reviewed',
    });
    return inline ? html`<span part="reviewed">${text}</span>` : html`<p part="reviewed"><small>${text}</small></p>`;
  }
}

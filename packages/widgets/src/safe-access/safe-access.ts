import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  findDefaultResource,
  formatHours,
  localizeResource,
  msg,
  safeUrl,
  str,
  warnIfStale,
  type Resource,
  type ValidationIssue,
} from '@stalking-awareness/core';
import { SaWidgetElement } from '../base/widget-element.js';
import { widgetLocaleLoaders } from '../all-locales.js';
import { SECTION_HEADING_LEVELS, renderHeading, type HeadingLevel } from '../shared/heading.js';
import { renderContactList } from '../shared/contact-row.js';
import { keptPrintStyles, PrivateEntriesController, printOnly } from '../shared/private-entries.js';
import { isJurisdictionCode, jurisdictionName } from '../legal-disclaimer/jurisdictions.js';
import { bundledAddressProgram } from './address-programs.js';
import { renderAddressProgramItem } from './address-program-item.js';
import {
  checkAddressProgram,
  checkAgencyName,
  checkCaseworker,
  checkWording,
  jsonAttribute,
  type AgencyAddressProgram,
  type CaseworkerLine,
  type WordingMap,
} from './agency-config.js';
import { EMPTY_NOTE, isEmptyNote, noteLines, renderContactNote, renderStatus } from './contact-note.js';
import type { ContactNote, NoteStatus } from './contact-note.js';
import {
  defaultProtections,
  HIDEABLE,
  hostName,
  INTRO_SOURCES,
  renderSources,
  type HideableId,
  type Protection,
} from './protections.js';
import { renderSelfCheck, SELF_CHECK_SOURCE } from './self-check.js';
import { safeAccessFamilyStyles, safeAccessStyles } from './safe-access.styles.js';
import { callTraceNoteStyles } from '../shared/call-trace-note.js';

/** Dataset ids: the hotline the self-check ends with, and the emergency number. */
export const SAFE_ACCESS_HOTLINE_ID = 'ndvh';
export const SAFE_ACCESS_EMERGENCY_ID = 'emergency-911';

/**
 * How to get child support safely: what a parent can ask their child support
 * agency for (a private talk, keeping their address from the other parent,
 * "good cause", separate appointments, phone or video hearings, an address
 * confidentiality program), a private self-check that is never scored,
 * stored or sent, and a safe-contact note they can only print or copy.
 * Information, never legal advice: "you can ask", "the agency decides",
 * "rules differ by state". The defaults are national; an agency adds its
 * name, its private caseworker line, its own wording and its state's program.
 *
 * @tag sa-safe-access
 * @summary "Getting child support safely": what a parent can ask their agency for, a private self-check and a safe-contact note.
 *
 * @slot address - Replaces the default text (and sources) of "Keeping your address from the other parent".
 * @slot good-cause - Replaces the default text of "Good cause".
 * @slot separate-appointments - Replaces the default text of "Separate appointments".
 * @slot remote-hearing - Replaces the default text of "Taking part by phone or video".
 * @slot address-program - Replaces the general text about address confidentiality programs; the program details stay.
 *
 * @csspart base - The outer `<section>`.
 * @csspart heading - Every heading.
 * @csspart intro - The opening statements and the caseworker line.
 * @csspart caseworker - How to reach a caseworker privately (with `caseworker`).
 * @csspart protections - The list of what a person can ask about.
 * @csspart protection - One item of that list.
 * @csspart address-program - The state's program details.
 * @csspart sources - Each "Sources:" line.
 * @csspart self-check - The self-check section.
 * @csspart self-check-form - Its form (never submitted).
 * @csspart hotline - The hotline at the end of the self-check.
 * @csspart emergency - "If you are in danger now: Call 911".
 * @csspart contact-note - The safe-contact note section.
 * @csspart note-form - Its form (never submitted).
 * @csspart actions - The Print, Copy and Clear buttons.
 * @csspart button - Every button.
 * @csspart status - What the last button did (a polite live region).
 * @csspart kept-warning - What printing leaves behind.
 * @csspart contact - Each contact link.
 *
 * @cssprop --sa-safe-access-background - Background.
 * @cssprop --sa-safe-access-text-color - Text colour.
 * @cssprop --sa-safe-access-border-color - Border and rule colour.
 * @cssprop --sa-safe-access-link-color - Link colour.
 * @cssprop --sa-safe-access-padding - Inner spacing.
 * @cssprop --sa-safe-access-button-background - Background of Print and Copy.
 * @cssprop --sa-safe-access-button-text-color - Text colour of Print and Copy.
 */
export class SaSafeAccess extends SaWidgetElement {
  /** A tool can show any element's strings (contacts, cards, kept-file notes): all of them. */
  static override localeLoaders = widgetLocaleLoaders;
  static override styles = [
    ...SaWidgetElement.styles,
    keptPrintStyles,
    callTraceNoteStyles,
    ...safeAccessFamilyStyles,
    safeAccessStyles,
  ];

  /** The agency's name, e.g. "Child Support Services". Plain text. */
  @property() agency = '';

  /** A US state code (`CA`): names the state and shows its bundled address confidentiality program, if any. */
  @property() state = '';

  /** Items that do not apply, separated by spaces: protections, `self-check`, `contact-note`. */
  @property() hide = '';

  /** Level of the main heading (2–6); the others follow it. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The heading level in effect (a bad `heading-level` falls back to 2), derived in willUpdate. */
  private sectionLevel: HeadingLevel = 2;

  /** How to reach a caseworker privately: `{ contacts: Contact[], hours?: Hours }`, checked like a resource's. */
  @property({ attribute: 'caseworker', converter: jsonAttribute }) caseworker: unknown = undefined;

  /** The agency's own wording per protection: `{ "good-cause": { text, source?, sourceName? } }`. */
  @property({ attribute: 'wording', converter: jsonAttribute }) wording: unknown = undefined;

  /** The state's program as the agency describes it: `{ name, runBy?, url? }`; wins over the bundled one. */
  @property({ attribute: 'address-program', converter: jsonAttribute }) addressProgram: unknown = undefined;

  @state() private note: ContactNote = EMPTY_NOTE;
  @state() private noteStatus: NoteStatus = '';
  @state() private checkStatus: NoteStatus = '';

  private agencyName: string | undefined;
  private caseworkerLine: CaseworkerLine | undefined;
  private ownWording: WordingMap = {};
  private agencyProgram: AgencyAddressProgram | undefined;
  private hiddenItems: ReadonlySet<HideableId> = new Set();
  private hotline: Resource | undefined;
  private emergency: Resource | undefined;

  constructor() {
    super();
    // Everything typed or checked is forgotten on quick exit and when the page is left.
    new PrivateEntriesController(this, () => this.clearAll());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const report = (issues: ValidationIssue[], what: string) =>
      issues.forEach((issue) => this.warn(issue.path, `${issue.message}; ${what}`));
    if (changed.has('agency')) {
      const { value, issues } = checkAgencyName(this.agency);
      this.agencyName = value;
      report(issues, 'the agency name is not shown.');
    }
    if (changed.has('caseworker')) {
      const { value, issues } = checkCaseworker(this.caseworker);
      this.caseworkerLine = value;
      report(issues, 'that part is not shown.');
    }
    if (changed.has('wording')) {
      const { value, issues } = checkWording(this.wording);
      this.ownWording = value ?? {};
      report(issues, 'the default wording is shown.');
    }
    if (changed.has('addressProgram')) {
      const { value, issues } = checkAddressProgram(this.addressProgram);
      this.agencyProgram = value;
      report(issues, 'that part is not shown.');
    }
    if (changed.has('state') && (this.state ?? '').trim() && !isJurisdictionCode(this.state)) {
      this.warn('state', `"${this.state}" is not a US state, DC or territory code (such as "CA"); no state is named.`);
    }
    if (changed.has('hide')) this.hiddenItems = this.readHide();
    // Every update: the records follow the reader's language.
    this.hotline = this.bundledRecord(SAFE_ACCESS_HOTLINE_ID);
    this.emergency = this.bundledRecord(SAFE_ACCESS_EMERGENCY_ID);
    if (changed.has('headingLevel')) {
      this.sectionLevel = this.oneOf('heading-level', this.headingLevel, SECTION_HEADING_LEVELS, 2);
    }
  }

  private readHide(): ReadonlySet<HideableId> {
    const tokens = (this.hide ?? '').split(/[\s,]+/).filter(Boolean);
    for (const token of tokens) {
      if (!(HIDEABLE as readonly string[]).includes(token)) {
        this.warn('hide', `"${token}" is not one of ${HIDEABLE.map((id) => `"${id}"`).join(', ')}; it is ignored.`);
      }
    }
    return new Set(tokens.filter((token): token is HideableId => (HIDEABLE as readonly string[]).includes(token)));
  }

  /** Forgets the note and the self-check answers, at once (quick exit, `pagehide`, a bfcache restore). */
  private clearAll(): void {
    for (const form of this.renderRoot?.querySelectorAll?.('form') ?? []) form.reset();
    this.note = EMPTY_NOTE;
    this.noteStatus = '';
    this.checkStatus = '';
    if (this.hasUpdated) this.performUpdate();
  }

  private get stateCode(): string | undefined {
    const code = (this.state ?? '').trim().toUpperCase();
    return code && isJurisdictionCode(code) ? code : undefined;
  }

  private heading(offset: 0 | 1 | 2, id: string, text: string): TemplateResult {
    const level = Math.min(this.sectionLevel + offset, 6) as HeadingLevel;
    return renderHeading(level, text, { part: 'heading', id });
  }

  private bundledRecord(id: string) {
    const record = findDefaultResource(id);
    if (!record || record.status !== 'active') {
      this.warn('dataset', `has no active resource "${id}"; it is left out.`);
      return undefined;
    }
    warnIfStale(record);
    return localizeResource(record, this.locale);
  }

  protected override render() {
    const shown = (id: HideableId) => !this.hiddenItems.has(id);
    const protections = defaultProtections().filter((item) => shown(item.id));
    const showProgram = shown('address-program');
    return html`<section part="base" class="base" lang=${this.locale} aria-labelledby="heading">
      ${this.heading(0, 'heading', msg('Getting child support safely', { id: 'safe-access.heading' }))}
      ${this.renderIntro()}
      ${
        protections.length || showProgram
          ? html`<section class="block" aria-labelledby="ask-heading" data-print="hide">
              ${this.heading(1, 'ask-heading', msg('What you can ask about', { id: 'safe-access.ask-heading' }))}
              <ul part="protections" class="protections" role="list">
                ${protections.map((item) => this.renderProtection(item))}
                ${showProgram ? this.renderAddressProgram() : nothing}
              </ul>
            </section>`
          : nothing
      }
      ${shown('self-check') ? this.renderSelfCheck() : nothing}
      ${
        shown('contact-note')
          ? renderContactNote({
              heading: this.heading(
                1,
                'note-heading',
                msg('A note for your caseworker', { id: 'safe-access.note-heading' }),
              ),
              note: this.note,
              status: this.noteStatus,
              onField: (field, value) => {
                this.note = { ...this.note, [field]: value };
                this.noteStatus = '';
              },
              onPrint: () => this.printNote(),
              onCopy: () => void this.copyNote(),
              onClear: () => {
                this.note = EMPTY_NOTE;
                this.noteStatus = 'cleared';
              },
            })
          : nothing
      }
    </section>`;
  }

  private renderIntro(): TemplateResult {
    const agency = this.agencyName;
    return html`<div part="intro" class="intro" data-print="hide">
      <p>
        ${msg('Opening or enforcing a child support order can sometimes lead to violence.', {
          id: 'safe-access.intro-risk',
        })}
        ${
          agency
            ? msg(str`You can tell your caseworker at ${agency} about safety concerns at any time.`, {
                id: 'safe-access.intro-tell-agency',
              })
            : msg('You can tell your caseworker about safety concerns at any time.', { id: 'safe-access.intro-tell' })
        }
        ${msg('You can ask to talk in private.', { id: 'safe-access.intro-private' })}
      </p>
      ${this.renderCaseworker()}
      <p>
        ${msg('You know your situation best. You decide if asking for child support is safe for you.', {
          id: 'safe-access.intro-you-decide',
        })}
      </p>
      <p>
        ${msg(
          'This is general information, not legal advice. Rules differ by state, and the agency decides what it can do.',
          {
            id: 'safe-access.intro-not-advice',
          },
        )}
      </p>
      ${renderSources(INTRO_SOURCES)}
    </div>`;
  }

  private renderCaseworker() {
    const line = this.caseworkerLine;
    if (!line) return nothing;
    const agency = this.agencyName;
    return html`<div part="caseworker" class="caseworker">
      <p>
        ${
          agency
            ? msg(str`To talk in private with a caseworker at ${agency}:`, { id: 'safe-access.caseworker-agency' })
            : msg('To talk in private with a caseworker:', { id: 'safe-access.caseworker' })
        }
      </p>
      ${renderContactList(line.contacts, this.locale)} ${line.hours ? html`<p>${this.hoursText(line)}</p>` : nothing}
    </div>`;
  }

  private hoursText(line: CaseworkerLine): string {
    const hours = line.hours ? formatHours(line.hours, this.locale) : '';
    return msg(str`Hours: ${hours}`, { id: 'safe-access.hours' });
  }

  private renderProtection(item: Protection): TemplateResult {
    const own = this.ownWording[item.id];
    const ownSource = own?.source ? safeUrl(own.source, { schemes: ['https:', 'http:'], warn: false }) : null;
    const body = own
      ? html`<p>${own.text}</p>
          ${ownSource ? renderSources([{ label: own.sourceName ?? hostName(ownSource), url: ownSource }]) : nothing}`
      : html`${item.body}${renderSources(item.sources)}`;
    return html`<li part="protection" class="protection" data-protection=${item.id}>
      ${this.heading(2, `${item.id}-heading`, item.heading)}
      <slot name=${item.id}>${body}</slot>
    </li>`;
  }

  private renderAddressProgram(): TemplateResult {
    const code = this.stateCode;
    return renderAddressProgramItem({
      heading: this.heading(
        2,
        'address-program-heading',
        msg('An address confidentiality program', { id: 'safe-access.program-heading' }),
      ),
      ownText: this.ownWording['address-program']?.text,
      agencyProgram: this.agencyProgram,
      bundled: code ? bundledAddressProgram(code) : undefined,
      place: code ? jurisdictionName(code, this.locale) : undefined,
      locale: this.locale,
    });
  }

  private renderSelfCheck(): TemplateResult {
    return renderSelfCheck({
      heading: this.heading(
        1,
        'self-check-heading',
        msg('A private self-check', { id: 'safe-access.self-check-heading' }),
      ),
      hotline: this.hotline,
      emergency: this.emergency,
      sources: renderSources([SELF_CHECK_SOURCE]),
      status: renderStatus(this.checkStatus),
      onClear: () => {
        this.renderRoot.querySelector<HTMLFormElement>('[part="self-check-form"]')?.reset();
        this.checkStatus = 'answers-cleared';
      },
      locale: this.locale,
    });
  }

  private printNote(): void {
    if (isEmptyNote(this.note)) {
      this.noteStatus = 'empty';
      return;
    }
    this.noteStatus = '';
    printOnly(this);
  }

  /** Copies the note on the person's click only; says what the copy leaves behind. */
  private async copyNote(): Promise<void> {
    if (isEmptyNote(this.note)) {
      this.noteStatus = 'empty';
      return;
    }
    const text = this.localize(() => noteLines(this.note).join('\n'));
    try {
      await navigator.clipboard.writeText(text);
      this.noteStatus = 'copied';
    } catch {
      this.noteStatus = 'copy-failed';
    }
  }
}

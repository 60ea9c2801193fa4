import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str, type Resource } from '@stalking-awareness/core';
import { SaWidgetElement } from '../base/widget-element.js';
import { widgetLocaleLoaders } from '../all-locales.js';
import { contactFromEvent, contactLinkStyles } from '../shared/contact-links.js';
import { disclosureStyles } from '../shared/disclosure-styles.js';
import { privateInput } from '../shared/private-field.js';
import { SECTION_HEADING_LEVELS, renderHeading, type HeadingLevel } from '../shared/heading.js';
import {
  keptPrintStyles,
  PrivateEntriesController,
  printOnly,
  renderKeptWarning,
  renderNothingSavedNote,
  safeFileName,
  saveTextFile,
} from '../shared/private-entries.js';
import { SECTIONS, type SectionId } from './plan-content.js';
import { parseHostItems, parseSections, type HostItem } from './host-items.js';
import { PlanState, planAsText, type PlanDocument, type PlanGroup } from './plan-state.js';
import { advocateLine, DEFAULT_ADVOCATE_RESOURCE_ID, renderLegalLinks } from './plan-links.js';
import { helpLines, renderHelp, renderOptions, renderPrintout, type PlanView, type ShownOption } from './plan-views.js';
import { safetyPlanFamilyStyles, safetyPlanStyles } from './safety-plan.styles.js';
import { callTraceNoteStyles } from '../shared/call-trace-note.js';

export type SafetyPlanVariant = 'steps' | 'short';

const VARIANTS: readonly SafetyPlanVariant[] = ['steps', 'short'];

/**
 * A private safety plan a person builds one section at a time: they tick the
 * options that fit, change their words and add their own. Every option is
 * something to consider, never an instruction, and the plan says it is not
 * complete and promises no safety; an advocate line from the dataset is
 * always in view.
 *
 * Private by design: the plan lives in memory only (no storage, no request,
 * no URL or history change), and core's exit and `pagehide` clear it. It is
 * kept only if the person prints it (only the plan prints) or saves a plain
 * file they name, next to a warning of what that leaves behind.
 *
 * Light-DOM children are the fallback without JavaScript (say where a
 * printable plan is); they are not shown once the element runs.
 *
 * @tag sa-safety-plan
 * @summary A private, step-by-step safety plan: nothing stored or sent; printed or saved only by choice.
 *
 * @csspart base - The outer `<section>`.
 * @csspart step - The current step (focused when the step changes).
 * @csspart progress - "Step 3 of 8".
 * @csspart heading - The step's heading.
 * @csspart options - The `<fieldset>` of options.
 * @csspart option - Each option (and each own step, which also has `own`).
 * @csspart add - The "Add your own step" field and button.
 * @csspart help - Where an advocate can be reached.
 * @csspart contact - Each contact link of the advocate line.
 * @csspart nav - The Back and Next buttons.
 * @csspart keep - The Print and Save controls.
 * @csspart keep-details - The "Print or save this plan" disclosure around them (`short` only).
 * @csspart kept-warning - What printing or saving leaves behind.
 * @csspart kept-note - "Nothing you write here is saved or sent", on each step.
 * @csspart printout - The plan as it prints (shown only in print).
 *
 * @cssprop --sa-safety-plan-background - Background.
 * @cssprop --sa-safety-plan-text-color - Text colour.
 * @cssprop --sa-safety-plan-border-color - Border colour.
 * @cssprop --sa-safety-plan-accent - Primary buttons and progress.
 * @cssprop --sa-safety-plan-on-accent - Text on primary buttons.
 * @cssprop --sa-safety-plan-padding - Inner spacing.
 *
 * @fires sa-resource-action - An advocate contact link was used. Detail: `{ resourceId, channel }`. Nothing is sent anywhere.
 */
export class SaSafetyPlan extends SaWidgetElement {
  /** A tool can show any element's strings (contacts, cards, kept-file notes): all of them. */
  static override localeLoaders = widgetLocaleLoaders;
  static override styles = [
    ...SaWidgetElement.styles,
    contactLinkStyles,
    callTraceNoteStyles,
    disclosureStyles,
    keptPrintStyles,
    ...safetyPlanFamilyStyles,
    safetyPlanStyles,
  ];

  /** `steps` (one section at a time, default) or `short` (the first things to think about, on one screen). */
  @property({ reflect: true }) variant: SafetyPlanVariant = 'steps';

  /** The sections to offer, in this order: `home work travel digital record people children legal` (default: all). */
  @property() sections = '';

  /** The host's own options: an array (or its JSON in the attribute) of `{ "section": "home", "text": "…" }`. */
  // The attribute's JSON is kept as text and read (and reported) in willUpdate, never thrown on.
  @property({ converter: { fromAttribute: (value: string | null) => value } }) items: unknown = undefined;

  /** Dataset id of the line whose advocates the plan points to. Default: the National Domestic Violence Hotline. */
  @property({ attribute: 'resource-id' }) resourceId = DEFAULT_ADVOCATE_RESOURCE_ID;

  /** Level of the step headings (2–6), to fit the host page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The heading level in effect (a bad `heading-level` falls back to 2), derived in willUpdate. */
  private sectionLevel: HeadingLevel = 2;

  /** 0 is the start, 1…n the sections, n + 1 the finished plan. */
  @state() private step = 0;
  @state() private status = '';

  private readonly plan = new PlanState();
  private shownSections: SectionId[] = parseSections('', () => {});
  private hostItems: HostItem[] = [];
  private focusStep = false;

  constructor() {
    super();
    new PrivateEntriesController(this, () => this.clear());
  }

  /** Forgets the whole plan and returns to the start. Core's exit and `pagehide` call it. */
  clear(): void {
    this.plan.clear();
    this.step = 0;
    this.status = '';
    // Render now, not in a microtask: the page may be leaving (an exit
    // navigates in this same task) and must not keep the filled-in form.
    this.requestUpdate();
    if (this.hasUpdated) this.performUpdate();
  }

  /** True when nothing is chosen or typed: what a test, or a host, can check after an exit. */
  get isEmpty(): boolean {
    return this.plan.isEmpty;
  }

  private readonly warnField = (field: string, message: string) => this.warn(field, message);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variant')) this.oneOf('variant', this.variant, VARIANTS, 'steps');
    if (changed.has('headingLevel')) {
      this.sectionLevel = this.oneOf('heading-level', this.headingLevel, SECTION_HEADING_LEVELS, 2);
    }
    if (changed.has('sections')) this.shownSections = parseSections(this.sections, this.warnField);
    if (changed.has('sections') || changed.has('items')) {
      this.hostItems = parseHostItems(this.items, this.shownSections, this.warnField);
    }
    if (changed.has('resourceId')) void this.advocate();
    this.step = Math.min(this.step, this.shownSections.length + 1);
  }

  protected override updated(): void {
    if (!this.focusStep) return;
    this.focusStep = false;
    this.renderRoot.querySelector<HTMLElement>('[part~="step"]')?.focus();
  }

  private get activeVariant(): SafetyPlanVariant {
    return VARIANTS.includes(this.variant) ? this.variant : 'steps';
  }

  /** The advocate line: `resource-id` from the dataset, else the default line, localized. */
  private advocate(): Resource | undefined {
    return advocateLine(this.resourceId, this.locale, this.warnField);
  }

  private readonly view: PlanView = {
    state: this.plan,
    changed: () => this.requestUpdate(),
    announce: (text) => this.announce(text),
  };

  private announce(text: string): void {
    // Empty first, so the same words said twice are announced twice.
    this.status = '';
    void this.updateComplete.then(() => (this.status = text));
  }

  private options(section: SectionId): ShownOption[] {
    const own = this.hostItems.flatMap((item, index) =>
      item.section === section ? [{ key: `host-${index}`, text: item.text }] : [],
    );
    return [...SECTIONS[section].options.map((option) => ({ key: option.key, text: option.text() })), ...own];
  }

  private firstThings(): ShownOption[] {
    return this.shownSections.flatMap((id) =>
      SECTIONS[id].options.filter((option) => option.first).map((option) => ({ key: option.key, text: option.text() })),
    );
  }

  private chosenLines(options: readonly ShownOption[], section: SectionId | undefined): string[] {
    const chosen = options
      .filter((option) => this.plan.isChosen(option.key))
      .map((option) => this.plan.wording(option.key, option.text));
    return [...chosen, ...this.plan.own(section).map((step) => step.text)].filter((line) => line.trim() !== '');
  }

  /** The plan as it would be kept, in the reader's language. */
  private document(): PlanDocument {
    const groups: PlanGroup[] =
      this.activeVariant === 'short'
        ? [{ lines: this.chosenLines(this.firstThings(), undefined) }]
        : this.shownSections.map((id) => ({
            title: SECTIONS[id].title(),
            lines: this.chosenLines(this.options(id), id),
          }));
    return {
      title: msg('My safety plan', { id: 'safety-plan.printed-title' }),
      notice: this.notAPlan(),
      groups: groups.filter((group) => group.lines.length > 0),
      help: helpLines(this.advocate(), this.locale),
    };
  }

  private notAPlan(): string {
    return msg('These are options, not a complete plan. No plan can promise safety.', {
      id: 'safety-plan.not-complete',
    });
  }

  private goTo(step: number): void {
    this.step = step;
    this.status = '';
    this.focusStep = true;
  }

  private print(): void {
    if (this.document().groups.length === 0) {
      this.announce(this.nothingYet());
      return;
    }
    printOnly(this);
  }

  private save(): void {
    const plan = this.document();
    if (plan.groups.length === 0) {
      this.announce(this.nothingYet());
      return;
    }
    const fallback = msg('notes', { id: 'safety-plan.file-fallback' });
    const name = safeFileName(this.plan.fileName, fallback, 'txt');
    saveTextFile(name, planAsText(plan));
    this.announce(msg(str`Saved as ${name}. Check your Downloads folder.`, { id: 'safety-plan.saved' }));
  }

  private nothingYet(): string {
    return msg('Your plan is empty. Check an option or add your own step first.', { id: 'safety-plan.empty' });
  }

  private clearByChoice(): void {
    this.clear();
    this.goTo(0);
    this.announce(msg('Your plan was cleared.', { id: 'safety-plan.cleared' }));
  }

  private onClick(event: Event): void {
    const contact = contactFromEvent(event);
    if (contact) this.emit('sa-resource-action', { resourceId: this.advocate()?.id ?? '', channel: contact.channel });
  }

  protected override render() {
    const short = this.activeVariant === 'short';
    return html`<section
      part="base"
      lang=${this.locale}
      aria-label=${msg('Safety plan', { id: 'safety-plan.label' })}
      @click=${this.onClick}
    >
      <div class="screen" data-print="hide">${short ? this.renderShort() : this.renderStep()}</div>
      ${renderPrintout(this.document())}
      <p class="visually-hidden" role="status">${this.status}</p>
    </section>`;
  }

  private heading(text: string): TemplateResult {
    return renderHeading(this.sectionLevel, text, { part: 'heading', id: 'heading' });
  }

  /** A step: a group named by its heading, focused when it appears so screen readers say where they are. */
  private stepFrame(content: TemplateResult): TemplateResult {
    return html`<div part="step" class="step" role="group" aria-labelledby="heading" tabindex="-1">${content}</div>`;
  }

  private renderStep(): TemplateResult {
    const last = this.shownSections.length + 1;
    if (this.step === 0) return this.renderStart();
    if (this.step >= last) return this.renderFinished();
    const id = this.shownSections[this.step - 1]!;
    const section = SECTIONS[id];
    return this.stepFrame(html`
      <p part="progress" class="progress">
        ${msg(str`Step ${this.step} of ${this.shownSections.length}`, { id: 'safety-plan.progress' })}
      </p>
      ${this.heading(section.title())}
      <p class="intro">${section.intro()}</p>
      ${id === 'legal' ? renderLegalLinks(this.locale, this.localName) : nothing}
      ${renderOptions(this.view, id, this.options(id), id)}
      ${id === 'people' ? renderHelp(this.advocate(), this.locale) : nothing} ${renderNothingSavedNote()}
      <div part="nav" class="nav">
        <button type="button" class="secondary" @click=${() => this.goTo(this.step - 1)}>
          ${msg('Back', { id: 'safety-plan.back' })}
        </button>
        <button type="button" class="primary" @click=${() => this.goTo(this.step + 1)}>
          ${
            this.step === this.shownSections.length
              ? msg('See my plan', { id: 'safety-plan.see-plan' })
              : msg('Next', { id: 'safety-plan.next' })
          }
        </button>
      </div>
    `);
  }

  private renderIntro(): TemplateResult {
    return html`<p>${this.notAPlan()}</p>
      <p>
        ${msg('You know your life best. Choose what fits, change the words, or add your own.', {
          id: 'safety-plan.you-decide',
        })}
        ${msg('What the person stalking you does is not your fault.', { id: 'safety-plan.not-your-fault' })}
      </p>`;
  }

  /** Short enough that Start is in view on a phone; where to find an advocate follows it. */
  private renderStart(): TemplateResult {
    return this.stepFrame(html`
      ${this.heading(msg('Make a safety plan', { id: 'safety-plan.start-heading' }))} ${this.renderIntro()}
      ${renderNothingSavedNote()}
      <div part="nav" class="nav">
        <button type="button" class="primary" @click=${() => this.goTo(1)}>
          ${msg('Start', { id: 'safety-plan.start' })}
        </button>
      </div>
      ${renderHelp(this.advocate(), this.locale)}
      <p>
        ${msg(
          'It may help to think about how the person could react to changes. You could look at your plan again when things change.',
          {
            id: 'safety-plan.review-often',
          },
        )}
      </p>
    `);
  }

  private renderFinished(): TemplateResult {
    const plan = this.document();
    return this.stepFrame(html`
      ${this.heading(msg('My safety plan', { id: 'safety-plan.printed-title' }))}
      <p>${plan.notice}</p>
      ${
        plan.groups.length
          ? plan.groups.map(
              (group) =>
                html`<p class="group-title"><strong>${group.title}</strong></p>
                  <ul class="chosen">
                    ${group.lines.map((line) => html`<li>${line}</li>`)}
                  </ul>`,
            )
          : html`<p>${this.nothingYet()}</p>`
      }
      ${renderHelp(this.advocate(), this.locale)} ${this.renderKeep()}
      <div part="nav" class="nav">
        <button type="button" class="secondary" @click=${() => this.goTo(this.step - 1)}>
          ${msg('Back', { id: 'safety-plan.back' })}
        </button>
        <button type="button" class="secondary" @click=${this.clearByChoice}>
          ${msg('Clear my plan', { id: 'safety-plan.clear' })}
        </button>
      </div>
    `);
  }

  /** One screen: the first things, where an advocate is, and Print and Save behind one disclosure. */
  private renderShort(): TemplateResult {
    return this.stepFrame(html`
      ${this.heading(msg('First things to think about', { id: 'safety-plan.short-heading' }))}
      <p>${this.notAPlan()}</p>
      ${renderOptions(this.view, 'short', this.firstThings(), undefined)} ${renderNothingSavedNote()}
      ${renderHelp(this.advocate(), this.locale)}
      <details part="keep-details">
        <summary>${msg('Print or save this plan', { id: 'safety-plan.keep-summary' })}</summary>
        ${this.renderKeep()}
      </details>
    `);
  }

  /** Print and Save, with the warning of what each leaves behind right above them. */
  private renderKeep(): TemplateResult {
    return html`<div part="keep" class="keep">
      <p>${msg('To keep this plan, you can print it or save it as a file.', { id: 'safety-plan.keep-intro' })}</p>
      ${renderKeptWarning()}
      <button type="button" class="primary" @click=${this.print}>${msg('Print', { id: 'safety-plan.print' })}</button>
      <div class="file">
        <label for="file-name"
          >${msg('File name. A plain name, such as "notes", draws less notice:', { id: 'safety-plan.file-label' })}</label
        >
        ${privateInput({ id: 'file-name', value: this.plan.fileName, onInput: (value) => (this.plan.fileName = value) })}
        <button type="button" class="primary" @click=${this.save}>
          ${msg('Save as a file', { id: 'safety-plan.save' })}
        </button>
      </div>
    </div>`;
  }
}

import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str, type Resource } from '@stalking-awareness/core';
import { contactLink } from '../shared/contact-links.js';
import { renderContactList } from '../shared/contact-row.js';
import { bannerContacts } from '../hotline-banner/hotline-line.js';
import { privateTextarea } from '../shared/private-field.js';
import type { SectionId } from './plan-content.js';
import type { PlanDocument, PlanState } from './plan-state.js';
import { leavesPhoneTrace, renderCallTraceNote } from '../shared/call-trace-note.js';

/** An option as shown: a built-in one (localized text) or a host's own item. */
export interface ShownOption {
  key: string;
  text: string;
}

/** What the option views need from the element. */
export interface PlanView {
  state: PlanState;
  /** Re-render after the state changed. */
  changed: () => void;
  /** Says `text` through the element's polite status region. */
  announce: (text: string) => void;
}

// Every field is a private field (shared/private-field.ts): spell-check and writing assistants such as Grammarly
// send what is typed to their servers, and a plan must never leave the device.

/** Shadow ids cannot hold every character a key may; keys are ours, but keep ids plain. */
const idFor = (prefix: string, key: string) => `${prefix}-${key.replace(/[^a-z0-9-]/gi, '-')}`;

function renderOption(view: PlanView, option: ShownOption): TemplateResult {
  const { state } = view;
  const chosen = state.isChosen(option.key);
  const box = idFor('opt', option.key);
  const edit = idFor('edit', option.key);
  return html`<li part="option" class="option">
    <div class="choice">
      <input
        type="checkbox"
        id=${box}
        .checked=${live(chosen)}
        @change=${(event: Event) => {
          state.choose(option.key, (event.target as HTMLInputElement).checked);
          view.changed();
        }}
      />
      <label for=${box}>${option.text}</label>
    </div>
    ${
      chosen
        ? html`<div class="edit">
            <label for=${edit}>${msg('Change the words if you like:', { id: 'safety-plan.edit-label' })}</label>
            ${privateTextarea({
              id: edit,
              value: state.wording(option.key, option.text),
              onInput: (value) => {
                state.edit(option.key, value);
                view.changed();
              },
            })}
          </div>`
        : nothing
    }
  </li>`;
}

function renderOwnStep(view: PlanView, key: string, text: string, number: number, addId: string): TemplateResult {
  const { state } = view;
  const id = idFor('own', key);
  return html`<li part="option own" class="option own">
    <label for=${id}>${msg(str`Your own step ${number}:`, { id: 'safety-plan.own-label' })}</label>
    ${privateTextarea({
      id,
      value: text,
      onInput: (value) => {
        state.editOwn(key, value);
        view.changed();
      },
    })}
    <button
      type="button"
      class="secondary"
      aria-describedby=${id}
      @click=${(event: Event) => {
        state.removeOwn(key);
        view.changed();
        // The focused button is about to go: carry on in "Add your own step", not at the top of the page.
        ((event.currentTarget as HTMLElement).getRootNode() as ShadowRoot).getElementById(addId)?.focus();
        view.announce(msg('The step was removed.', { id: 'safety-plan.removed' }));
      }}
    >
      ${msg('Remove', { id: 'safety-plan.remove' })}
    </button>
  </li>`;
}

/**
 * The options of one section (or of the short variant, `section` undefined):
 * tick the ones that fit, change their words, add your own. `where` names the
 * list, so two lists never share an id.
 */
export function renderOptions(
  view: PlanView,
  where: string,
  options: readonly ShownOption[],
  section: SectionId | undefined,
): TemplateResult {
  const { state } = view;
  const own = state.own(section);
  const add = idFor('add', where);
  const addStep = () => {
    if (state.addDraft(where, section)) {
      view.changed();
      view.announce(msg('Your step was added to the plan.', { id: 'safety-plan.added' }));
    } else {
      view.announce(msg('Write your step in the box first.', { id: 'safety-plan.add-empty' }));
    }
  };
  return html`<fieldset part="options">
      <legend>${msg('Options you could consider. Check the ones that fit.', { id: 'safety-plan.legend' })}</legend>
      <ul class="options" role="list">
        ${options.map((option) => renderOption(view, option))}
        ${own.map((step, index) => renderOwnStep(view, step.key, step.text, index + 1, add))}
      </ul>
    </fieldset>
    <div part="add" class="add">
      <label for=${add}>${msg('Add your own step:', { id: 'safety-plan.add-label' })}</label>
      ${privateTextarea({ id: add, rows: 2, value: state.draft(where), onInput: (value) => state.setDraft(where, value) })}
      <button type="button" class="secondary" @click=${addStep}>${msg('Add', { id: 'safety-plan.add' })}</button>
    </div>`;
}

/**
 * The advocate line's contacts as plain text, for the printout and the file,
 * with what the links say on screen: the label and, on a page in another
 * language than the linked page, "(página en inglés)".
 */
export function helpLines(resource: Resource | undefined, locale: string): string[] {
  if (!resource) return [msg('An advocate can help you make a full plan.', { id: 'safety-plan.help-lead-short' })];
  return [
    msg('An advocate can help you make a full plan. You could reach one here:', { id: 'safety-plan.help-lead' }),
    resource.name,
    ...bannerContacts(resource).map((contact) => {
      const link = contactLink(contact, locale);
      const text = [link.text, link.label ? `(${link.label})` : '', link.languageNote ?? ''].filter(Boolean).join(' ');
      return link.external && link.href ? `${text}: ${link.href}` : text;
    }),
  ];
}

/**
 * Where an advocate can be reached: the line's contacts from the dataset,
 * never typed in here. Each link says its label ("Spanish: press 2") and
 * `locale` (the page's) marks links to pages in another language.
 */
export function renderHelp(resource: Resource | undefined, locale: string): TemplateResult {
  if (!resource) {
    return html`<p part="help" class="help">
      ${msg('An advocate can help you make a full plan.', { id: 'safety-plan.help-lead-short' })}
    </p>`;
  }
  return html`<div part="help" class="help" data-resource=${resource.id}>
    <p>
      ${msg('An advocate can help you make a full plan. You could reach one here:', { id: 'safety-plan.help-lead' })}
      <strong>${resource.name}</strong>${
        resource.provenance.verified
          ? nothing
          : html` (${msg('Details not yet confirmed at the source', { id: 'hotline-banner.unverified' })})`
      }
    </p>
    ${renderContactList(bannerContacts(resource), locale)}
    ${leavesPhoneTrace(bannerContacts(resource)) ? renderCallTraceNote('on') : nothing}
  </div>`;
}

/** The plan as it prints: shown only in print (keptPrintStyles), hidden on screen. */
export function renderPrintout(plan: PlanDocument): TemplateResult {
  return html`<div part="printout" class="printout" data-print="show" aria-hidden="true">
    <h2>${plan.title}</h2>
    <p>${plan.notice}</p>
    ${plan.groups.map(
      (group) =>
        html`${group.title ? html`<h3>${group.title}</h3>` : nothing}
          <ul>
            ${group.lines.map((line) => html`<li>${line}</li>`)}
          </ul>`,
    )}
    ${plan.help.map((line) => html`<p>${line}</p>`)}
  </div>`;
}

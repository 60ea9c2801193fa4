import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@stalking-awareness/core';
import { privateInput, privateTextarea } from '../shared/private-field.js';
import { LOG_FIELDS, type LogField, type LogFieldKey, type LogEntryValues } from './log-fields.js';

export interface EditorOptions {
  /** `new` (the add form) or `edit` (an entry being changed): keeps field ids unique. */
  prefix: 'new' | 'edit';
  /** The group's accessible name ("Add an entry", "Edit entry 2"). */
  label: string;
  values: LogEntryValues;
  /** True after a try to add an entry without "What happened". */
  invalid: boolean;
  editing: boolean;
  onInput: (key: LogFieldKey, value: string) => void;
  onSubmit: () => void;
  onCancel: () => void;
}

/**
 * The fields that add or edit one entry, each a private field (no
 * autocomplete, spell-check or writing assistant: see shared/private-field.ts).
 *
 * Deliberately not a `<form>`: a form whose submit handler failed would
 * submit to the page's own address and could put typed text in a URL. Enter
 * in a one-line field adds the entry, as a form would.
 */
export function renderEditor(options: EditorOptions): TemplateResult {
  const { prefix } = options;
  const enterAdds = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement) || event.isComposing) return;
    event.preventDefault();
    options.onSubmit();
  };
  return html`<div part="editor" class="editor" role="group" aria-label=${options.label} @keydown=${enterAdds}>
    ${LOG_FIELDS.map((field) => renderField(field, options))}
    <p class="form-actions">
      <button type="button" class="primary" data-action="commit" @click=${options.onSubmit}>
        ${
          options.editing
            ? msg('Save changes', { id: 'stalking-log.save-changes' })
            : msg('Add to the log', { id: 'stalking-log.add' })
        }
      </button>
      ${
        options.editing
          ? html`<button type="button" data-action="cancel" @click=${options.onCancel}>
              ${msg('Cancel', { id: 'stalking-log.cancel' })}
            </button>`
          : nothing
      }
    </p>
  </div>`;
  function renderField(field: LogField, { values, invalid, onInput }: EditorOptions): TemplateResult {
    const id = `${prefix}-${field.key}`;
    const hint = field.hint?.();
    const error = field.key === 'what' && invalid;
    const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    const control = { id, value: values[field.key], describedBy: described, invalid: error };
    const onFieldInput = (value: string) => onInput(field.key, value);
    return html`<div class="field" data-field=${field.key}>
      <label for=${id}>${field.label()}</label>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${
        error
          ? html`<p class="error" id="${id}-error">
              ${msg('Write what happened before you add the entry.', { id: 'stalking-log.error-what' })}
            </p>`
          : nothing
      }
      ${
        field.kind === 'text'
          ? privateTextarea({ ...control, onInput: onFieldInput })
          : privateInput({ ...control, type: field.kind === 'line' ? 'text' : field.kind, onInput: onFieldInput })
      }
    </div>`;
  }
}

import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

/**
 * The one way the tools render a field a person types private text into (a
 * plan, a log entry, a safe-contact note, a file name). Every such field has
 * `autocomplete="off"`, so the browser keeps no suggestion list of what was
 * typed, and spell-check and writing-assistant services off
 * (`spellcheck="false" data-gramm="false" data-enable-grammarly="false"`):
 * Chrome's enhanced spell check and extensions such as Grammarly send what is
 * typed to their servers. The value is bound with `live()`, so clearing the
 * entries (quick exit, `pagehide`, "Clear") empties the field too.
 */
export interface PrivateFieldOptions {
  /** The field's id, for its `<label for>`; unique in the shadow root. */
  id: string;
  value: string;
  /** Called with the field's new value on every `input` event. */
  onInput: (value: string) => void;
  /** Ids of the hint and error that describe the field (`aria-describedby`), if any. */
  describedBy?: string;
  /** Sets `aria-invalid` to "true" or "false"; left out when undefined. */
  invalid?: boolean;
}

/** The value of the field an `input` event came from. */
const valueOf = (event: Event) => (event.target as HTMLInputElement | HTMLTextAreaElement).value;

const ariaInvalid = (invalid: boolean | undefined) => (invalid === undefined ? undefined : invalid ? 'true' : 'false');

/** A one-line field for private text; see {@link PrivateFieldOptions}. */
export function privateInput(
  options: PrivateFieldOptions & { type?: 'text' | 'tel' | 'date' | 'time' },
): TemplateResult {
  return html`<input
    id=${options.id}
    type=${options.type ?? 'text'}
    autocomplete="off"
    spellcheck="false"
    data-gramm="false"
    data-enable-grammarly="false"
    aria-describedby=${options.describedBy || nothing}
    aria-invalid=${ifDefined(ariaInvalid(options.invalid))}
    .value=${live(options.value)}
    @input=${(event: Event) => options.onInput(valueOf(event))}
  />`;
}

/** A multi-line field for private text; see {@link PrivateFieldOptions}. */
export function privateTextarea(options: PrivateFieldOptions & { rows?: number }): TemplateResult {
  return html`<textarea
    id=${options.id}
    rows=${options.rows ?? 3}
    autocomplete="off"
    spellcheck="false"
    data-gramm="false"
    data-enable-grammarly="false"
    aria-describedby=${options.describedBy || nothing}
    aria-invalid=${ifDefined(ariaInvalid(options.invalid))}
    .value=${live(options.value)}
    @input=${(event: Event) => options.onInput(valueOf(event))}
  ></textarea>`;
}

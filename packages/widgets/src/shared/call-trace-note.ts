import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, type Contact } from '@stalking-awareness/core';

/**
 * The calm note shown where call and text links appear: calls and texts leave
 * an entry in the phone's call log and a message thread, which someone who
 * checks the phone can see. It paraphrases the National Domestic Violence
 * Hotline's advice (abusers may check call logs and text history) and NNEDV's
 * (texting may not be safe); it does not quote them.
 *
 * Shown once per element, always visible, right after the first call or text
 * links, never folded into a disclosure: the person who needs it is the one
 * about to tap "Call", and an extra click hides it from exactly them. One
 * sentence pair, so repeating it on every card of a list would only be noise;
 * the list shows it once, beside its 911 line.
 *
 * Hosts can switch it off only explicitly, with `call-trace-note="off"`.
 */

/** Values of the `call-trace-note` attribute; only `off` hides the note. */
export const CALL_TRACE_NOTE_VALUES = ['on', 'off'] as const;
export type CallTraceNoteSetting = (typeof CALL_TRACE_NOTE_VALUES)[number];

/** Channels whose links leave an entry in the phone's call or message history. */
const TRACE_CHANNELS: ReadonlySet<Contact['channel']> = new Set(['voice', 'sms', 'textphone', 'videophone']);

/** True when one of `contacts` becomes a `tel:` or `sms:` link. */
export function leavesPhoneTrace(contacts: readonly Contact[]): boolean {
  return contacts.some((contact) => TRACE_CHANNELS.has(contact.channel));
}

/** The note, or nothing when the host switched it off. Call inside a render: its words come from `msg()`. */
export function renderCallTraceNote(setting: CallTraceNoteSetting): TemplateResult | typeof nothing {
  if (setting === 'off') return nothing;
  return html`<p part="call-trace-note" class="call-trace-note">
    ${msg("Calls and texts show up in your phone's call log and messages.", { id: 'call-trace-note.history' })}
    <span class="call-trace-more"
      >${msg("If someone checks your phone, a safer phone, such as a trusted friend's, may be an option.", {
        id: 'call-trace-note.safer-phone',
      })}</span
    >
  </p>`;
}

/** Quiet but full-size enough to read; hosts restyle it through `::part(call-trace-note)`. */
export const callTraceNoteStyles = css`
  .call-trace-note {
    margin: 0;
    font-size: 0.9375em;
  }
`;

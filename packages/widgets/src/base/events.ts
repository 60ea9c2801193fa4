import type { Contact, ExitDetail } from '@stalking-awareness/core';

/** Detail of `sa-resource-action`: a contact link was used. Nothing is sent anywhere. */
export interface ResourceActionDetail {
  /** The record's `id`. */
  resourceId: string;
  /** The contact's channel: `phone`, `text`, `tty`, `chat`, `email` or `website`. */
  channel: Contact['channel'];
}

/** Detail of `sa-dismiss`: which element variant was hidden and whether that is remembered. */
export interface DismissDetail {
  /** The variant that was dismissed (safety alert). */
  variant?: string;
  /** True when the dismissal is kept for the browser session (hotline banner's opt-in). */
  remembered?: boolean;
}

/**
 * Every `sa-*` event an element fires and its detail type, declared once.
 * `SaWidgetElement.emit()` checks each call against it, and hosts get typed
 * listeners through HTMLElementEventMap below.
 */
export interface SaEventMap {
  'sa-exit': ExitDetail;
  'sa-dismiss': DismissDetail;
  'sa-resource-action': ResourceActionDetail;
}

/** The names of the `sa-*` events. */
export type SaEventName = keyof SaEventMap;

declare global {
  interface HTMLElementEventMap {
    'sa-exit': CustomEvent<SaEventMap['sa-exit']>;
    'sa-dismiss': CustomEvent<SaEventMap['sa-dismiss']>;
    'sa-resource-action': CustomEvent<SaEventMap['sa-resource-action']>;
  }
}

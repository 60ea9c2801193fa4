import type { SaStalkingLog } from '../src/stalking-log/index.js';
import type { LogEntryValues } from '../src/stalking-log/log-fields.js';

export const TAG = 'sa-stalking-log';

export function q<T extends HTMLElement = HTMLElement>(el: SaStalkingLog, selector: string): T | null {
  return el.shadowRoot!.querySelector<T>(selector);
}

export function all(el: SaStalkingLog, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Types into a field of the add (`new`) or edit form as a person would: value, then an input event. */
export function type(el: SaStalkingLog, prefix: 'new' | 'edit', values: Partial<LogEntryValues>): void {
  for (const [key, value] of Object.entries(values)) {
    const field = q<HTMLInputElement | HTMLTextAreaElement>(el, `#${prefix}-${key}`);
    if (!field) throw new Error(`no field #${prefix}-${key}`);
    field.value = value;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
}

/** Fills the add form and presses "Add to the log". */
export async function addEntry(el: SaStalkingLog, values: Partial<LogEntryValues>): Promise<void> {
  type(el, 'new', values);
  await el.updateComplete;
  q(el, '#new-date')!.closest('[part~="editor"]')!.querySelector<HTMLButtonElement>('[data-action="commit"]')!.click();
  await el.updateComplete;
}

/** The "What happened" text of each listed entry, in order. */
export function listedWhat(el: SaStalkingLog): string[] {
  return all(el, '[part~="entry"]').map((li) => {
    const row = [...li.querySelectorAll('dl > div')].find((div) => text(div.querySelector('dt')) === 'What happened');
    return text(row?.querySelector('dd'));
  });
}

/** Where focus is inside the element: the focused node's data-action or id. */
export function focused(el: SaStalkingLog): string {
  const active = el.shadowRoot!.activeElement as HTMLElement | null;
  return active?.dataset['action'] ?? active?.id ?? '';
}

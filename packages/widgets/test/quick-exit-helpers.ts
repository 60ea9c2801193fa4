import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { setExitNavigator } from '@stalking-awareness/core';
import { undoExitForTests, resetWarnings } from '@stalking-awareness/core/testing';
import { shortcutTiming } from '../src/quick-exit/shortcut-keys.js';
import type { SaQuickExit } from '../src/quick-exit/index.js';
import '../src/quick-exit/define.js';

/** Records navigations and warnings, and undoes every exit after a test. */
export function useExitSpies() {
  const spies = {
    navigations: [] as string[],
    warnings: [] as string[],
    opened: 0,
  };
  const originalWarn = console.warn;
  const originalOpen = window.open;
  const originalTiming = { ...shortcutTiming };
  beforeEach(() => {
    resetWarnings();
    spies.navigations = [];
    spies.warnings = [];
    spies.opened = 0;
    console.warn = (message: string) => spies.warnings.push(String(message));
    window.open = () => {
      spies.opened += 1;
      return null;
    };
    setExitNavigator((url) => spies.navigations.push(url));
  });
  afterEach(() => {
    console.warn = originalWarn;
    window.open = originalOpen;
    Object.assign(shortcutTiming, originalTiming);
    undoExitForTests();
    sessionStorage.clear();
  });
  return spies;
}

export async function quickExit(template: TemplateResult): Promise<SaQuickExit> {
  const root = await fixture<HTMLElement>(template);
  const element = root.localName === 'sa-quick-exit' ? (root as SaQuickExit) : root.querySelector('sa-quick-exit')!;
  await element.updateComplete;
  return element;
}

export function controlOf(element: SaQuickExit): HTMLAnchorElement {
  return element.shadowRoot!.querySelector<HTMLAnchorElement>('[part="control"]')!;
}

export function statusOf(element: SaQuickExit): string {
  return element.shadowRoot!.querySelector('[part="status"]')!.textContent ?? '';
}

export function key(
  type: 'keydown' | 'keyup',
  init: KeyboardEventInit,
  target: EventTarget = document.body,
): KeyboardEvent {
  const event = new KeyboardEvent(type, { bubbles: true, composed: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

/** One Shift press and release, as a real keyboard sends it. */
export function tapShift(code: 'ShiftLeft' | 'ShiftRight' = 'ShiftLeft', target: EventTarget = document.body): void {
  key('keydown', { key: 'Shift', code, shiftKey: true }, target);
  key('keyup', { key: 'Shift', code, shiftKey: false }, target);
}

export function pressEscape(target: EventTarget = document.body): KeyboardEvent {
  const down = key('keydown', { key: 'Escape', code: 'Escape' }, target);
  key('keyup', { key: 'Escape', code: 'Escape' }, target);
  return down;
}

/** What the exit cover says to assistive technology, if there is a cover. */
export function coverAnnouncement(): { role: string | null; text: string; lang: string | null } | undefined {
  const cover = document.documentElement.querySelector(':scope > [data-sa-exit-cover]');
  return cover
    ? { role: cover.getAttribute('role'), text: cover.textContent ?? '', lang: cover.getAttribute('lang') }
    : undefined;
}

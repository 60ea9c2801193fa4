import { css, html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, onExit } from '@stalking-awareness/core';
import { panelStyles } from './family-styles.js';

/**
 * What a person types into a widget (a safety plan, a stalking log, a
 * safe-contact note) lives in memory only and is kept only by their own
 * Print or Save. This module is the one place that behaviour lives:
 *
 * - {@link PrivateEntriesController} forgets the entries when the page exits
 *   through the exit core (quick exit, safety alert) and whenever the page is
 *   left (`pagehide`), so Back or the back/forward cache never brings them back;
 * - {@link printOnly} prints only the element, never the host page;
 * - {@link saveTextFile} saves a plain file the person names;
 * - {@link renderKeptWarning} says plainly what printing or saving leaves behind
 *   ({@link renderNothingSavedNote}: its first sentence alone, for each step of a form).
 *
 * Every field such an element renders is a private field (`privateInput()`,
 * `privateTextarea()` in ./private-field.ts): `autocomplete="off"`,
 * `spellcheck="false" data-gramm="false" data-enable-grammarly="false"`, since
 * Chrome's enhanced spell check and writing-assistant extensions send what is
 * typed to their servers.
 */
export class PrivateEntriesController implements ReactiveController {
  private unregister: (() => void) | undefined;

  /** `clear` must forget every entry and re-render the empty state. */
  constructor(
    host: ReactiveControllerHost,
    private readonly clear: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unregister = onExit(this.clear);
    window.addEventListener('pagehide', this.clear);
  }

  hostDisconnected(): void {
    this.unregister?.();
    this.unregister = undefined;
    window.removeEventListener('pagehide', this.clear);
  }
}

const PRINTING = 'data-sa-printing';
const PRINT_PATH = 'data-sa-print-path';

// Hides every branch of the page that does not lead to the printed element.
// Adopted (not a <style> element), so it works under a strict style-src CSP.
let printSheet: CSSStyleSheet | undefined;
function pagePrintSheet(): CSSStyleSheet {
  if (!printSheet) {
    printSheet = new CSSStyleSheet();
    printSheet.replaceSync(`@media print {
  body > :not([${PRINT_PATH}]):not([${PRINTING}]),
  [${PRINT_PATH}] > :not([${PRINT_PATH}]):not([${PRINTING}]) { display: none !important; }
}`);
  }
  return printSheet;
}

/**
 * Prints `element` alone: the rest of the page is hidden from print for as
 * long as the print dialog is open. The element's own `@media print` styles
 * decide what of it prints (use {@link keptPrintStyles}).
 */
export function printOnly(element: HTMLElement): void {
  const doc = element.ownerDocument;
  const path: Element[] = [];
  for (let node = element.parentElement; node && node !== doc.body; node = node.parentElement) {
    path.push(node);
  }
  const sheet = pagePrintSheet();
  element.setAttribute(PRINTING, '');
  for (const node of path) node.setAttribute(PRINT_PATH, '');
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  const restore = () => {
    element.removeAttribute(PRINTING);
    for (const node of path) node.removeAttribute(PRINT_PATH);
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  };
  try {
    doc.defaultView?.print();
  } finally {
    restore();
  }
}

/**
 * Saves `text` as a file named `fileName` in the person's downloads. The
 * content never leaves the device: a Blob URL, revoked right after.
 */
export function saveTextFile(fileName: string, text: string, type = 'text/plain'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * A file name safe on every system from what a person typed; `fallback`
 * (with `extension`) when nothing usable is left.
 */
export function safeFileName(typed: string, fallback: string, extension: string): string {
  const base =
    typed
      .trim()
      .replace(/\.[a-z0-9]{1,4}$/i, '')
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')
      .slice(0, 80) || fallback;
  return `${base}.${extension}`;
}

const nothingSaved = () =>
  msg('Nothing you write here is saved or sent. It is gone when you leave this page or use the exit button.', {
    id: 'kept.nothing-saved',
  });

/**
 * Just "Nothing you write here is saved or sent…", for screens that repeat
 * it next to the fields (each step of a form); {@link renderKeptWarning}
 * belongs next to Print and Save. Build inside render().
 */
export function renderNothingSavedNote(): TemplateResult {
  return html`<p part="kept-note" class="kept-note">${nothingSaved()}</p>`;
}

/** "Nothing is saved" and what a print or a file leaves behind. Build inside render(). */
export function renderKeptWarning(): TemplateResult {
  return html`<div part="kept-warning" class="kept-warning" role="note">
    <p>${nothingSaved()}</p>
    <p>
      ${msg(
        'If you print or save a file, a copy stays behind: a file in your Downloads folder, a job in the print list, or a copy in the printer’s memory. Someone who uses this device or printer could find it.',
        { id: 'kept.what-stays' },
      )}
    </p>
  </div>`;
}

/** Styles for the warning, and print rules: hide controls, show every entry. */
export const keptPrintStyles = css`
  /* What a kept copy leaves behind is the family's warning panel (shared/family-styles.ts). */
  ${panelStyles({ warning: '.kept-warning' })}
  .kept-warning p {
    margin: 0 0 0.5em;
  }
  .kept-warning p:last-child {
    margin-block-end: 0;
  }
  .kept-note {
    margin: 0.75em 0 0;
    font-size: 0.9375em;
  }
  @media print {
    button,
    input[type='file'],
    [data-print='hide'] {
      display: none !important;
    }
    [data-print='show'] {
      display: block !important;
    }
  }
`;

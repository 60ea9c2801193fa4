import { html, type TemplateResult } from 'lit';

/**
 * A phone number is read as one unit: broken across lines ("1-800-787-/3224",
 * "llame al / 911") it is easy to misdial under stress. These helpers mark
 * numbers for `phoneNumberStyles` (shared/family-styles.ts), which keeps each
 * `.number` on one line. Only the layout changes: the text, its copy and
 * paste, and what screen readers say stay the same.
 */

/** A dashed number, with an optional parenthesised part: "1-800-787-3224", "1-800-799-SAFE", "(1-855-484-2846)". */
const DASHED_NUMBER = /\(?\+?\d[\dA-Z]*(?:-[\dA-Z]+)+\)?/g;

/** The emergency number and the word before it ("call 911", "llame al 911"). */
const WORD_BEFORE_911 = /(\S+) (911)\b/g;

/**
 * Renders a number as published, each space-separated part unbreakable
 * ("1-855-4-VICTIM" and "(1-855-484-2846)" may sit on two lines, never break
 * inside): the whole number would overflow a 320 px screen.
 */
export function renderNumber(shown: string): Array<string | TemplateResult> {
  // A flat list, not a template per part: a page renders dozens of numbers, and
  // each nested template is one more instance for lit-html to make (issue 14).
  return shown
    .split(' ')
    .flatMap((part, index) => [
      index ? ' ' : '',
      part.length > LONGEST_PART ? part : html`<span class="number">${part}</span>`,
    ]);
}

/**
 * Longer than any published number part ("(1-855-484-2846)" is 16): such
 * text is not a number, and kept unbreakable it would push past a phone's
 * screen (data that was written wrongly, or on purpose).
 */
const LONGEST_PART = 24;

/** Glues the word before a number to it ("llame al\u00a0911"): the sentence may wrap, never just before the number. */
export function glueToNumber(before: string): string {
  return before.replace(/ $/, '\u00a0');
}

/**
 * Prose (a description, a purpose) with every dashed number in it kept whole
 * and 911 kept with the word before it.
 */
export function renderTextWithNumbers(text: string): Array<string | TemplateResult> | string {
  const glued = text.replace(WORD_BEFORE_911, '$1\u00a0$2');
  const pieces: Array<string | TemplateResult> = [];
  let last = 0;
  for (const match of glued.matchAll(DASHED_NUMBER)) {
    pieces.push(glued.slice(last, match.index), html`<span class="number">${match[0]}</span>`);
    last = match.index + match[0].length;
  }
  if (pieces.length === 0) return glued;
  pieces.push(glued.slice(last));
  return pieces;
}

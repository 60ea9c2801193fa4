import { html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/safety-plan/define.js';
import type { SaSafetyPlan } from '../src/safety-plan/index.js';
import { renderIn } from './helpers/content-fixtures.js';

export const TAG = 'sa-safety-plan';

export function renderPlan(template: TemplateResult, locale = 'en'): Promise<SaSafetyPlan> {
  return renderIn<SaSafetyPlan>(template, TAG, locale);
}

export function plainPlan(): Promise<SaSafetyPlan> {
  return renderPlan(html`<sa-safety-plan></sa-safety-plan>`);
}

export function root(el: SaSafetyPlan): ShadowRoot {
  return el.shadowRoot!;
}

/** The on-screen part only (the printout is hidden on screen), whitespace collapsed. */
export function screenText(el: SaSafetyPlan): string {
  return (root(el).querySelector('.screen')!.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function printoutText(el: SaSafetyPlan): string {
  return (root(el).querySelector('[part="printout"]')!.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function heading(el: SaSafetyPlan): string {
  return root(el).querySelector('[part="heading"]')!.textContent!.trim();
}

export function progress(el: SaSafetyPlan): string | undefined {
  return root(el).querySelector('[part="progress"]')?.textContent?.replace(/\s+/g, ' ').trim();
}

export function button(el: SaSafetyPlan, text: string): HTMLButtonElement {
  const found = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

export async function press(el: SaSafetyPlan, text: string): Promise<void> {
  button(el, text).click();
  await el.updateComplete;
}

/** The checkbox whose label reads `label` (start of it). */
export function checkbox(el: SaSafetyPlan, label: string): HTMLInputElement {
  const found = [...root(el).querySelectorAll('label')].find((l) => l.textContent!.trim().startsWith(label));
  if (!found) throw new Error(`no option "${label}"`);
  return root(el).getElementById(found.htmlFor) as HTMLInputElement;
}

export async function tick(el: SaSafetyPlan, label: string): Promise<void> {
  checkbox(el, label).click();
  await el.updateComplete;
}

export async function type(field: HTMLTextAreaElement | HTMLInputElement, text: string): Promise<void> {
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export function checkedCount(el: SaSafetyPlan): number {
  return root(el).querySelectorAll('input[type="checkbox"]:checked').length;
}

/** Fills in a plan: ticks and rewords a home option, adds an own step, names the file. Returns on step 1 (Home). */
export async function fillPlan(el: SaSafetyPlan): Promise<void> {
  await press(el, 'Start');
  await tick(el, 'Keeping a phone');
  const edit = root(el).querySelector<HTMLTextAreaElement>('.edit textarea')!;
  await type(edit, 'Keep the old phone charged in the kitchen drawer.');
  const add = root(el).querySelector<HTMLTextAreaElement>('.add textarea')!;
  await type(add, 'Ask Maria next door to call me if she sees the blue car.');
  await press(el, 'Add');
  await el.updateComplete;
}

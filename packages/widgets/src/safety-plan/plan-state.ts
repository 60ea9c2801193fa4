import type { SectionId } from './plan-content.js';

/** A step the person wrote themselves. `section` is undefined in the short variant, which has no sections. */
export interface OwnStep {
  key: string;
  section: SectionId | undefined;
  text: string;
}

/**
 * Everything a person has put into the plan, in memory only: the options
 * they ticked, their own wording of them, the steps they added, and what they
 * were still typing (a draft and a file name are typed text too). Nothing
 * here is ever written anywhere; {@link clear} forgets all of it.
 */
export class PlanState {
  private readonly chosen = new Set<string>();
  private readonly edits = new Map<string, string>();
  private readonly drafts = new Map<string, string>();
  private ownSteps: OwnStep[] = [];
  private added = 0;
  fileName = '';

  isChosen(key: string): boolean {
    return this.chosen.has(key);
  }

  choose(key: string, on: boolean): void {
    if (on) this.chosen.add(key);
    else this.chosen.delete(key);
  }

  /** The option's words as the person left them: their edit, else `original`. */
  wording(key: string, original: string): string {
    return this.edits.get(key) ?? original;
  }

  edit(key: string, text: string): void {
    this.edits.set(key, text);
  }

  draft(where: string): string {
    return this.drafts.get(where) ?? '';
  }

  setDraft(where: string, text: string): void {
    this.drafts.set(where, text);
  }

  /** Adds the draft typed at `where` as an own step; returns false when the draft is blank. */
  addDraft(where: string, section: SectionId | undefined): boolean {
    const text = this.draft(where).trim();
    if (!text) return false;
    this.ownSteps = [...this.ownSteps, { key: `own-${++this.added}`, section, text }];
    this.drafts.delete(where);
    return true;
  }

  own(section: SectionId | undefined): OwnStep[] {
    return this.ownSteps.filter((step) => step.section === section);
  }

  editOwn(key: string, text: string): void {
    this.ownSteps = this.ownSteps.map((step) => (step.key === key ? { ...step, text } : step));
  }

  removeOwn(key: string): void {
    this.ownSteps = this.ownSteps.filter((step) => step.key !== key);
  }

  /** True when nothing at all was chosen, written or typed. */
  get isEmpty(): boolean {
    return (
      this.chosen.size === 0 &&
      this.ownSteps.length === 0 &&
      [...this.drafts.values()].every((text) => text === '') &&
      this.fileName === ''
    );
  }

  /** Forgets everything the person chose and typed. */
  clear(): void {
    this.chosen.clear();
    this.edits.clear();
    this.drafts.clear();
    this.ownSteps = [];
    this.fileName = '';
  }
}

/** One group of the kept plan: a section's title (none in the short variant) and its lines. */
export interface PlanGroup {
  title?: string;
  lines: string[];
}

/** What a printout or a saved file holds, already in the reader's language. */
export interface PlanDocument {
  title: string;
  notice: string;
  groups: PlanGroup[];
  /** The advocate line: its name and how to reach it, as plain text. */
  help: string[];
}

/** The plan as a plain text file: readable in any editor, nothing hidden in it. */
export function planAsText(plan: PlanDocument): string {
  const out = [plan.title, '', plan.notice, ''];
  for (const group of plan.groups) {
    if (group.title) out.push(group.title);
    for (const line of group.lines) out.push(`- ${line.replace(/\s+/g, ' ').trim()}`);
    out.push('');
  }
  out.push(...plan.help);
  return `${out.join('\n').trim()}\n`;
}

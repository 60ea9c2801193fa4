/**
 * Readability estimates for the plain-language checks of the content widgets.
 *
 * Both measures are classic surface formulas: they count words, sentences and
 * syllables, nothing about meaning. They cannot prove text is clear, but they
 * reliably catch the things that make legal wording hard (long sentences, long
 * words), which is what the tests need to guard against.
 *
 * English: Flesch–Kincaid grade level (Kincaid et al., 1975)
 *   grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 *
 * Spanish: Fernández Huerta reading ease (1959), in its corrected form
 * (Law, 2011), which uses words per sentence like Flesch's original:
 *   L = 206.84 − 60 × (syllables / words) − 1.02 × (words / sentences)
 * Fernández Huerta's published scale maps L to school years:
 *   90–100 → grade 4, 80–90 → 5, 70–80 → 6, 60–70 → 7–8 ("standard"),
 *   50–60 → some high school, 30–50 → high school / college, < 30 → university.
 * `spanishGrade()` returns the upper grade of the band, so "≤ grade 8" means L ≥ 60.
 *
 * Every block of text (paragraph, list item, heading, summary) ends a
 * sentence even without a full stop: a list item is read as one unit.
 */

export interface TextCounts {
  words: number;
  sentences: number;
  syllables: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

function words(text: string): string[] {
  return (text.match(WORD) ?? [])
    .map((word) => word.replace(/[.'’-]+$/u, ''))
    .filter((word) => /\p{L}|\p{N}/u.test(word));
}

function sentenceCount(block: string): number {
  const parts = block
    .split(/[.!?;:]+(?=\s|$)/u)
    .map((part) => part.trim())
    .filter((part) => words(part).length > 0);
  return Math.max(parts.length, 1);
}

/** English syllables by the usual vowel-group heuristic with a silent final e. */
export function englishSyllables(word: string): number {
  // A domain such as WomensLaw.org is read in parts: "womens law dot org".
  if (word.includes('.')) {
    return word
      .split('.')
      .filter(Boolean)
      .reduce((sum, part) => sum + englishSyllables(part), 1);
  }
  const lower = word.toLowerCase().replace(/[^a-z]/g, '');
  if (lower === '') return 1; // digits: count a number as one syllable
  if (lower.length <= 3) return 1;
  const trimmed = lower
    .replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (ending) => ending[0] ?? '')
    .replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]+/g)?.length ?? 0;
  // Vowel pairs usually said as two syllables (sit-u-a-tion, vid-e-o, peo-ple is
  // one group + silent e); "cia", "tia", "sia", "gia" stay one (of-fi-cial).
  const split = trimmed.match(/ua|uo|eo|(?<![cstg])ia/g)?.length ?? 0;
  return Math.max(groups + split, 1);
}

const STRONG = 'aeoáéóàèò';
const ACCENTED_WEAK = 'íúì';
const VOWELS = `${STRONG}iuüí${ACCENTED_WEAK}`;

/**
 * Spanish syllables: one per vowel nucleus. Two adjacent strong vowels, or an
 * accented í/ú next to any vowel, are in hiatus (two syllables); any other
 * pair is a diphthong (one). Final y after a vowel (hoy, muy) is a glide.
 */
export function spanishSyllables(word: string): number {
  if (word.includes('.')) {
    return word
      .split('.')
      .filter(Boolean)
      .reduce((sum, part) => sum + spanishSyllables(part), 1);
  }
  const lower = word.toLowerCase();
  if (!/\p{L}/u.test(lower)) return 1;
  if (lower === 'y') return 1;
  let count = 0;
  let previous = '';
  for (const letter of lower) {
    if (!VOWELS.includes(letter)) {
      previous = '';
      continue;
    }
    const hiatus =
      previous !== '' &&
      ((STRONG.includes(previous) && STRONG.includes(letter)) ||
        ACCENTED_WEAK.includes(previous) ||
        ACCENTED_WEAK.includes(letter));
    if (previous === '' || hiatus) count++;
    previous = letter;
  }
  return Math.max(count, 1);
}

function count(blocks: readonly string[], syllables: (word: string) => number): TextCounts {
  const texts = blocks.map((block) => block.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const allWords = texts.flatMap(words);
  return {
    words: allWords.length,
    sentences: texts.reduce((sum, block) => sum + sentenceCount(block), 0),
    syllables: allWords.reduce((sum, word) => sum + syllables(word), 0),
  };
}

export function englishCounts(blocks: readonly string[]): TextCounts {
  return count(blocks, englishSyllables);
}

export function spanishCounts(blocks: readonly string[]): TextCounts {
  return count(blocks, spanishSyllables);
}

/** Flesch–Kincaid grade level of English text blocks. */
export function fleschKincaidGrade(blocks: readonly string[]): number {
  const { words: w, sentences: s, syllables: y } = englishCounts(blocks);
  if (w === 0) return 0;
  return 0.39 * (w / s) + 11.8 * (y / w) - 15.59;
}

/** Fernández Huerta reading ease (corrected) of Spanish text blocks: higher is easier. */
export function fernandezHuertaEase(blocks: readonly string[]): number {
  const { words: w, sentences: s, syllables: y } = spanishCounts(blocks);
  if (w === 0) return 100;
  return 206.84 - 60 * (y / w) - 1.02 * (w / s);
}

/** The US school grade that Fernández Huerta's scale gives a Spanish text (upper end of its band). */
export function spanishGrade(blocks: readonly string[]): number {
  const ease = fernandezHuertaEase(blocks);
  if (ease >= 90) return 4;
  if (ease >= 80) return 5;
  if (ease >= 70) return 6;
  if (ease >= 60) return 8;
  if (ease >= 50) return 10;
  if (ease >= 30) return 14;
  return 16;
}

const BLOCKS = 'p, li, summary, h1, h2, h3, h4, h5, h6, [role="heading"], dt, dd, button';

/**
 * The visible text of a rendered element, block by block, read through shadow
 * roots and slots as a reader meets it: slotted content replaces a slot's
 * fallback. Hidden content is skipped.
 */
export function renderedTextBlocks(host: Element): string[] {
  const blocks: string[] = [];
  const visit = (node: Node): void => {
    if (!(node instanceof Element)) return;
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return;
    if (node.matches(BLOCKS)) {
      const text = visibleText(node);
      if (text.trim()) blocks.push(text);
      return;
    }
    composedChildren(node).forEach(visit);
  };
  composedChildren(host).forEach(visit);
  return blocks;
}

function composedChildren(node: Element): Node[] {
  if (node.shadowRoot) return [...node.shadowRoot.childNodes];
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    return assigned.length ? assigned : [...node.childNodes];
  }
  return [...node.childNodes];
}

function visibleText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element)) return '';
  if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return '';
  return composedChildren(node).map(visibleText).join(' ');
}

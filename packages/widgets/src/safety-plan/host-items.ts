import { SECTION_IDS, type SectionId } from './plan-content.js';

/** An option a host adds to a section, e.g. its own office's front desk. Shown as given, in one language. */
export interface HostItem {
  section: SectionId;
  text: string;
}

/** Longest host item, in characters: an option is one or two sentences. */
export const MAX_ITEM_LENGTH = 300;

/**
 * Reads `sections`: ids separated by spaces and/or commas. Unknown ids are
 * reported through `warn` and left out; with none left, every section.
 */
export function parseSections(value: unknown, warn: (field: string, message: string) => void): SectionId[] {
  if (value === undefined || value === null || String(value).trim() === '') return [...SECTION_IDS];
  const asked = String(value)
    .split(/[\s,]+/)
    .map((id) => id.trim().toLowerCase())
    .filter(Boolean);
  const known = asked.filter((id): id is SectionId => {
    if ((SECTION_IDS as readonly string[]).includes(id)) return true;
    warn('sections', `"${id}" is not one of ${SECTION_IDS.map((s) => `"${s}"`).join(', ')}; it is left out.`);
    return false;
  });
  if (known.length === 0) {
    warn('sections', 'names no known section; every section is shown.');
    return [...SECTION_IDS];
  }
  return [...new Set(known)];
}

/**
 * Validates `items` (an array, or its JSON in the attribute). Each bad item
 * is reported through `warn` with its index and field and left out; every
 * valid item is kept.
 */
export function parseHostItems(
  value: unknown,
  shown: readonly SectionId[],
  warn: (field: string, message: string) => void,
): HostItem[] {
  if (value === undefined || value === null || value === '') return [];
  let list = value;
  if (typeof value === 'string') {
    try {
      list = JSON.parse(value);
    } catch {
      warn('items', 'is not valid JSON; no host items are shown.');
      return [];
    }
  }
  if (!Array.isArray(list)) {
    warn('items', 'must be an array of { "section", "text" }; no host items are shown.');
    return [];
  }
  const items: HostItem[] = [];
  list.forEach((item: unknown, index) => {
    const field = `items[${index}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      warn(field, 'must be an object { "section", "text" }; it is left out.');
      return;
    }
    const { section, text } = item as Record<string, unknown>;
    if (typeof section !== 'string' || !(SECTION_IDS as readonly string[]).includes(section)) {
      warn(
        `${field}.section`,
        `"${String(section)}" is not one of ${SECTION_IDS.map((s) => `"${s}"`).join(', ')}; the item is left out.`,
      );
      return;
    }
    if (!shown.includes(section as SectionId)) {
      warn(`${field}.section`, `"${section}" is not among the sections shown; the item is left out.`);
      return;
    }
    if (typeof text !== 'string' || text.trim() === '') {
      warn(`${field}.text`, 'must be a non-empty string; the item is left out.');
      return;
    }
    if (text.length > MAX_ITEM_LENGTH) {
      warn(`${field}.text`, `is longer than ${MAX_ITEM_LENGTH} characters; the item is left out.`);
      return;
    }
    items.push({ section: section as SectionId, text: text.trim() });
  });
  return items;
}

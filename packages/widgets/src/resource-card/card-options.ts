import { warnOnce } from '@stalking-awareness/core';
import type { ResourceCardVariant } from './render-resource-card.js';

// Attribute values shared by sa-resource-card and sa-resource-list. A bad
// value is reported once and replaced by the default, never fatal.

const VARIANTS: readonly ResourceCardVariant[] = ['full', 'compact'];

/** Heading level from an attribute; anything but 1–6 warns and falls back to 3. */
export function headingLevelOf(value: unknown, tag: string): number {
  const level = Number(value);
  if (Number.isInteger(level) && level >= 1 && level <= 6) return level;
  warnOnce(`<${tag}> heading-level "${String(value)}" is not 1 to 6; using 3.`);
  return 3;
}

/** Variant from an attribute; anything but full/compact warns and falls back to full. */
export function variantOf(value: unknown, tag: string): ResourceCardVariant {
  if (VARIANTS.includes(value as ResourceCardVariant)) return value as ResourceCardVariant;
  warnOnce(`<${tag}> variant "${String(value)}" is not "full" or "compact"; using "full".`);
  return 'full';
}

import type { Hours, Provenance, Resource, Weekday } from '../resources/types.js';

/**
 * Builders for made-up resource records, shared by every test and story so
 * a change to the data model is made once. Numbers are in the 555 range kept
 * for fiction and hosts are example.org, so no real line is ever dialled or
 * fetched from a test or a screenshot.
 */

const WORKDAYS: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr'];

/** Weekly hours in one zone; by default Monday to Friday, 9 to 5, New York time. */
export function weeklyHours(
  opens = '09:00',
  closes = '17:00',
  days: readonly Weekday[] = WORKDAYS,
  timeZone = 'America/New_York',
): Extract<Hours, { type: 'weekly' }> {
  return { type: 'weekly', timeZone, weekly: [{ days: [...days], opens, closes }] };
}

/** Where a made-up record's facts "came from": verified on 2026-03-03, due for review in 2099. */
export function testProvenance(overrides: Partial<Provenance> = {}): Provenance {
  return {
    source: 'https://source.example.org/',
    verified: true,
    verifiedOn: '2026-03-03',
    reviewBy: '2099-01-01',
    ...overrides,
  };
}

/** A valid made-up record with one phone line; `overrides` replace whole fields. */
export function testResource(id = 'test-line', overrides: Partial<Resource> = {}): Resource {
  return {
    id,
    name: `Line ${id}`,
    category: 'support-network',
    description: 'A made-up line used only by tests.',
    contacts: [{ channel: 'voice', value: '+18005550100', display: '1-800-555-0100' }],
    status: 'active',
    provenance: testProvenance(),
    ...overrides,
  };
}

/**
 * A valid resource that uses every field, and the list of its text and URL
 * fields the fuzz test puts each hostile string into. The record is made up
 * (example.org, 555-01xx numbers) and is never shown to anyone.
 */
import type { Resource } from '@stalking-awareness/core';
import { testProvenance, testResource, weeklyHours } from '@stalking-awareness/core/testing';

export const BASE_RESOURCE: Resource = testResource('fuzz-base', {
  name: 'Example help line',
  description: 'A made-up record used only by the XSS fuzz test.',
  url: 'https://example.org/help',
  contacts: [
    { channel: 'voice', value: '+18005550100', display: '1-800-555-0100', label: 'Main line', extension: '12' },
    { channel: 'sms', shortCode: '55501', keyword: 'START', display: '55501' },
    { channel: 'textphone', value: '+18005550101' },
    { channel: 'chat', value: 'https://example.org/chat' },
    { channel: 'web', value: 'https://example.org/', display: 'example.org' },
    { channel: 'email', value: 'help@example.org' },
  ],
  hours: { ...weeklyHours(), exceptions: [{ date: '2026-12-25', note: 'Closed for the holiday' }] },
  languages: ['en', 'es'],
  provenance: testProvenance({
    source: 'https://example.org/about',
    verified: false,
    verifiedOn: '2026-01-01',
    note: 'Made up for a test.',
  }),
  translations: {
    es: {
      name: 'Línea de ayuda de ejemplo',
      description: 'Un registro inventado.',
      contactLabels: { 0: 'Línea principal' },
    },
  },
});

type Json = Record<string, unknown>;

/** Sets `path` (dot-separated, numbers index arrays) of a copy of the base record. */
function setter(path: string) {
  return (record: Json, value: string) => {
    const keys = path.split('.');
    let target = record;
    for (const key of keys.slice(0, -1)) target = target[key] as Json;
    target[keys.at(-1)!] = value;
  };
}

export interface FuzzField {
  path: string;
  set: (record: Json, value: string) => void;
  /** Rendered in this language, so the field is actually shown (translations: `es`). */
  lang: 'en' | 'es';
}

const PATHS = [
  'id',
  'name',
  'description',
  'url',
  'category',
  'status',
  'contacts.0.value',
  'contacts.0.display',
  'contacts.0.label',
  'contacts.0.extension',
  'contacts.0.channel',
  'contacts.1.shortCode',
  'contacts.1.keyword',
  'contacts.1.display',
  'contacts.2.value',
  'contacts.3.value',
  'contacts.4.value',
  'contacts.4.display',
  'contacts.5.value',
  'hours.type',
  'hours.timeZone',
  'hours.weekly.0.days.0',
  'hours.weekly.0.opens',
  'hours.weekly.0.closes',
  'hours.exceptions.0.date',
  'hours.exceptions.0.note',
  'languages.0',
  'provenance.source',
  'provenance.note',
  'provenance.verifiedOn',
  'provenance.reviewBy',
];

const TRANSLATION_PATHS = ['translations.es.name', 'translations.es.description', 'translations.es.contactLabels.0'];

export const FUZZ_FIELDS: FuzzField[] = [
  ...PATHS.map((path) => ({ path, set: setter(path), lang: 'en' as const })),
  ...TRANSLATION_PATHS.map((path) => ({ path, set: setter(path), lang: 'es' as const })),
  {
    // The hostile string as a language key of translations.
    path: 'translations[*]',
    set: (record: Json, value: string) => {
      (record['translations'] as Json)[value] = { name: value, description: value };
    },
    lang: 'es',
  },
];

/** One record per payload, `field` set to it; ids are unique per batch unless the id is what is fuzzed. */
export function recordsFor(field: FuzzField, payloads: readonly string[], prefix: string): Json[] {
  return payloads.map((payload, index) => {
    const record = structuredClone(BASE_RESOURCE) as unknown as Json;
    record['id'] = `${prefix}-${index}`;
    field.set(record, payload);
    return record;
  });
}

/** Documents whose keys try to reach Object.prototype through JSON. */
export const PROTOTYPE_DOCUMENTS = [
  `[{"__proto__": {"polluted": "yes"}, ${JSON.stringify(BASE_RESOURCE).slice(1, -1).replace('"fuzz-base"', '"proto-1"')}}]`,
  `[${JSON.stringify(BASE_RESOURCE).replace('"fuzz-base"', '"proto-2"').replace('"translations":{', '"translations":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},')}]`,
  `[${JSON.stringify(BASE_RESOURCE).replace('"fuzz-base"', '"proto-3"').replace('"contactLabels":{', '"contactLabels":{"__proto__":"yes","constructor":"yes",')}]`,
  `[${JSON.stringify(BASE_RESOURCE).replace('"fuzz-base"', '"proto-4"').replace('"hours":{', '"hours":{"__proto__":{"polluted":"yes"},')}]`,
  `{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}`,
  `[{"constructor": {"prototype": {"polluted": "yes"}}}]`,
];

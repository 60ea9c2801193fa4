/**
 * US states, the District of Columbia and the inhabited territories, by USPS
 * code, with English and Spanish names. The article is kept apart because a
 * sentence needs "the laws in the District of Columbia" / "en el Distrito de
 * Columbia" but a bare list needs the name alone.
 */
interface JurisdictionName {
  name: string;
  /** Article used inside a sentence ("the", "el", "las"), when the name takes one. */
  article?: string;
}

/** `es` is left out where the Spanish name is the English one. */
type JurisdictionRow = [code: string, en: string, es?: string, enArticle?: string, esArticle?: string];

// prettier-ignore
const ROWS: JurisdictionRow[] = [
  ['AL', 'Alabama'], ['AK', 'Alaska'], ['AZ', 'Arizona'],
  ['AR', 'Arkansas'], ['CA', 'California'], ['CO', 'Colorado'],
  ['CT', 'Connecticut'], ['DE', 'Delaware'], ['FL', 'Florida'],
  ['GA', 'Georgia'], ['HI', 'Hawaii', 'Hawái'], ['ID', 'Idaho'],
  ['IL', 'Illinois'], ['IN', 'Indiana'], ['IA', 'Iowa'],
  ['KS', 'Kansas'], ['KY', 'Kentucky'], ['LA', 'Louisiana', 'Luisiana'],
  ['ME', 'Maine'], ['MD', 'Maryland'], ['MA', 'Massachusetts'],
  ['MI', 'Michigan', 'Míchigan'], ['MN', 'Minnesota'], ['MS', 'Mississippi', 'Misisipi'],
  ['MO', 'Missouri', 'Misuri'], ['MT', 'Montana'], ['NE', 'Nebraska'],
  ['NV', 'Nevada'], ['NH', 'New Hampshire', 'Nuevo Hampshire'], ['NJ', 'New Jersey', 'Nueva Jersey'],
  ['NM', 'New Mexico', 'Nuevo México'], ['NY', 'New York', 'Nueva York'], ['NC', 'North Carolina', 'Carolina del Norte'],
  ['ND', 'North Dakota', 'Dakota del Norte'], ['OH', 'Ohio'], ['OK', 'Oklahoma'],
  ['OR', 'Oregon', 'Oregón'], ['PA', 'Pennsylvania', 'Pensilvania'], ['RI', 'Rhode Island'],
  ['SC', 'South Carolina', 'Carolina del Sur'], ['SD', 'South Dakota', 'Dakota del Sur'], ['TN', 'Tennessee'],
  ['TX', 'Texas'], ['UT', 'Utah'], ['VT', 'Vermont'],
  ['VA', 'Virginia'], ['WA', 'Washington'], ['WV', 'West Virginia', 'Virginia Occidental'],
  ['WI', 'Wisconsin'], ['WY', 'Wyoming'],
  ['DC', 'District of Columbia', 'Distrito de Columbia', 'the', 'el'],
  ['PR', 'Puerto Rico'],
  ['GU', 'Guam'],
  ['VI', 'U.S. Virgin Islands', 'Islas Vírgenes de los Estados Unidos', 'the', 'las'],
  ['AS', 'American Samoa', 'Samoa Estadounidense'],
  ['MP', 'Northern Mariana Islands', 'Islas Marianas del Norte', 'the', 'las'],
];

const BY_CODE = new Map<string, { en: JurisdictionName; es: JurisdictionName }>(
  ROWS.map(([code, en, es, enArticle, esArticle]) => [
    code,
    { en: { name: en, article: enArticle }, es: { name: es ?? en, article: esArticle } },
  ]),
);

/** Every code the table knows, e.g. for documentation and tests. */
export const JURISDICTION_CODES: readonly string[] = ROWS.map(([code]) => code);

/** True when `code` (any case, surrounding spaces ignored) is a known jurisdiction. */
export function isJurisdictionCode(code: string): boolean {
  return BY_CODE.has(code.trim().toUpperCase());
}

function entry(code: string, locale: string): JurisdictionName | undefined {
  const names = BY_CODE.get(code.trim().toUpperCase());
  if (!names) return undefined;
  return locale.toLowerCase().startsWith('es') ? names.es : names.en;
}

/** The name alone ("District of Columbia"), in English unless `locale` is Spanish. */
export function jurisdictionName(code: string, locale: string): string | undefined {
  return entry(code, locale)?.name;
}

/** The name as it reads after "in"/"en" inside a sentence ("the District of Columbia"). */
export function jurisdictionInSentence(code: string, locale: string): string | undefined {
  const found = entry(code, locale);
  if (!found) return undefined;
  return found.article ? `${found.article} ${found.name}` : found.name;
}

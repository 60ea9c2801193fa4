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

type JurisdictionRow = [code: string, en: string, es: string, enArticle?: string, esArticle?: string];

// prettier-ignore
const ROWS: JurisdictionRow[] = [
  ['AL', 'Alabama', 'Alabama'], ['AK', 'Alaska', 'Alaska'], ['AZ', 'Arizona', 'Arizona'],
  ['AR', 'Arkansas', 'Arkansas'], ['CA', 'California', 'California'], ['CO', 'Colorado', 'Colorado'],
  ['CT', 'Connecticut', 'Connecticut'], ['DE', 'Delaware', 'Delaware'], ['FL', 'Florida', 'Florida'],
  ['GA', 'Georgia', 'Georgia'], ['HI', 'Hawaii', 'Hawái'], ['ID', 'Idaho', 'Idaho'],
  ['IL', 'Illinois', 'Illinois'], ['IN', 'Indiana', 'Indiana'], ['IA', 'Iowa', 'Iowa'],
  ['KS', 'Kansas', 'Kansas'], ['KY', 'Kentucky', 'Kentucky'], ['LA', 'Louisiana', 'Luisiana'],
  ['ME', 'Maine', 'Maine'], ['MD', 'Maryland', 'Maryland'], ['MA', 'Massachusetts', 'Massachusetts'],
  ['MI', 'Michigan', 'Míchigan'], ['MN', 'Minnesota', 'Minnesota'], ['MS', 'Mississippi', 'Misisipi'],
  ['MO', 'Missouri', 'Misuri'], ['MT', 'Montana', 'Montana'], ['NE', 'Nebraska', 'Nebraska'],
  ['NV', 'Nevada', 'Nevada'], ['NH', 'New Hampshire', 'Nuevo Hampshire'], ['NJ', 'New Jersey', 'Nueva Jersey'],
  ['NM', 'New Mexico', 'Nuevo México'], ['NY', 'New York', 'Nueva York'], ['NC', 'North Carolina', 'Carolina del Norte'],
  ['ND', 'North Dakota', 'Dakota del Norte'], ['OH', 'Ohio', 'Ohio'], ['OK', 'Oklahoma', 'Oklahoma'],
  ['OR', 'Oregon', 'Oregón'], ['PA', 'Pennsylvania', 'Pensilvania'], ['RI', 'Rhode Island', 'Rhode Island'],
  ['SC', 'South Carolina', 'Carolina del Sur'], ['SD', 'South Dakota', 'Dakota del Sur'], ['TN', 'Tennessee', 'Tennessee'],
  ['TX', 'Texas', 'Texas'], ['UT', 'Utah', 'Utah'], ['VT', 'Vermont', 'Vermont'],
  ['VA', 'Virginia', 'Virginia'], ['WA', 'Washington', 'Washington'], ['WV', 'West Virginia', 'Virginia Occidental'],
  ['WI', 'Wisconsin', 'Wisconsin'], ['WY', 'Wyoming', 'Wyoming'],
  ['DC', 'District of Columbia', 'Distrito de Columbia', 'the', 'el'],
  ['PR', 'Puerto Rico', 'Puerto Rico'],
  ['GU', 'Guam', 'Guam'],
  ['VI', 'U.S. Virgin Islands', 'Islas Vírgenes de los Estados Unidos', 'the', 'las'],
  ['AS', 'American Samoa', 'Samoa Estadounidense'],
  ['MP', 'Northern Mariana Islands', 'Islas Marianas del Norte', 'the', 'las'],
];

const BY_CODE = new Map<string, { en: JurisdictionName; es: JurisdictionName }>(
  ROWS.map(([code, en, es, enArticle, esArticle]) => [
    code,
    { en: { name: en, article: enArticle }, es: { name: es, article: esArticle } },
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

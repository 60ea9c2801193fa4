// Issue 14: English and Spanish language names, lists, plural categories and dates
// come from tables (no Intl object built on the agency page); each table
// entry and rule is held here to what Chromium's own Intl says, so a wrong
// name, a missing "e", a wrong plural or a misspelt month fails.
import { expect } from '@open-wc/testing';
import { defaultResources } from '@stalking-awareness/core';
import {
  TABLE_LANGUAGE_TAGS,
  formatDay,
  formatLanguages,
  formatList,
  languageName,
  pluralCategory,
} from '../src/shared/locale-words.js';

const LOCALES = ['en', 'es'] as const;
const intlName = (tag: string, locale: string) =>
  new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(tag);
const intlList = (items: string[], locale: string) =>
  new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' }).format(items);

/** Counts every Intl object `run` builds. */
function intlObjectsBuiltBy(run: () => void): string[] {
  const built: string[] = [];
  const kinds = ['DateTimeFormat', 'DisplayNames', 'ListFormat', 'PluralRules', 'NumberFormat', 'Collator'] as const;
  const originals = kinds.map((kind) => [kind, Intl[kind]] as const);
  for (const [kind, Native] of originals) {
    (Intl as unknown as Record<string, unknown>)[kind] = new Proxy(Native, {
      construct(target, args) {
        built.push(kind);
        return Reflect.construct(target, args) as object;
      },
    });
  }
  try {
    run();
  } finally {
    for (const [kind, Native] of originals) (Intl as unknown as Record<string, unknown>)[kind] = Native;
  }
  return built;
}

describe('locale words (English and Spanish tables, Intl elsewhere)', () => {
  // First, before any other test could leave a cached Intl object behind.
  it('builds no Intl object for English and Spanish table words', () => {
    const built = intlObjectsBuiltBy(() => {
      for (const locale of LOCALES) {
        formatLanguages(['en', 'es'], locale);
        formatLanguages(TABLE_LANGUAGE_TAGS, locale);
        pluralCategory(1, locale);
        pluralCategory(12, locale);
        formatDay('2026-03-03', locale);
      }
    });
    expect(built).to.deep.equal([]);
  });

  it('names every language tag of the bundled dataset from the table', () => {
    const tags = new Set(
      defaultResources.flatMap((resource) => [
        ...(resource.languages ?? []),
        ...resource.contacts.flatMap((contact) => (contact.language ? [contact.language] : [])),
      ]),
    );
    expect(tags.size).to.be.greaterThan(0);
    for (const tag of tags) expect(TABLE_LANGUAGE_TAGS, tag).to.include(tag.toLowerCase());
  });

  for (const locale of LOCALES) {
    it(`${locale}: every table name is Intl.DisplayNames' own, whatever the tag's case`, () => {
      for (const tag of TABLE_LANGUAGE_TAGS) {
        expect(languageName(tag, locale), tag).to.equal(intlName(tag, locale));
        expect(languageName(tag.toUpperCase(), locale), tag.toUpperCase()).to.equal(intlName(tag, locale));
      }
    });

    it(`${locale}: lists of 1 to 4 names join exactly as Intl.ListFormat does`, () => {
      const names = TABLE_LANGUAGE_TAGS.map((tag) => languageName(tag, locale));
      // Words that test Spanish "y" -> "e" (before /i/: "inglés", "hindi", "hio") and where it stays "y" ("hielo", "hiato", "Ídish").
      const words = [...names, 'italiano', 'Iraq', 'hielo', 'hiato', 'hio', 'Hi', 'Ídish', 'yoruba', ' inglés', ''];
      for (let size = 1; size <= 4; size++) {
        for (let start = 0; start < words.length; start++) {
          const items = Array.from({ length: size }, (_, offset) => words[(start + offset * 3) % words.length]!);
          expect(formatList(items, locale), items.join('|')).to.equal(intlList(items, locale));
        }
      }
      expect(formatList([], locale)).to.equal(intlList([], locale));
    });

    it(`${locale}: a day of every month reads as Intl.DateTimeFormat's long date`, () => {
      const intlDay = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
      for (let month = 1; month <= 12; month++) {
        for (const day of ['01', '09', '10', '28']) {
          const iso = `2026-${String(month).padStart(2, '0')}-${day}`;
          expect(formatDay(iso, locale), iso).to.equal(intlDay.format(new Date(`${iso}T00:00:00Z`)));
        }
      }
      expect(formatDay('1999-12-31', locale)).to.equal(intlDay.format(new Date('1999-12-31T00:00:00Z')));
      // Not a real day, or not a date: nothing to print.
      expect(formatDay('2026-02-30', locale)).to.equal(undefined);
      expect(formatDay('March 3', locale)).to.equal(undefined);
    });

    it(`${locale}: plural categories are Intl.PluralRules' own`, () => {
      const rules = new Intl.PluralRules(locale);
      const counts = [0, 1, 2, 3, 5, 10, 11, 21, 100, 101, 1000, 999_999, 1_000_000, 1_000_001, 2_000_000, 10_000_000];
      for (const count of [...counts, ...counts.map((count) => -count), Number.MAX_SAFE_INTEGER, 1.5, 1e21]) {
        expect(pluralCategory(count, locale), String(count)).to.equal(rules.select(count));
      }
    });
  }

  it('Spanish keeps "e" before an /i/ sound: "español e inglés"', () => {
    expect(formatLanguages(['es', 'en'], 'es')).to.equal('español e inglés');
    expect(formatLanguages(['en', 'es'], 'es')).to.equal('inglés y español');
    expect(formatLanguages(['es', 'fr', 'en'], 'en')).to.equal('Spanish, French, and English');
  });

  it('asks Intl for other locales and tags not in the table, and keeps a malformed tag as written', () => {
    for (const [tag, locale] of [
      ['ja', 'en'],
      ['ja', 'es'],
      ['en', 'es-MX'],
      ['es', 'fr'],
      ['zh-Hant', 'en'],
    ] as const) {
      expect(languageName(tag, locale), `${tag} in ${locale}`).to.equal(intlName(tag, locale));
    }
    expect(languageName('not a tag', 'en')).to.equal('not a tag');
    expect(formatList(['a', 'b', 'c'], 'fr')).to.equal(intlList(['a', 'b', 'c'], 'fr'));
    expect(pluralCategory(1_000_000, 'fr')).to.equal(new Intl.PluralRules('fr').select(1_000_000));
    const french = new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeZone: 'UTC' });
    expect(formatDay('2026-03-03', 'fr')).to.equal(french.format(new Date('2026-03-03T00:00:00Z')));
    expect(intlObjectsBuiltBy(() => languageName('ja', 'en'))).to.have.length.at.most(1);
  });
});

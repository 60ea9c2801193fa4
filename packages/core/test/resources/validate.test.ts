import { expect } from '@open-wc/testing';
import { validateResource, validateResources, type Resource } from '../../src/index.js';
import { testProvenance, testResource, weeklyHours } from '../../src/testing.js';
import { captureWarnings } from './warnings.js';

function good(id = 'good-line'): Resource {
  return testResource(id, {
    name: 'Example Line',
    description: 'A line for people affected by stalking.',
    url: 'https://example.org/',
    contacts: [
      { channel: 'voice', value: '+18005550100', display: '1-800-555-0100' },
      { channel: 'sms', shortCode: '88788', keyword: 'START' },
      { channel: 'chat', value: 'https://example.org/chat' },
      { channel: 'email', value: 'help@example.org' },
    ],
    hours: { ...weeklyHours(), exceptions: [{ date: '2026-12-25', note: 'Holiday' }] },
    languages: ['en', 'es-MX'],
    provenance: testProvenance({
      source: 'https://example.org/about',
      verifiedOn: '2026-11-01',
      reviewBy: '2027-05-01',
    }),
    translations: { es: { name: 'Línea de ejemplo', description: 'Una línea.', contactLabels: { 0: 'Llamar' } } },
  });
}

/** A good record with one change applied through a JSON copy, as data arrives from a host. */
function bad(id: string, change: (record: Record<string, any>) => void): unknown {
  const record = JSON.parse(JSON.stringify(good(id)));
  change(record);
  return record;
}

describe('validateResource', () => {
  it('accepts a complete record and ignores unknown fields', () => {
    expect(validateResource(good())).to.deep.equal([]);
    expect(
      validateResource({ ...good(), favouriteColour: 'green', provenance: { ...good().provenance, extra: 1 } }),
    ).to.deep.equal([]);
  });

  const cases: Array<[string, (record: Record<string, any>) => void, string, RegExp]> = [
    ['missing name', (r) => delete r.name, '$.name', /required/],
    ['missing provenance', (r) => delete r.provenance, '$.provenance', /required/],
    ['missing source', (r) => delete r.provenance.source, '$.provenance.source', /required/],
    ['missing review date', (r) => delete r.provenance.reviewBy, '$.provenance.reviewBy', /required/],
    ['wrong category', (r) => (r.category = 'hotline'), '$.category', /one of/],
    ['wrong status', (r) => (r.status = 'open'), '$.status', /one of/],
    ['wrong channel', (r) => (r.contacts[0].channel = 'fax'), '$.contacts[0].channel', /one of/],
    ['javascript: URL', (r) => (r.url = 'javascript:alert(1)'), '$.url', /safe absolute/],
    [
      'data: chat URL',
      (r) => (r.contacts[2].value = 'data:text/html,<script>alert(1)</script>'),
      '$.contacts[2].value',
      /safe/,
    ],
    [
      'credentials in URL',
      (r) => (r.provenance.source = 'https://user:pw@example.org/'),
      '$.provenance.source',
      /safe/,
    ],
    ['relative URL', (r) => (r.url = '/help'), '$.url', /absolute/],
    ['script in name', (r) => (r.name = 'Help <script>alert(1)</script>'), '$.name', /plain text/],
    [
      'markup in Spanish text',
      (r) => (r.translations.es.description = '<img src=x onerror=alert(1)>'),
      '$.translations.es.description',
      /plain text/,
    ],
    ['number as name', (r) => (r.name = 42), '$.name', /must be a string/],
    ['contacts as object', (r) => (r.contacts = {}), '$.contacts', /array/],
    ['verified as string', (r) => (r.provenance.verified = 'yes'), '$.provenance.verified', /true or false/],
    ['national number in value', (r) => (r.contacts[0].value = '8005550100'), '$.contacts[0].value', /E\.164/],
    ['short code in value', (r) => (r.contacts[0].value = '988'), '$.contacts[0].value', /E\.164/],
    [
      'long number as short code',
      (r) => (r.contacts[1].shortCode = '+18005550100'),
      '$.contacts[1].shortCode',
      /3 to 6 digits/,
    ],
    ['both number and short code', (r) => (r.contacts[0].shortCode = '988'), '$.contacts[0]', /not both/],
    ['short code on web', (r) => (r.contacts[2].shortCode = '988'), '$.contacts[2].shortCode', /phone channels/],
    [
      'keyword with a query',
      (r) => (r.contacts[1].keyword = 'START&body=x'),
      '$.contacts[1].keyword',
      /letters or digits/,
    ],
    ['keyword on voice', (r) => (r.contacts[0].keyword = 'START'), '$.contacts[0].keyword', /sms/],
    ['bad email', (r) => (r.contacts[3].value = 'not an address'), '$.contacts[3].value', /email/],
    ['bad date', (r) => (r.provenance.verifiedOn = '2026-02-30'), '$.provenance.verifiedOn', /YYYY-MM-DD/],
    ['no 31 April', (r) => (r.provenance.verifiedOn = '2026-04-31'), '$.provenance.verifiedOn', /YYYY-MM-DD/],
    [
      'no 29 February outside leap years',
      (r) => (r.hours.exceptions[0].date = '2026-02-29'),
      '$.hours.exceptions[0].date',
      /YYYY-MM-DD/,
    ],
    ['review before check', (r) => (r.provenance.reviewBy = '2020-01-01'), '$.provenance.reviewBy', /before/],
    ['month without day', (r) => (r.provenance.verifiedOn = '2022-05'), '$.provenance.verifiedOn', /a year YYYY/],
    [
      'review before a year-only check',
      (r) => {
        r.provenance.verifiedOn = '2022';
        r.provenance.reviewBy = '2021-12-31';
      },
      '$.provenance.reviewBy',
      /before/,
    ],
    ['bad contact language', (r) => (r.contacts[0].language = 'not a tag'), '$.contacts[0].language', /BCP 47/],
    ['unknown zone', (r) => (r.hours.timeZone = 'Eastern'), '$.hours.timeZone', /IANA/],
    ['bad weekday', (r) => (r.hours.weekly[0].days = ['monday']), '$.hours.weekly[0].days', /non-empty/],
    ['bad time', (r) => (r.hours.weekly[0].opens = '9am'), '$.hours.weekly[0].opens', /HH:MM/],
    ['half an exception', (r) => (r.hours.exceptions[0].opens = '10:00'), '$.hours.exceptions[0]', /both/],
    ['bad language tag', (r) => (r.languages = ['en', 'not a tag']), '$.languages[1]', /BCP 47/],
    ['bad translation key', (r) => (r.translations['no such'] = {}), '$.translations["no such"]', /BCP 47/],
    ['bad id', (r) => (r.id = 'has space'), '$.id', /letters/],
    ['missing id', (r) => delete r.id, '$.id', /required/],
    ['missing category', (r) => delete r.category, '$.category', /required/],
    ['missing contacts', (r) => delete r.contacts, '$.contacts', /required/],
    ['bad extension', (r) => (r.contacts[0].extension = '1;x'), '$.contacts[0].extension', /digits/],
    ['extension on chat', (r) => (r.contacts[2].extension = '12'), '$.contacts[2].extension', /phone channels/],
    ['contact not an object', (r) => (r.contacts[1] = 'call'), '$.contacts[1]', /object/],
    ['neither number nor short code', (r) => delete r.contacts[0].value, '$.contacts[0]', /either/],
    ['empty name', (r) => (r.name = '  '), '$.name', /empty/],
    ['overlong label', (r) => (r.contacts[0].label = 'x'.repeat(201)), '$.contacts[0].label', /at most 200/],
    ['hours not an object', (r) => (r.hours = 'always'), '$.hours', /object/],
    ['unknown hours type', (r) => (r.hours.type = 'sometimes'), '$.hours.type', /always/],
    ['weekly not an array', (r) => (r.hours.weekly = {}), '$.hours.weekly', /array/],
    ['opening not an object', (r) => (r.hours.weekly[0] = 5), '$.hours.weekly[0]', /object/],
    ['zero-length opening', (r) => (r.hours.weekly[0].closes = '09:00'), '$.hours.weekly[0]', /same time/],
    ['exceptions not an array', (r) => (r.hours.exceptions = {}), '$.hours.exceptions', /array/],
    ['exception not an object', (r) => (r.hours.exceptions[0] = '2026-12-25'), '$.hours.exceptions[0]', /object/],
    ['languages not an array', (r) => (r.languages = 'en'), '$.languages', /array/],
    ['provenance not an object', (r) => (r.provenance = 'trust me'), '$.provenance', /object/],
    ['translations not an object', (r) => (r.translations = []), '$.translations', /object/],
    ['translation not an object', (r) => (r.translations.es = 'hola'), '$.translations.es', /object/],
    [
      'labels not an object',
      (r) => (r.translations.es.contactLabels = ['Llamar']),
      '$.translations.es.contactLabels',
      /object/,
    ],
    [
      'label not keyed by index',
      (r) => (r.translations.es.contactLabels = { call: 'Llamar' }),
      '$.translations.es.contactLabels.call',
      /contact index/,
    ],
  ];
  for (const [name, change, path, message] of cases) {
    it(`reports ${name} at ${path}`, () => {
      const issues = validateResource(bad('case', change));
      const issue = issues.find((found) => found.path === path);
      expect(issue, JSON.stringify(issues)).to.exist;
      expect(issue!.message).to.match(message);
    });
  }

  it('names the record id in each issue and reports a non-object', () => {
    expect(validateResource(bad('named', (r) => (r.category = 'x')))[0]!.id).to.equal('named');
    expect(validateResource('text', '$[2]')).to.deep.equal([
      { path: '$[2]', message: 'must be an object, not string "text"' },
    ]);
  });

  it('accepts plain "<" in text, 24:00, overnight hours and always-open hours', () => {
    expect(validateResource(bad('lt', (r) => (r.description = 'For ages < 18 and > 65')))).to.deep.equal([]);
    expect(
      validateResource(bad('late', (r) => (r.hours.weekly[0] = { days: ['fr'], opens: '20:00', closes: '02:00' }))),
    ).to.deep.equal([]);
    expect(validateResource(bad('end', (r) => (r.hours.weekly[0].closes = '24:00')))).to.deep.equal([]);
    expect(validateResource(bad('always', (r) => (r.hours = { type: 'always' })))).to.deep.equal([]);
    expect(validateResource(bad('leap', (r) => (r.hours.exceptions[0].date = '2028-02-29')))).to.deep.equal([]);
  });

  it('accepts a year-only check date, and no dates at all for a source that gave none', () => {
    expect(validateResource(bad('year', (r) => (r.provenance.verifiedOn = '2013')))).to.deep.equal([]);
    const undated = bad('undated', (r) => {
      delete r.provenance.verifiedOn;
      delete r.provenance.reviewBy;
    });
    expect(validateResource(undated)).to.deep.equal([]);
    // A check date still needs a review date.
    const unreviewed = bad('unreviewed', (r) => delete r.provenance.reviewBy);
    expect(validateResource(unreviewed).map((issue) => issue.path)).to.deep.equal(['$.provenance.reviewBy']);
  });
});

describe('validateResources', () => {
  it('skips each bad record with one warning naming its id and path, and keeps every good one', () => {
    const input = [
      good('first'),
      bad('hostile', (r) => (r.url = 'javascript:alert(1)')),
      bad('markup', (r) => (r.name = '<b>Bold</b>')),
      good('second'),
      bad('typed', (r) => {
        r.name = 1;
        r.category = 2;
      }),
      42,
    ];
    const { result, warnings } = captureWarnings(() => validateResources(input));
    expect(result.resources.map((resource) => resource.id)).to.deep.equal(['first', 'second']);
    const skips = warnings.filter((warning) => /skipped/i.test(warning));
    expect(skips).to.have.length(4);
    expect(skips[0]).to.contain('"hostile"').and.contain('$[1].url');
    // The hostile record gets exactly one warning: the validator's, naming the field.
    expect(
      warnings.filter((warning) => warning.includes('javascript:') || warning.includes('"hostile"')),
    ).to.have.length(1);
    expect(skips[1]).to.contain('"markup"').and.contain('$[2].name');
    expect(skips[2]).to.contain('"typed"').and.contain('$[4].name').and.contain('1 more problem');
    expect(skips[3]).to.contain('without a valid id').and.contain('$[5]');
    expect(result.issues.map((issue) => issue.path)).to.include.members([
      '$[1].url',
      '$[2].name',
      '$[4].category',
      '$[5]',
    ]);
  });

  it('skips a repeated id', () => {
    const { result, warnings } = captureWarnings(() => validateResources([good('same'), good('same')]));
    expect(result.resources).to.have.length(1);
    expect(result.issues[0]).to.include({ id: 'same', path: '$[1].id' });
    expect(warnings.some((warning) => warning.includes('repeats the id'))).to.be.true;
  });

  it('rejects input that is not an array, and stays silent when asked to', () => {
    const { result, warnings } = captureWarnings(() => validateResources({ id: 'x' }, { warn: false }));
    expect(result).to.deep.equal({
      resources: [],
      issues: [{ path: '$', message: 'must be an array of resources, not an object' }],
    });
    expect(warnings.filter((warning) => /skipped/i.test(warning) || /ignored/i.test(warning))).to.deep.equal([]);
    const loud = captureWarnings(() => validateResources(null));
    expect(loud.warnings.some((warning) => warning.includes('ignored the data'))).to.be.true;
  });
});

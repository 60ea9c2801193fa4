import { expect } from '@open-wc/testing';
import { fromHsds, openStatus, validateResources, formatHours } from '../../src/index.js';
import { captureWarnings } from './warnings.js';
import { readFixture } from './fixtures.js';

// The official payloads, read exactly as published (the test server serves the fixture files).
let serviceFull: unknown;
let serviceList: unknown;
let sample: unknown;
before(async () => {
  [serviceFull, serviceList, sample] = await Promise.all(
    ['service_full.json', 'service_list.json', 'hsds-sample.json'].map(readFixture),
  );
});

describe('fromHsds on the official HSDS 3.0 examples', () => {
  it('maps service_full.json, quirks included, to a valid resource with warnings', () => {
    const { result, warnings } = captureWarnings(() => validateResources(fromHsds(serviceFull)));
    expect(result.issues).to.deep.equal([]);
    const [resource] = result.resources;
    expect(resource).to.deep.include({
      id: 'ac148810-d857-441c-9679-408f346de14b',
      name: 'Community Counselling',
      category: 'support-network',
      url: 'http://example.com/counselling',
      status: 'active',
      languages: ['ur'],
    });
    expect(resource!.description).to.match(
      /^Counselling Services provided by trained professionals\..*circumstances\.$/,
    );
    // The number is stored with literal quote marks and repeated in several places: one contact, quotes removed.
    expect(resource!.contacts).to.deep.equal([
      { channel: 'voice', display: '+44 1234 234567', value: '+441234234567', extension: '100' },
      { channel: 'email', value: 'email@example.com' },
    ]);
    // A numeric offset (+3) becomes a fixed zone; byday wins over the prose that says "weekdays".
    expect(resource!.hours).to.deep.equal({
      type: 'weekly',
      timeZone: 'Etc/GMT-3',
      weekly: [{ days: ['th', 'fr'], opens: '10:00', closes: '18:00' }],
    });
    expect(resource!.provenance).to.deep.equal({
      source: 'http://example.com/counselling',
      verified: true,
      verifiedOn: '2005-01-01',
      reviewBy: '2005-07-01',
    });
    expect(warnings.some((warning) => warning.includes('quote marks'))).to.be.true;
    expect(warnings.some((warning) => warning.includes('UTC offset 3'))).to.be.true;
  });

  it('reads the paginated list format (contents) from service_list.json', () => {
    const { result } = captureWarnings(() => validateResources(fromHsds(serviceList, { category: 'safety-planning' })));
    expect(result.issues).to.deep.equal([]);
    expect(result.resources).to.have.length(1);
    expect(result.resources[0]).to.deep.include({ name: 'Community Counselling', category: 'safety-planning' });
    expect(result.resources[0]!.hours).to.equal(undefined);
  });
});

describe('fromHsds on our own sample', () => {
  const now = new Date('2026-11-20T12:00:00Z');

  it('maps phones by type, keeps short codes apart and drops fax', () => {
    const { result: resources, warnings } = captureWarnings(() => fromHsds(sample, { now }));
    expect(resources[0]!.contacts).to.deep.equal([
      { channel: 'voice', display: '1-800-555-0100', value: '+18005550100' },
      { channel: 'sms', display: '+1 (800) 555-0101', value: '+18005550101' },
      { channel: 'textphone', display: '800.555.0102', value: '+18005550102' },
      { channel: 'videophone', display: '+18005550103', value: '+18005550103' },
      { channel: 'sms', display: '88788', shortCode: '88788' },
      { channel: 'email', value: 'help@example.org' },
    ]);
    expect(warnings.some((warning) => warning.includes('"800.555.0102" has no country code'))).to.be.true;
    expect(resources[1]!.contacts).to.deep.equal([
      { channel: 'voice', display: '+18005550105', value: '+18005550105' },
    ]);
  });

  it('survives a round trip through validateResources with schedule, status and assured_date', () => {
    const { result } = captureWarnings(() =>
      validateResources(fromHsds(sample, { now, timeZone: 'America/New_York', category: 'legal' })),
    );
    expect(result.issues).to.deep.equal([]);
    const [helpline, clock] = result.resources;
    expect(helpline!.hours).to.deep.equal({
      type: 'weekly',
      timeZone: 'America/New_York',
      weekly: [
        { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' },
        { days: ['sa'], opens: '10:00', closes: '14:00' },
      ],
    });
    expect(helpline!.provenance).to.deep.equal({
      source: 'https://example.org/helpline',
      verified: true,
      verifiedOn: '2026-10-15',
      reviewBy: '2027-04-15',
    });
    expect(helpline!.languages).to.deep.equal(['en', 'es']);
    expect(helpline!.category).to.equal('legal');
    // Friday 2026-11-20 12:00 UTC is 7 a.m. in New York: closed until 9.
    expect(openStatus(helpline!, now)).to.deep.include({
      state: 'closed',
      nextChange: new Date('2026-11-20T14:00:00Z'),
    });
    expect(formatHours(helpline!.hours!, 'en-US').replace(/\u202f/g, ' ')).to.equal(
      'Mon–Fri 9 AM–5 PM; Sat 10 AM–2 PM ET',
    );

    // 00:00–23:59 every day is HSDS for 24/7; the status is kept, so it reads as closed.
    expect(clock!.hours).to.deep.equal({ type: 'always' });
    expect(clock!.status).to.equal('temporarily closed');
    expect(openStatus(clock!, now).state).to.equal('closed');
    // No assured_date: no checked date and no review date are made up (not "today").
    expect(clock!.provenance).to.deep.equal({
      source: 'https://example.org/',
      verified: false,
      note: 'The data does not say when it was last checked, so some details may be out of date.',
    });
  });

  it('turns a numeric UTC offset into a fixed zone when no zone is given', () => {
    const { result } = captureWarnings(() => fromHsds(sample, { now }));
    expect(result[0]!.hours).to.deep.include({ timeZone: 'Etc/GMT+5' });
    expect(result[1]!.hours).to.deep.equal({ type: 'always' });
  });
});

describe('fromHsds with odd input', () => {
  const base = { id: 'odd', name: 'Odd', status: 'active', url: 'https://example.org/' };

  it('leaves out hours it cannot read, with a warning', () => {
    const cases = [
      [{ freq: 'MONTHLY', byday: '1MO', opens_at: '09:00', closes_at: '17:00', timezone: 0 }],
      [{ freq: 'WEEKLY', byday: 'MO', opens_at: '9am', closes_at: '17:00', timezone: 0 }],
      [{ freq: 'WEEKLY', interval: 2, byday: 'MO', opens_at: '09:00', closes_at: '17:00', timezone: 0 }],
      [{ freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '17:00' }],
      [{ freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '17:00', timezone: 5.5 }],
      [
        { freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '17:00', timezone: 'America/New_York' },
        { freq: 'WEEKLY', byday: 'TU', opens_at: '09:00', closes_at: '17:00', timezone: 'America/Chicago' },
      ],
    ];
    for (const schedules of cases) {
      const { result, warnings } = captureWarnings(() => fromHsds({ ...base, schedules }));
      expect(result[0]!.hours, JSON.stringify(schedules)).to.equal(undefined);
      expect(warnings.some((warning) => warning.includes('HSDS service "odd"') && warning.includes('hours left out')))
        .to.be.true;
    }
  });

  it('reads a named zone and schedules kept on the service-at-location', () => {
    const { result } = captureWarnings(() =>
      fromHsds({
        ...base,
        service_at_locations: [
          {
            schedules: [
              { freq: 'weekly', byday: 'SU', opens_at: '08:00', closes_at: '12:00', timezone: 'Europe/Madrid' },
            ],
          },
        ],
      }),
    );
    expect(result[0]!.hours).to.deep.equal({
      type: 'weekly',
      timeZone: 'Europe/Madrid',
      weekly: [{ days: ['su'], opens: '08:00', closes: '12:00' }],
    });
  });

  it('drops undiallable numbers, reads unknown types as voice and an unknown status as active', () => {
    const { result, warnings } = captureWarnings(() =>
      fromHsds({
        ...base,
        status: 'open',
        phones: [{ number: 'call us' }, { number: '+18005550100', type: 'satellite' }, { number: 18005550106 }],
      }),
    );
    expect(result[0]!.contacts).to.deep.equal([
      { channel: 'voice', display: '+18005550100', value: '+18005550100' },
      { channel: 'voice', display: '18005550106', value: '+18005550106' },
    ]);
    expect(result[0]!.status).to.equal('active');
    expect(warnings.join('\n'))
      .to.contain('not a number that can be dialled')
      .and.contain('"satellite" is unknown')
      .and.contain('"open" is not an HSDS status');
  });

  it('skips items that are not objects, and lets validation reject what is missing or hostile', () => {
    const { result, warnings } = captureWarnings(() =>
      fromHsds([42, { phones: [] }, { ...base, id: 7, url: 'javascript:alert(1)' }]),
    );
    expect(result).to.have.length(2);
    expect(warnings.some((warning) => warning.includes('item 0 is not a service object'))).to.be.true;
    const validated = captureWarnings(() => validateResources(result)).result;
    expect(validated.resources).to.deep.equal([]);
    expect(validated.issues.map((issue) => issue.path)).to.include.members([
      '$[0].id',
      '$[0].name',
      '$[0].provenance.source',
      '$[1].url',
    ]);
    expect(result[1]!.id).to.equal('7');
  });
});

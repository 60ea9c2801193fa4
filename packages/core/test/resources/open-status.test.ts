import { expect } from '@open-wc/testing';
import { openStatus, type Hours, type Resource } from '../../src/index.js';
import { testResource } from '../../src/testing.js';

function withHours(hours: Hours | undefined, status: Resource['status'] = 'active'): Resource {
  return testResource('line', { hours, status });
}

/** Mon–Fri 9–5 and Sat 10–2 in New York; short hours on Christmas Eve, closed on Christmas Day. */
const newYorkOffice = withHours({
  type: 'weekly',
  timeZone: 'America/New_York',
  weekly: [
    { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' },
    { days: ['sa'], opens: '10:00', closes: '14:00' },
  ],
  exceptions: [
    { date: '2026-12-24', opens: '10:00', closes: '12:00' },
    { date: '2026-12-25', note: 'Holiday' },
  ],
});

function statusAt(resource: Resource, instant: string) {
  const status = openStatus(resource, new Date(instant));
  return { state: status.state, nextChange: status.nextChange?.toISOString() };
}

describe('openStatus', () => {
  it('is open all the time for 24/7 hours, and unknown without hours', () => {
    expect(openStatus(withHours({ type: 'always' }))).to.deep.equal({ state: 'open', alwaysOpen: true });
    expect(openStatus(withHours(undefined))).to.deep.equal({ state: 'unknown', alwaysOpen: false });
    expect(openStatus(withHours({ type: 'weekly', timeZone: 'Not/AZone', weekly: [] })).state).to.equal('unknown');
  });

  it('is closed whenever the service is not active', () => {
    expect(openStatus(withHours({ type: 'always' }, 'temporarily closed'))).to.deep.equal({
      state: 'closed',
      alwaysOpen: false,
    });
    expect(openStatus(withHours({ type: 'always' }, 'defunct')).state).to.equal('closed');
  });

  it('reports open and the closing time in the resource zone, with the zone', () => {
    const status = openStatus(newYorkOffice, new Date('2026-07-01T14:00:00Z'));
    expect(status).to.deep.equal({
      state: 'open',
      alwaysOpen: false,
      nextChange: new Date('2026-07-01T21:00:00Z'),
      timeZone: 'America/New_York',
    });
  });

  // Daylight-saving changes in New York: 2026-03-08 (spring forward) and 2026-11-01 (fall back).
  // Each row: the schedule, the instant asked about, and what open status must say then.
  const sundayNight = withHours({
    type: 'weekly',
    timeZone: 'America/New_York',
    weekly: [{ days: ['su'], opens: '01:00', closes: '05:00' }],
  });
  const DAYLIGHT_SAVING: Array<{ when: string; resource: Resource; at: string; state: string; next: string }> = [
    {
      when: 'spring forward: Monday 9 a.m. EDT, seen from the Saturday before',
      resource: newYorkOffice,
      at: '2026-03-07T20:00:00Z',
      state: 'closed',
      next: '2026-03-09T13:00:00.000Z',
    },
    {
      when: 'spring forward: closed on the Sunday itself',
      resource: newYorkOffice,
      at: '2026-03-08T12:00:00Z',
      state: 'closed',
      next: '2026-03-09T13:00:00.000Z',
    },
    {
      when: 'spring forward: open at 9:30 a.m. EDT on Monday (8:30 by winter time)',
      resource: newYorkOffice,
      at: '2026-03-09T13:30:00Z',
      state: 'open',
      next: '2026-03-09T21:00:00.000Z',
    },
    {
      when: 'spring forward: hours spanning the skipped hour, before they open',
      resource: sundayNight,
      at: '2026-03-08T05:59:00Z',
      state: 'closed',
      next: '2026-03-08T06:00:00.000Z',
    },
    {
      when: 'spring forward: hours spanning the skipped hour, after it',
      resource: sundayNight,
      at: '2026-03-08T07:30:00Z',
      state: 'open',
      next: '2026-03-08T09:00:00.000Z',
    },
    {
      when: 'fall back: Monday 9 a.m. EST, seen from the Saturday before',
      resource: newYorkOffice,
      at: '2026-10-31T19:00:00Z',
      state: 'closed',
      next: '2026-11-02T14:00:00.000Z',
    },
    {
      when: 'fall back: open at 9:30 a.m. EST on Monday (10:30 by summer time)',
      resource: newYorkOffice,
      at: '2026-11-02T14:30:00Z',
      state: 'open',
      next: '2026-11-02T22:00:00.000Z',
    },
    {
      when: 'fall back: still closed at 8:30 a.m. EST on Monday',
      resource: newYorkOffice,
      at: '2026-11-02T13:30:00Z',
      state: 'closed',
      next: '2026-11-02T14:00:00.000Z',
    },
    {
      when: 'fall back: hours spanning the repeated hour, inside it',
      resource: sundayNight,
      at: '2026-11-01T06:30:00Z',
      state: 'open',
      next: '2026-11-01T10:00:00.000Z',
    },
    {
      when: 'fall back: hours spanning the repeated hour, at their end',
      resource: sundayNight,
      at: '2026-11-01T10:00:00Z',
      state: 'closed',
      next: '2026-11-08T06:00:00.000Z',
    },
  ];

  describe('daylight saving (America/New_York)', () => {
    for (const { when, resource, at, state, next } of DAYLIGHT_SAVING) {
      it(`${when}: ${state} until ${next}`, () => {
        expect(statusAt(resource, at)).to.deep.equal({ state, nextChange: next });
      });
    }
  });

  describe('exception days', () => {
    it('is closed all day on a closure, on what would be a working Friday', () => {
      expect(statusAt(newYorkOffice, '2026-12-25T15:00:00Z')).to.deep.equal({
        state: 'closed',
        nextChange: '2026-12-26T15:00:00.000Z',
      });
    });
    it('uses special hours instead of the weekly ones', () => {
      expect(statusAt(newYorkOffice, '2026-12-24T16:30:00Z')).to.deep.equal({
        state: 'open',
        nextChange: '2026-12-24T17:00:00.000Z',
      });
      expect(statusAt(newYorkOffice, '2026-12-24T18:00:00Z')).to.deep.equal({
        state: 'closed',
        nextChange: '2026-12-26T15:00:00.000Z',
      });
    });
    it('skips a closure when looking for the next opening', () => {
      expect(statusAt(newYorkOffice, '2026-12-24T22:00:00Z').nextChange).to.equal('2026-12-26T15:00:00.000Z');
    });
  });

  it('handles overnight hours and another zone', () => {
    const lateLine = withHours({
      type: 'weekly',
      timeZone: 'America/Los_Angeles',
      weekly: [{ days: ['fr'], opens: '20:00', closes: '02:00' }],
    });
    // Saturday 2026-07-04 01:00 in Los Angeles (PDT, UTC−7).
    expect(statusAt(lateLine, '2026-07-04T08:00:00Z')).to.deep.equal({
      state: 'open',
      nextChange: '2026-07-04T09:00:00.000Z',
    });
    expect(statusAt(lateLine, '2026-07-04T09:00:00Z')).to.deep.equal({
      state: 'closed',
      nextChange: '2026-07-11T03:00:00.000Z',
    });
  });

  it('joins hours that run into the next day across midnight', () => {
    const lateFriday = withHours({
      type: 'weekly',
      timeZone: 'America/New_York',
      weekly: [
        { days: ['fr'], opens: '18:00', closes: '24:00' },
        { days: ['sa'], opens: '00:00', closes: '02:00' },
      ],
    });
    // Friday 2026-11-20 23:00 EST.
    expect(statusAt(lateFriday, '2026-11-21T04:00:00Z')).to.deep.equal({
      state: 'open',
      nextChange: '2026-11-21T07:00:00.000Z',
    });
  });

  it('gives no closing time when a weekly schedule never closes, and no opening when it never opens', () => {
    const allWeek = withHours({
      type: 'weekly',
      timeZone: 'Europe/London',
      weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '24:00' }],
    });
    expect(openStatus(allWeek, new Date('2026-03-29T01:30:00Z'))).to.deep.equal({
      state: 'open',
      alwaysOpen: false,
      timeZone: 'Europe/London',
    });
    const never = withHours({ type: 'weekly', timeZone: 'Europe/London', weekly: [] });
    expect(openStatus(never, new Date('2026-03-29T01:30:00Z'))).to.deep.equal({
      state: 'closed',
      alwaysOpen: false,
      timeZone: 'Europe/London',
    });
  });

  it('uses the current time by default', () => {
    expect(openStatus(newYorkOffice).state).to.be.oneOf(['open', 'closed']);
  });
});

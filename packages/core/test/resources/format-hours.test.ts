import { expect } from '@open-wc/testing';
import { formatHours, formatTimeWithZone, type Hours } from '../../src/index.js';

/** Intl may put a narrow no-break space before AM/PM; compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

const office: Hours = {
  type: 'weekly',
  timeZone: 'America/New_York',
  weekly: [
    { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' },
    { days: ['sa', 'su'], opens: '10:30', closes: '14:00' },
  ],
};

describe('formatHours', () => {
  it('prints 24/7 for always-open lines in both languages', () => {
    expect(formatHours({ type: 'always' }, 'en')).to.equal('24/7');
    expect(formatHours({ type: 'always' }, 'es')).to.equal('24/7');
  });

  it('prints weekly hours in English with the zone', () => {
    expect(plain(formatHours(office, 'en-US'))).to.equal('Mon–Fri 9 AM–5 PM; Sat, Sun 10:30 AM–2 PM ET');
  });

  it('prints weekly hours in US Spanish for a bare "es", with the zone', () => {
    expect(plain(formatHours(office, 'es'))).to.match(
      /^lun–vie 9 a\. ?m\.–5 p\. ?m\.; sáb, dom 10:30 a\. ?m\.–2 p\. ?m\. ET$/,
    );
  });

  it("keeps a region the reader's page gives, 24-hour clocks included, still with a zone", () => {
    const text = plain(formatHours(office, 'es-ES'));
    expect(text).to.match(/^lun–vie 9:00–17:00; sáb, dom 10:30–14:00 \S/);
    expect(text).to.match(/hora de (Nueva|New) York$/);
  });

  it('groups scattered days and prints midnight closing', () => {
    const hours: Hours = {
      type: 'weekly',
      timeZone: 'America/Chicago',
      weekly: [{ days: ['mo', 'we', 'fr'], opens: '18:00', closes: '24:00' }],
    };
    expect(plain(formatHours(hours, 'en-US'))).to.equal('Mon, Wed, Fri 6 PM–12 AM CT');
  });

  it('falls back to English for a malformed locale', () => {
    expect(plain(formatHours(office, 'not a locale!'))).to.contain('Mon–Fri');
  });
});

describe('formatTimeWithZone', () => {
  it('prints the time in the given zone with the name US services publish ("ET")', () => {
    expect(plain(formatTimeWithZone(new Date('2026-07-01T21:00:00Z'), 'America/New_York', 'en'))).to.equal('5 PM ET');
    expect(plain(formatTimeWithZone(new Date('2026-01-05T21:30:00Z'), 'America/New_York', 'en-US'))).to.equal(
      '4:30 PM ET',
    );
    expect(plain(formatTimeWithZone(new Date('2026-07-01T21:00:00Z'), 'America/Los_Angeles', 'en-US'))).to.equal(
      '2 PM PT',
    );
  });

  it('still prints a zone in Spanish', () => {
    expect(plain(formatTimeWithZone(new Date('2026-07-01T21:00:00Z'), 'America/New_York', 'es'))).to.match(
      /^5 p\. ?m\. ET$/,
    );
    expect(plain(formatTimeWithZone(new Date('2026-07-01T21:00:00Z'), 'America/New_York', 'es-ES'))).to.match(
      /^17:00 hora de (Nueva|New) York$/,
    );
  });
});

import { expect } from '@open-wc/testing';
import { contactHref, isStale, spokenDigits, warnIfStale, findDefaultResource } from '../../src/index.js';
import { captureWarnings, captureWarningsAsync } from './warnings.js';

describe('contactHref', () => {
  it('builds tel:, sms:, chat and mailto: links', () => {
    expect(contactHref({ channel: 'voice', value: '+18007997233' })).to.equal('tel:+18007997233');
    expect(contactHref({ channel: 'voice', shortCode: '988' })).to.equal('tel:988');
    expect(contactHref({ channel: 'textphone', value: '+18007873224' })).to.equal('tel:+18007873224');
    expect(contactHref({ channel: 'videophone', value: '+18005550100' })).to.equal('tel:+18005550100');
    expect(contactHref({ channel: 'voice', value: '+441234234567', extension: '100' })).to.equal(
      'tel:+441234234567;ext=100',
    );
    expect(contactHref({ channel: 'sms', shortCode: '88788', keyword: 'START' })).to.equal('sms:88788?body=START');
    expect(contactHref({ channel: 'sms', shortCode: '988' })).to.equal('sms:988');
    expect(contactHref({ channel: 'sms', value: '+18554842846' })).to.equal('sms:+18554842846');
    expect(contactHref({ channel: 'chat', value: 'https://www.thehotline.org/' })).to.equal(
      'https://www.thehotline.org/',
    );
    expect(contactHref({ channel: 'email', value: 'help@example.org' })).to.equal('mailto:help@example.org');
  });

  it('returns null for anything unsafe, even when the record skipped validation', () => {
    const { result, warnings } = captureWarnings(() => [
      contactHref({ channel: 'chat', value: 'javascript:alert(1)' }),
      contactHref({ channel: 'web', value: 'data:text/html,hi' }),
      contactHref({ channel: 'web', value: 'https://user:pw@example.org/' }),
      contactHref({ channel: 'voice', value: '+1800;javascript:alert(1)' }),
      contactHref({ channel: 'voice' }),
      contactHref({ channel: 'sms', shortCode: '88788', keyword: 'START&body=other' }),
      contactHref({ channel: 'voice', shortCode: '988', extension: '1;x' }),
      contactHref({ channel: 'fax' as never, value: '+18005550100' }),
    ]);
    expect(result).to.deep.equal([null, null, null, null, null, null, null, null]);
    expect(warnings.length).to.be.greaterThan(0);
  });
});

describe('spokenDigits', () => {
  it('spells numbers digit by digit', () => {
    expect(spokenDigits('988')).to.equal('9 8 8');
    expect(spokenDigits('+1 800 799 7233')).to.equal('1 8 0 0 7 9 9 7 2 3 3');
    expect(spokenDigits('+18007997233')).to.equal('1 8 0 0 7 9 9 7 2 3 3');
    expect(spokenDigits('none')).to.equal('');
  });
});

describe('isStale and warnIfStale', () => {
  const hotline = findDefaultResource('988-lifeline')!;
  it('is stale only after the review date', () => {
    expect(isStale(hotline, new Date('2027-05-01T23:00:00Z'))).to.be.false;
    expect(isStale(hotline, new Date('2027-05-02T00:00:00Z'))).to.be.true;
  });

  it('makes no claim for a record that never said when it was checked', () => {
    const { reviewBy, ...undated } = hotline.provenance;
    void reviewBy;
    expect(isStale({ ...hotline, provenance: undated }, new Date('2099-01-01T00:00:00Z'))).to.be.false;
  });

  /** Runs `run`, then lets the microtask that gives the gathered warning run. */
  const gathered = <T>(run: () => T) =>
    captureWarningsAsync(async () => {
      const result = run();
      await null;
      return result;
    });

  it('warns once, naming the record and its source, only when stale', async () => {
    const fresh = await gathered(() => warnIfStale(hotline, new Date('2026-12-01T00:00:00Z')));
    expect(fresh).to.deep.equal({ result: false, warnings: [] });
    const stale = await gathered(() => [
      warnIfStale(hotline, new Date('2028-01-01T00:00:00Z')),
      warnIfStale(hotline, new Date('2028-01-01T00:00:00Z')),
    ]);
    expect(stale.result).to.deep.equal([true, true]);
    expect(stale.warnings).to.have.length(1);
    expect(stale.warnings[0])
      .to.contain('"988-lifeline"')
      .and.contain('2027-05-01')
      .and.contain('https://988lifeline.org/');
  });

  it('gives the records found stale together one console warning, a line each, and never repeats one', async () => {
    const later = new Date('2099-01-01T00:00:00Z');
    const [first, second, third] = ['988-lifeline', 'ndvh', 'victimconnect'].map((id) => findDefaultResource(id)!);
    const { warnings } = await captureWarningsAsync(async () => {
      warnIfStale(first, later);
      warnIfStale(second, later);
      await null; // one render ends; the next reports a record already named and a new one
      warnIfStale(second, later);
      warnIfStale(third, later);
      await null;
    });
    expect(warnings).to.have.length(2);
    const lines = warnings.map((warning) => warning.split('\n'));
    expect(lines[0]).to.have.length(2);
    expect(lines[0][0]).to.match(/^\[stalking-awareness\] Resource "988-lifeline" was due for review/);
    expect(lines[0][1]).to.match(/^Resource "ndvh" was due for review/);
    expect(lines[1]).to.have.length(1);
    expect(lines[1][0]).to.contain('"victimconnect" was due for review');
  });
});

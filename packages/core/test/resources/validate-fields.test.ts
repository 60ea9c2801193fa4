// The field checks core exports for data that is not a whole resource (an
// agency's caseworker line, wording and links): the same rules as a
// resource's contacts, hours, text and URLs, reported by path, never warned.
import { expect } from '@open-wc/testing';
import { validateContacts, validateHours, validatePlainText, validateWebUrl } from '../../src/index.js';
import { captureWarnings } from './warnings.js';

describe('field validation outside a resource', () => {
  it('checks contacts with the resource rules, path by path', () => {
    expect(
      validateContacts(
        [
          { channel: 'voice', value: '+15555550123' },
          { channel: 'voice', value: '555-0199' },
          { channel: 'web', value: 'javascript:alert(1)' },
        ],
        'caseworker.contacts',
      ).map((issue) => issue.path),
    ).to.deep.equal(['caseworker.contacts[1].value', 'caseworker.contacts[2].value']);
    expect(validateContacts('+15555550123', 'contacts')).to.deep.equal([
      { path: 'contacts', message: 'must be an array, not string "+15555550123"' },
    ]);
  });

  it('checks hours with the resource rules', () => {
    expect(
      validateHours({
        type: 'weekly',
        timeZone: 'America/Chicago',
        weekly: [{ days: ['mo'], opens: '08:00', closes: '17:00' }],
      }),
    ).to.deep.equal([]);
    expect(validateHours({ type: 'weekly', timeZone: 'Mars/Olympus', weekly: [] }, 'hours')[0]!.path).to.equal(
      'hours.timeZone',
    );
  });

  it('checks plain text and web URLs, and warns nothing', () => {
    const { warnings } = captureWarnings(() => {
      expect(validatePlainText('Ask us about good cause.', 'text')).to.deep.equal([]);
      expect(validatePlainText('Ask <b>us</b>', 'text')[0]!.message).to.equal('must be plain text, not HTML markup');
      expect(validatePlainText(undefined, 'text', { required: true })[0]!.message).to.equal('is required');
      expect(validatePlainText('x'.repeat(11), 'text', { max: 10 })[0]!.message).to.equal(
        'must be at most 10 characters',
      );
      expect(validateWebUrl('https://example.org/', 'url')).to.deep.equal([]);
      expect(validateWebUrl('javascript:alert(1)', 'url')[0]!.path).to.equal('url');
      expect(validateWebUrl(undefined, 'url')).to.deep.equal([]);
      expect(validateWebUrl(undefined, 'url', true)[0]!.message).to.equal('is required');
    });
    expect(warnings).to.deep.equal([]);
  });
});

import { expect } from '@open-wc/testing';
import { safeUrl } from '../src/url/safe-url.js';
import { resetWarnings } from '../src/warn.js';

const SAFE: Array<[string, string]> = [
  ['https://www.thehotline.org/', 'https://www.thehotline.org/'],
  ['http://example.org/a?b=c#d', 'http://example.org/a?b=c#d'],
  ['  https://www.rainn.org/  ', 'https://www.rainn.org/'],
  ['HTTPS://WWW.WOMENSLAW.ORG/', 'https://www.womenslaw.org/'],
  ['tel:+18007997233', 'tel:+18007997233'],
  ['tel:988', 'tel:988'],
  ['tel:911', 'tel:911'],
  ['sms:88788?body=START', 'sms:88788?body=START'],
  ['sms:988', 'sms:988'],
  ['mailto:help@example.org', 'mailto:help@example.org'],
  ['https://victimconnect.org/', 'https://victimconnect.org/'],
  ['https://例え.jp/', 'https://xn--r8jz45g.jp/'],
];

const HOSTILE: string[] = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\u0000script:alert(1)',
  'javascript&colon;alert(1)',
  'jav&#x09;ascript:alert(1)',
  '\u0001javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'blob:https://example.org/uuid',
  'file:///etc/passwd',
  'ftp://example.org/',
  'https://user:pass@example.org/',
  'https://user@example.org/',
  'http://:pw@example.org/',
  'https://exa\u202emple.org/',
  'https://example.org/\u0007',
  '',
  '   ',
  'http://',
  'https://',
  'tel:javascript:alert(1)',
  'tel:+1<script>',
  'sms:"onmouseover=alert(1)',
  'about:blank',
  'chrome://settings',
  'intent://scan/#Intent;scheme=zxing;end',
  `https://example.org/${'a'.repeat(3000)}`,
];

describe('safeUrl', () => {
  let warnings: string[];
  let originalWarn: typeof console.warn;
  beforeEach(() => {
    resetWarnings();
    warnings = [];
    originalWarn = console.warn;
    console.warn = (message: string) => warnings.push(message);
  });
  afterEach(() => {
    console.warn = originalWarn;
  });

  for (const [input, expected] of SAFE) {
    it(`allows ${JSON.stringify(input)}`, () => {
      expect(safeUrl(input)).to.equal(expected);
      expect(warnings).to.have.length(0);
    });
  }

  for (const input of HOSTILE) {
    it(`rejects ${JSON.stringify(input.slice(0, 60))}`, () => {
      // Relative hostile strings resolve against a base; an https base must not rescue them into links.
      const result = safeUrl(input, { base: 'about:blank' });
      expect(result).to.equal(null);
      expect(warnings).to.have.length(1);
    });
  }

  it('rejects non-strings', () => {
    for (const value of [undefined, null, 42, {}, ['https://a.example/']]) {
      expect(safeUrl(value)).to.equal(null);
    }
  });

  it('narrows the allowed schemes per call', () => {
    expect(safeUrl('tel:988', { schemes: ['https:', 'http:'] })).to.equal(null);
    expect(safeUrl('https://www.weather.gov/', { schemes: ['https:', 'http:'] })).to.equal('https://www.weather.gov/');
  });

  it('names the rejected value and the context once, however often it is seen', () => {
    safeUrl('javascript:alert(1)', { context: 'resource "x" url' });
    safeUrl('javascript:alert(1)', { context: 'resource "x" url' });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('javascript:alert(1)').and.to.contain('resource "x" url');
  });

  it('resolves relative URLs against the document', () => {
    expect(safeUrl('/help')).to.equal(new URL('/help', document.baseURI).href);
  });
});

describe('safeUrl without its own warning', () => {
  it('still rejects, but leaves the report to the caller', () => {
    resetWarnings();
    const messages: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => messages.push(message);
    try {
      expect(safeUrl('https://user:pw@example.org/', { warn: false })).to.equal(null);
    } finally {
      console.warn = original;
    }
    expect(messages).to.deep.equal([]);
  });
});

import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { defineElement } from '../src/base/define-element.js';
import { SaElement } from '../src/base/sa-element.js';
import { resetWarnings } from '../src/warn.js';
import { captureWarnings } from '../src/testing.js';

let count = 0;
const uniqueTag = () => `sa-define-test-${++count}`;

describe('defineElement', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    resetWarnings();
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  it('registers a free tag', () => {
    class Free extends SaElement {}
    const tag = uniqueTag();
    defineElement(tag, Free);
    expect(customElements.get(tag)).to.equal(Free);
    expect(document.createElement(tag)).to.be.instanceOf(Free);
  });

  it('does nothing, silently, when the same class is defined twice', () => {
    class Twice extends SaElement {}
    const tag = uniqueTag();
    defineElement(tag, Twice);
    expect(() => defineElement(tag, Twice)).not.to.throw();
    expect(customElements.get(tag)).to.equal(Twice);
    expect(warnings.messages).to.have.length(0);
  });

  it('keeps the first class when another class of the same version claims the tag', () => {
    class First extends SaElement {}
    class Second extends SaElement {}
    const tag = uniqueTag();
    defineElement(tag, First);
    expect(() => defineElement(tag, Second)).not.to.throw();
    expect(customElements.get(tag)).to.equal(First);
    expect(warnings.messages).to.have.length(0);
  });

  it('warns once, naming both versions, when another version of the library claims the tag', () => {
    class Current extends SaElement {}
    // What a second copy of the library, loaded by another script, looks like.
    class OtherCopy extends LitElement {
      static version = '9.9.9';
      override render() {
        return html`other`;
      }
    }
    const tag = uniqueTag();
    defineElement(tag, Current);
    expect(() => defineElement(tag, OtherCopy)).not.to.throw();
    expect(() => defineElement(tag, OtherCopy)).not.to.throw();
    expect(customElements.get(tag)).to.equal(Current);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('9.9.9').and.to.contain(Current.version).and.to.contain(tag);
  });

  it('lets a host register a class under a tag name of its own, as well as ours', () => {
    class Shared extends SaElement {}
    const ours = uniqueTag();
    defineElement(ours, Shared);
    defineElement('agency-exit-button', Shared);
    const theirs = customElements.get('agency-exit-button');
    expect(theirs).to.exist;
    expect(document.createElement('agency-exit-button')).to.be.instanceOf(Shared);
  });

  it('never throws when the tag name is invalid, and says why', () => {
    class Invalid extends SaElement {}
    expect(() => defineElement('NotValid', Invalid)).not.to.throw();
    expect(warnings.messages.join()).to.contain('could not be registered');
  });
});

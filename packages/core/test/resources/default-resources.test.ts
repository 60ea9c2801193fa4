import { expect } from '@open-wc/testing';
import {
  contactHref,
  defaultResources,
  findDefaultResource,
  localizeResource,
  validateResources,
} from '../../src/index.js';
import { isCheckDate, isLocalDate } from '../../src/resources/patterns.js';

describe('defaultResources', () => {
  it('passes validation in full', () => {
    const { resources, issues } = validateResources([...defaultResources]);
    expect(issues).to.deep.equal([]);
    expect(resources).to.have.length(defaultResources.length);
  });

  for (const resource of defaultResources) {
    describe(resource.id, () => {
      it('has a source, a review date, and a check date only as precise as its source', () => {
        const { source, verifiedOn, reviewBy } = resource.provenance;
        expect(source).to.match(/^https:\/\//);
        expect(isLocalDate(reviewBy), 'reviewBy').to.be.true;
        // No invented dates: the reference notes' own date (2026-11-01) and first-of-January stand-ins are gone.
        expect(verifiedOn, 'verifiedOn').not.to.equal('2026-11-01');
        expect(verifiedOn ?? '', 'verifiedOn').not.to.match(/-01-01$/);
        if (verifiedOn === undefined) return;
        expect(isCheckDate(verifiedOn), 'verifiedOn').to.be.true;
        expect(reviewBy! > verifiedOn).to.be.true;
      });

      it('is due for review a year after its source was checked, so an old source says so now', () => {
        const { verifiedOn, reviewBy } = resource.provenance;
        if (verifiedOn === undefined) {
          expect(reviewBy).to.equal('2027-05-01'); // six months after the undated reference notes
          return;
        }
        const year = Number(verifiedOn.slice(0, 4)) + 1;
        const expected = verifiedOn.length === 4 ? `${year}-01-01` : `${year}${verifiedOn.slice(4)}`;
        expect(reviewBy).to.equal(expected);
      });

      it('has a Spanish translation of its description and of every contact label', () => {
        const spanish = resource.translations?.es;
        expect(spanish?.description, 'es description').to.be.a('string').and.not.equal(resource.description);
        resource.contacts.forEach((contact, index) => {
          if (contact.label && contact.label !== 'TTY')
            expect(spanish?.contactLabels?.[index], `label ${index}`).to.be.a('string');
        });
      });

      it('explains in a note, in both languages, whatever is unverified', () => {
        const { verified, note } = resource.provenance;
        if (!verified) expect(note).to.be.a('string').and.not.empty;
        if (note) expect(resource.translations?.es?.note, 'es note').to.be.a('string').and.not.equal(note);
      });

      it('makes a safe link of every contact', () => {
        for (const contact of resource.contacts) expect(contactHref(contact), contact.channel).to.be.a('string');
      });
    });
  }

  it('lists SPARC as education with no phone line', () => {
    const sparc = findDefaultResource('sparc')!;
    expect(sparc.category).to.equal('education');
    expect(sparc.contacts.filter((contact) => contact.channel !== 'web')).to.deep.equal([]);
    expect(sparc.description).to.contain('does not run a hotline');
  });

  it('gives the National Domestic Violence Hotline exactly as published', () => {
    const hotline = findDefaultResource('ndvh')!;
    expect(hotline.hours).to.deep.equal({ type: 'always' });
    expect(hotline.contacts.map(contactHref)).to.deep.equal([
      'tel:+18007997233',
      'tel:+18007873224',
      'sms:88788?body=START',
      'https://www.thehotline.org/',
    ]);
    expect(hotline.contacts[0]!.display).to.equal('1-800-799-SAFE (7233)');
    expect(hotline.contacts[1]!.channel).to.equal('textphone');
  });

  it('gives 988 its 24/7 hours, and the hotline dates of its sources, not fresher ones', () => {
    expect(findDefaultResource('988-lifeline')!.hours).to.deep.equal({ type: 'always' });
    expect(findDefaultResource('ndvh')!.provenance).to.include({ verifiedOn: '2022-01-20', reviewBy: '2023-01-20' });
    expect(findDefaultResource('victimconnect')!.provenance.verifiedOn).to.equal('2022');
    expect(findDefaultResource('lawhelp')!.provenance.verifiedOn).to.equal('2013');
    expect(findDefaultResource('victimconnect')!.provenance.note).to.contain(
      'current operating status could not be confirmed',
    );
  });

  it('gives 988 and 911 as short codes in the emergency category', () => {
    for (const [id, code] of [
      ['988-lifeline', '988'],
      ['emergency-911', '911'],
    ] as const) {
      const resource = findDefaultResource(id)!;
      expect(resource.category).to.equal('emergency');
      expect(resource.contacts[0]).to.include({ channel: 'voice', shortCode: code });
      expect(resource.contacts[0]!.value).to.equal(undefined);
    }
  });

  it('leaves out what the reference notes could not confirm', () => {
    expect(findDefaultResource('rainn')!.contacts.map((contact) => contact.channel)).to.deep.equal(['voice', 'web']);
    expect(findDefaultResource('victimconnect')!.hours).to.equal(undefined);
    expect(findDefaultResource('victimconnect')!.provenance.verified).to.be.false;
    expect(findDefaultResource('988-lifeline')!.contacts.some((contact) => contact.channel === 'textphone')).to.be
      .false;
    expect(findDefaultResource('lawhelp')!.provenance.verified).to.be.false;
    expect(findDefaultResource('no-such-id')).to.equal(undefined);
  });

  it('cannot be changed in place by page scripts', () => {
    const hotline = findDefaultResource('ndvh')!;
    expect(() => ((hotline.contacts[0] as { value?: string }).value = '+15555550100')).to.throw(TypeError);
    expect(hotline.contacts[0]!.value).to.equal('+18007997233');
  });
});

describe('localizeResource', () => {
  it('applies Spanish text and labels but never changes numbers or links', () => {
    const lifeline = findDefaultResource('988-lifeline')!;
    const spanish = localizeResource(lifeline, 'es-MX');
    expect(spanish.description).to.contain('Puede llamar');
    expect(spanish.name).to.equal('988 Suicide & Crisis Lifeline');
    expect(spanish.contacts[3]!.label).to.equal('Para recibir ayuda en español, marque 2');
    expect(spanish.provenance.note).to.contain('marque 3');
    expect(spanish.contacts.map(contactHref)).to.deep.equal(lifeline.contacts.map(contactHref));
    expect(localizeResource(findDefaultResource('emergency-911')!, 'ES').name).to.equal(
      'Servicios de emergencia (911)',
    );
  });

  it('returns the record unchanged when there is no translation', () => {
    const hotline = findDefaultResource('ndvh')!;
    expect(localizeResource(hotline, 'en')).to.equal(hotline);
    expect(localizeResource({ ...hotline, translations: undefined }, 'es')).to.deep.equal({
      ...hotline,
      translations: undefined,
    });
  });
});

// The plain-language checks of the disclaimer and the alert are only as good
// as the measure behind them: these tests show it tells easy from hard text.
import { expect } from '@open-wc/testing';
import {
  englishSyllables,
  fernandezHuertaEase,
  fleschKincaidGrade,
  spanishGrade,
  spanishSyllables,
} from './helpers/readability.js';

const LEGALESE_EN = [
  'Notwithstanding any representation contained herein, the information disseminated through this communication ' +
    'is provided exclusively for informational purposes and shall not be construed as constituting legal advice ' +
    'or as establishing an attorney-client relationship, irrespective of the jurisdiction of residence.',
];
const LEGALESE_ES = [
  'No obstante cualquier manifestación contenida en el presente documento, la información divulgada mediante esta ' +
    'comunicación se proporciona exclusivamente con fines informativos y no deberá interpretarse como constitutiva de ' +
    'asesoramiento jurídico ni como generadora de una relación profesional entre abogado y cliente, independientemente ' +
    'de la jurisdicción de residencia.',
];

describe('readability helper', () => {
  it('counts English syllables', () => {
    const expected: Record<string, number> = {
      the: 1,
      staff: 1,
      cannot: 2,
      advice: 2,
      legal: 2,
      lawyer: 2,
      information: 4,
      situation: 4,
      general: 3,
      police: 2,
      program: 2,
      'WomensLaw.org': 5,
    };
    for (const [word, syllables] of Object.entries(expected)) {
      expect(englishSyllables(word), word).to.equal(syllables);
    }
  });

  it('counts Spanish syllables with diphthongs and hiatus', () => {
    const expected: Record<string, number> = {
      asesoría: 5,
      policía: 4,
      abogado: 4,
      ciudad: 2,
      aire: 2,
      país: 2,
      leer: 2,
      hoy: 1,
      que: 1,
      guerra: 2,
      programa: 3,
      información: 4,
      situación: 3,
      y: 1,
      teléfono: 4,
      historial: 3,
    };
    for (const [word, syllables] of Object.entries(expected)) {
      expect(spanishSyllables(word), word).to.equal(syllables);
    }
  });

  it('rates short plain English low and legalese high', () => {
    expect(fleschKincaidGrade(['Our staff cannot give legal advice. Talk with a lawyer.'])).to.be.below(6);
    expect(fleschKincaidGrade(LEGALESE_EN)).to.be.above(12);
  });

  it('rates short plain Spanish easy and legalese hard', () => {
    const plain = ['Nuestro personal no puede dar asesoría legal. Hable con un abogado.'];
    expect(fernandezHuertaEase(plain)).to.be.above(70);
    expect(spanishGrade(plain)).to.be.at.most(8);
    expect(fernandezHuertaEase(LEGALESE_ES)).to.be.below(50);
    expect(spanishGrade(LEGALESE_ES)).to.be.above(8);
  });

  it('treats each block as a sentence, so one long list item is not hidden by short ones', () => {
    expect(fleschKincaidGrade(['One item', 'Two item'])).to.be.below(fleschKincaidGrade(['One item two item']));
  });
});

// Issue 12, items 7 and 8: the bundled dataset's words are held to the same
// standard as the interface strings: at or below US grade 8 in English and in
// Spanish, acronyms spelled out, and Spanish as US Spanish readers read it.
import { expect } from '@open-wc/testing';
import { defaultResources } from '@stalking-awareness/core';
import { fleschKincaidGrade, spanishGrade } from './helpers/readability.js';

describe('bundled dataset wording', () => {
  for (const resource of defaultResources) {
    const spanish = resource.translations?.es;
    it(`${resource.id}: description and note read at or below grade 8 in English and Spanish`, () => {
      for (const text of [resource.description, resource.provenance.note].filter(Boolean) as string[]) {
        expect(fleschKincaidGrade([text]), text).to.be.at.most(8);
      }
      for (const text of [spanish?.description, spanish?.note].filter(Boolean) as string[]) {
        expect(spanishGrade([text]), text).to.be.at.most(8);
      }
    });

    it(`${resource.id}: spells out NNEDV wherever it uses it`, () => {
      if (resource.description.includes('NNEDV') && !resource.name.includes('NNEDV')) {
        expect(resource.description).to.contain('National Network to End Domestic Violence (NNEDV)');
      }
      if (spanish?.description?.includes('NNEDV') && !resource.name.includes('NNEDV')) {
        expect(spanish.description).to.contain('Red Nacional para Acabar con la Violencia Doméstica (NNEDV');
      }
    });

    it(`${resource.id}: Spanish uses usted forms and the project's terms`, () => {
      const texts = [spanish?.description, spanish?.note, ...Object.values(spanish?.contactLabels ?? {})].filter(
        Boolean,
      ) as string[];
      for (const text of texts) {
        // tú forms and Spain's words that US Spanish readers do not use.
        expect(text, text).not.to.match(/\b(puedes|llama|envía|tienes|tu|te)\b/i);
        expect(text, text).not.to.match(/\b(pulse|móvil|ordenador|vosotros)\b/i);
        // One term for advocate throughout, as in the interface strings.
        expect(text, text).not.to.match(/\b(intercesor|asesor de víctimas|defensora? de las víctimas)\b/i);
        // "Para recibir ayuda en español", not a bare "Para español".
        expect(text, text).not.to.match(/\bpara español\b/i);
      }
    });
  }
});

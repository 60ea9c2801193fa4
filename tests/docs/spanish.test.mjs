// Issue 12, item 7: the Spanish interface strings read as US Spanish readers
// read them (as NDVH's and WomensLaw's Spanish pages are written). Each rule
// below was once broken in packages/widgets/xliff/es.xlf.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const xml = readFileSync('packages/widgets/xliff/es.xlf', 'utf8');
const units = [
  ...xml.matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>\s*<target>([\s\S]*?)<\/target>/g),
].map(([, id, source, target]) => ({ id, source, target }));

function offending(pattern) {
  return units.filter(({ target }) => pattern.test(target)).map(({ id, target }) => `${id}: ${target}`);
}

describe('es.xlf', () => {
  it('has a Spanish target for every unit', () => {
    assert.ok(units.length > 100, `only ${units.length} units read`);
    assert.equal(units.length, (xml.match(/<trans-unit /g) ?? []).length);
  });

  const rules = [
    [/\bPulse\b|\bMayús\b/, 'US Spanish says "Presione la tecla Shift", not Spain\'s "Pulse Mayús"'],
    [/\b1 vez\b/, '"una vez más", not "1 vez más"'],
    [/\bpuede no\b/i, 'no calque: "puede que no se ajuste" / "es posible que no"'],
    [/\b(a|hasta) las <x /, 'the article comes with the time: "a la 1 p.m.", "a las 5 p.m."'],
    [/computadora o teléfono/, 'gender agreement: "en esta computadora o en este teléfono"'],
    [/\balertarl[ao]s?\b/, '"puede alertar a esa persona", not an ambiguous pronoun'],
    [/\b(puedes|tienes|usa tu|tu teléfono|llama al)\b/i, 'usted forms, never tú'],
    [/\b(intercesor|asesor de víctimas)\b/i, 'one term for advocate: "defensor de víctimas"'],
  ];
  for (const [pattern, why] of rules) {
    it(`never matches ${pattern}: ${why}`, () => {
      assert.deepEqual(offending(pattern), []);
    });
  }

  it('translates "advocate" as "defensor de víctimas" every time', () => {
    const advocates = units.filter(({ source }) => /\badvocate\b/i.test(source));
    assert.ok(advocates.length >= 3);
    for (const { id, target } of advocates) assert.match(target, /defensor de víctimas/, id);
  });
});

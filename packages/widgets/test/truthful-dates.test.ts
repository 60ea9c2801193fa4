// Issue 12, item 3 (and the card side of item 1): what a card implies about
// when its facts were checked, and about hours, must be as true as the facts.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { findDefaultResource, fromHsds, validateResources, type Resource } from '@stalking-awareness/core';
import { resetWarnings } from '@stalking-awareness/core/testing';
import '../src/resource-card/define.js';
import '../src/resource-list/define.js';
import '../src/hotline-banner/define.js';
import type { SaResourceCard } from '../src/resource-card/resource-card.js';
import type { SaResourceList } from '../src/resource-list/resource-list.js';
import type { SaHotlineBanner } from '../src/hotline-banner/index.js';
import { captureWarnings } from './helpers/content-fixtures.js';

// The day these tests pretend it is: Friday 27 November 2026, noon in New York.
const TODAY = new Date('2026-11-27T17:00:00Z');

const shadowText = (el: Element, selector: string) =>
  el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function bundledCard(id: string, lang = 'en'): Promise<SaResourceCard> {
  const wrapper = await fixture(
    html`<div lang=${lang}><sa-resource-card resource-id=${id} .now=${TODAY}></sa-resource-card></div>`,
  );
  const el = wrapper.querySelector<SaResourceCard>('sa-resource-card')!;
  await waitUntil(() => el.shadowRoot?.querySelector(`[lang="${lang}"]`), `never rendered in ${lang}`);
  return el;
}

describe('dates tell the truth', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    resetWarnings();
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  it('never shows an invented date for a source that gave none', async () => {
    for (const id of ['sparc', 'rainn', 'nnedv-safety-net', 'emergency-911']) {
      const provenance = shadowText(await bundledCard(id), '[part="provenance"]');
      expect(provenance, id).to.contain('Date checked not recorded');
      expect(provenance, id).not.to.match(/2026|November/);
    }
  });

  it('shows a year-only source as its year, never as January 1', async () => {
    const womenslaw = shadowText(await bundledCard('womenslaw'), '[part="provenance"]');
    expect(womenslaw).to.contain('Information checked in 2020');
    expect(womenslaw).not.to.contain('January');
    const lawhelp = shadowText(await bundledCard('lawhelp'), '[part="provenance"]');
    expect(lawhelp).to.contain('Information checked in 2013');
    const spanish = shadowText(await bundledCard('womenslaw', 'es'), '[part="provenance"]');
    expect(spanish).to.contain('Información revisada en 2020');
    expect(spanish).not.to.contain('enero');
  });

  it('shows old sources as due for review now, and a fresh undated one as not', async () => {
    for (const id of ['ndvh', 'victimconnect', 'womenslaw', 'lawhelp']) {
      const el = await bundledCard(id);
      expect(shadowText(el, '[part="card"]'), id).to.contain('These details are due to be checked again');
    }
    const lifeline = await bundledCard('988-lifeline');
    expect(shadowText(lifeline, '[part="card"]')).not.to.contain('due to be checked again');
    expect(shadowText(await bundledCard('ndvh'), '[part="provenance"]')).to.contain(
      'Information checked January 20, 2022',
    );
  });

  it('says which details could not be confirmed, in one status line, and shows the note', async () => {
    const victimConnect = await bundledCard('victimconnect');
    const provenance = shadowText(victimConnect, '[part="provenance"]');
    expect(provenance).to.contain('Information checked in 2022.');
    expect(provenance).to.contain('Its current operating status could not be confirmed.');
    expect(provenance).not.to.contain('Some details could not be confirmed');
    expect(victimConnect.shadowRoot!.querySelectorAll('[part="provenance"]')).to.have.length(1);
    // A confirmed record's note is shown too: 988's former "press 3" option.
    expect(shadowText(await bundledCard('988-lifeline'), '[part="provenance-note"]')).to.contain('press 3');
    // And in Spanish.
    expect(shadowText(await bundledCard('victimconnect', 'es'), '[part="provenance-note"]')).to.contain(
      'No se pudo confirmar si sigue funcionando',
    );
  });

  it('never puts a checked date beside "some details could not be confirmed" without saying which', async () => {
    const record: Resource = {
      ...findDefaultResource('ndvh')!,
      id: 'unsure-line',
      provenance: { source: 'https://example.org/', verified: false, verifiedOn: '2026-03-03', reviewBy: '2099-01-01' },
    };
    const el = await fixture<SaResourceCard>(
      html`<sa-resource-card .resource=${record} .now=${TODAY}></sa-resource-card>`,
    );
    const provenance = shadowText(el, '[part="provenance"]');
    expect(provenance).to.contain('Some details could not be confirmed at the source.');
    expect(provenance).not.to.contain('Information checked');
  });

  it('gives imported HSDS data without assured_date no date at all, not today', async () => {
    const [service] = validateResources(
      fromHsds({ id: 'svc-1', name: 'County Line', status: 'active', url: 'https://example.org/', phones: [] }),
      { warn: false },
    ).resources;
    expect(service!.provenance.verifiedOn).to.equal(undefined);
    const el = await fixture<SaResourceList>(
      html`<sa-resource-list .resources=${[service]} .now=${TODAY}></sa-resource-list>`,
    );
    const provenance = shadowText(el, '[part="provenance"]');
    expect(provenance).to.contain('Date checked not recorded');
    expect(provenance).not.to.contain('November 27, 2026');
    expect(shadowText(el, '[part="card"]')).not.to.contain('due to be checked again');
  });

  it('says VictimConnect’s operating status could not be confirmed in the compact and sticky banners', async () => {
    for (const variant of ['compact', 'sticky']) {
      const el = await fixture<SaHotlineBanner>(
        html`<sa-hotline-banner variant=${variant} resource-id="victimconnect" .now=${TODAY}></sa-hotline-banner>`,
      );
      expect(shadowText(el, '[part~="unverified"]'), variant).to.equal(
        'Its current operating status could not be confirmed.',
      );
      el.remove();
    }
  });
});

describe('hours are never implied', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    resetWarnings();
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  it('shows 988 as open 24 hours a day, from its new source', async () => {
    expect(shadowText(await bundledCard('988-lifeline'), '[part="open-status"]')).to.equal('Open now, 24 hours a day');
  });

  it('says "Hours not listed" for a line without hours, never "Closed"', async () => {
    for (const id of ['rainn', 'victimconnect']) {
      const el = await bundledCard(id);
      const status = el.shadowRoot!.querySelector<HTMLElement>('[part="open-status"]')!;
      expect(status.textContent!.trim(), id).to.equal('Hours not listed');
      expect(status.dataset['state']).to.equal('unknown');
      expect(shadowText(el, '[part="card"]')).not.to.contain('Closed');
    }
    expect(shadowText(await bundledCard('rainn', 'es'), '[part="open-status"]')).to.equal('Horario no indicado');
  });

  it('says "Hours not listed" in a banner too, never "Closed"', async () => {
    const el = await fixture<SaHotlineBanner>(
      html`<sa-hotline-banner resource-ids="rainn victimconnect" .now=${TODAY}></sa-hotline-banner>`,
    );
    const statuses = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="status"]')];
    expect(statuses.map((status) => status.textContent!.trim())).to.deep.equal([
      'Hours not listed',
      'Hours not listed',
    ]);
    expect(statuses.every((status) => status.dataset['state'] === 'unknown')).to.equal(true);
  });

  it('says nothing about hours for web pages and for 911', async () => {
    for (const id of ['womenslaw', 'emergency-911']) {
      expect((await bundledCard(id)).shadowRoot!.querySelector('[part="hours"]'), id).to.equal(null);
    }
  });

  it('writes "a la 1 p.m." and "a las 5 p.m." in Spanish', async () => {
    const line = (closes: string): Resource => ({
      ...findDefaultResource('ndvh')!,
      id: `closes-${closes}`,
      hours: {
        type: 'weekly',
        timeZone: 'America/New_York',
        weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes }],
      },
      provenance: { source: 'https://example.org/', verified: true, verifiedOn: '2026-03-03', reviewBy: '2099-01-01' },
    });
    const noon = new Date('2026-03-11T16:00:00Z'); // Wednesday, noon in New York
    const status = async (resource: Resource) => {
      const wrapper = await fixture(
        html`<div lang="es"><sa-resource-card .resource=${resource} .now=${noon}></sa-resource-card></div>`,
      );
      const el = wrapper.querySelector('sa-resource-card')!;
      await waitUntil(() => el.shadowRoot?.querySelector('[lang="es"]'));
      return shadowText(el, '[part="open-status"]').replace(/\u202f/g, ' ');
    };
    expect(await status(line('13:00'))).to.match(/^Abierto ahora, hasta la 1 p\. ?m\./);
    expect(await status(line('17:00'))).to.match(/^Abierto ahora, hasta las 5 p\. ?m\./);
  });
});

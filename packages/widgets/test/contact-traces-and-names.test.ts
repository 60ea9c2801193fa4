// Issue 12, items 2, 4 and 6: calls and texts leave traces and the widgets
// say so; the safety alert offers the advocate it recommends; every contact
// link's accessible name starts with what is seen and reads numbers in groups.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { contactHref, findDefaultResource } from '@stalking-awareness/core';
import { resetWarnings } from '@stalking-awareness/core/testing';
import '../src/resource-card/define.js';
import '../src/resource-list/define.js';
import '../src/hotline-banner/define.js';
import '../src/safety-alert/define.js';
import '../src/legal-disclaimer/define.js';
import { accessibleName } from './hotline-banner-helpers.js';
import { captureWarnings } from './helpers/content-fixtures.js';

const NOTE = "Calls and texts show up in your phone's call log and messages.";
const NOTE_ES = 'Las llamadas y los mensajes de texto quedan en el registro de llamadas';

async function rendered(template: ReturnType<typeof html>, tag: string, lang = 'en'): Promise<HTMLElement> {
  const wrapper = await fixture(html`<div lang=${lang}>${template}</div>`);
  const el = wrapper.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(tag)!;
  await waitUntil(() => el.shadowRoot?.querySelector(`[lang="${lang}"]`), `<${tag}> never rendered in ${lang}`);
  await el.updateComplete;
  return el;
}

const notes = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="call-trace-note"]')];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const contactLinks = (el: Element, selector = 'a[data-channel]') => [
  ...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>(selector),
];

/** The link's text as seen: the screen-reader-only digits left out. */
function visibleText(link: HTMLElement): string {
  const clone = link.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('.visually-hidden').forEach((node) => node.remove());
  return text(clone);
}

describe('calls and texts leave traces: the note', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    resetWarnings();
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  it('is shown once, right after the call and text links, on a card, a list, a banner and the alert', async () => {
    const card = await rendered(html`<sa-resource-card resource-id="ndvh"></sa-resource-card>`, 'sa-resource-card');
    expect(notes(card)).to.have.length(1);
    expect(text(notes(card)[0]))
      .to.contain(NOTE)
      .and.contain('a safer phone');
    expect(notes(card)[0]!.previousElementSibling?.getAttribute('part')).to.equal('contacts');

    const list = await rendered(html`<sa-resource-list></sa-resource-list>`, 'sa-resource-list');
    expect(notes(list), 'once per list, not once per card').to.have.length(1);
    expect(notes(list)[0]!.previousElementSibling?.getAttribute('part')).to.equal('emergency');

    const banner = await rendered(html`<sa-hotline-banner></sa-hotline-banner>`, 'sa-hotline-banner');
    expect(notes(banner)).to.have.length(1);

    for (const variant of ['banner', 'inline', 'emergency']) {
      const alert = await rendered(html`<sa-safety-alert variant=${variant}></sa-safety-alert>`, 'sa-safety-alert');
      expect(notes(alert), variant).to.have.length(1);
    }
  });

  it('is not shown where there is nothing to call or text', async () => {
    const card = await rendered(
      html`<sa-resource-card resource-id="nnedv-safety-net"></sa-resource-card>`,
      'sa-resource-card',
    );
    expect(notes(card)).to.have.length(0);
  });

  it('speaks Spanish', async () => {
    const card = await rendered(
      html`<sa-resource-card resource-id="ndvh"></sa-resource-card>`,
      'sa-resource-card',
      'es',
    );
    expect(text(notes(card)[0]))
      .to.contain(NOTE_ES)
      .and.contain('un teléfono más seguro');
  });

  it('can be switched off only explicitly, with call-trace-note="off"', async () => {
    for (const tag of ['sa-resource-card', 'sa-resource-list', 'sa-hotline-banner', 'sa-safety-alert']) {
      const wrapper = await fixture(html`<div></div>`);
      wrapper.innerHTML = `<${tag} resource-id="ndvh" call-trace-note="off"></${tag}>`;
      const off = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
      await off.updateComplete;
      expect(notes(off), `${tag} off`).to.have.length(0);

      wrapper.innerHTML = `<${tag} resource-id="ndvh" call-trace-note="no"></${tag}>`;
      const typo = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
      await typo.updateComplete;
      expect(notes(typo), `${tag} with a value that is not "off" keeps the note`).to.have.length(1);
    }
    expect(warnings.messages.join('\n')).to.contain('call-trace-note "no" is not one of "on", "off"');
  });
});

describe('the safety alert offers the advocate it recommends', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    resetWarnings();
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  it("offers the hotline's call, TTY, text and chat, from the bundled dataset", async () => {
    const alert = await rendered(html`<sa-safety-alert></sa-safety-alert>`, 'sa-safety-alert');
    const advocate = alert.shadowRoot!.querySelector('[part="advocate"]')!;
    expect(text(advocate)).to.contain('To talk with an advocate, contact the National Domestic Violence Hotline');
    const hotline = findDefaultResource('ndvh')!;
    const expected = hotline.contacts.filter((contact) => contact.channel !== 'web').map(contactHref);
    expect(contactLinks(alert, '[part="advocate"] a').map((a) => a.getAttribute('href'))).to.deep.equal(expected);
    expect(contactLinks(alert).some((a) => a.getAttribute('href') === 'tel:911')).to.equal(false);
    await expect(alert).to.be.accessible();
  });

  it('reports a used hotline link as sa-resource-action, like the other elements', async () => {
    const alert = await rendered(html`<sa-safety-alert></sa-safety-alert>`, 'sa-safety-alert');
    const seen: unknown[] = [];
    alert.addEventListener('sa-resource-action', (event) => seen.push((event as CustomEvent).detail));
    const call = alert.shadowRoot!.querySelector<HTMLAnchorElement>('[part="advocate"] a[data-channel="voice"]')!;
    call.addEventListener('click', (event) => event.preventDefault(), { once: true });
    call.click();
    expect(seen).to.deep.equal([{ resourceId: 'ndvh', channel: 'voice' }]);
  });

  it('puts 911 in the emergency variant, visible without opening anything', async () => {
    const alert = await rendered(html`<sa-safety-alert variant="emergency"></sa-safety-alert>`, 'sa-safety-alert');
    const emergency = alert.shadowRoot!.querySelector<HTMLElement>('[part="emergency"]')!;
    expect(emergency.closest('details')).to.equal(null);
    const link = emergency.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('tel:911');
    expect(await accessibleName(link)).to.equal('Call 911, 9 1 1');
    await expect(alert).to.be.accessible();
  });
});

describe('accessible names of contact links', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    resetWarnings();
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  for (const id of ['ndvh', '988-lifeline', 'sparc', 'victimconnect', 'rainn']) {
    it(`on the ${id} card begin with the visible text and are all different`, async () => {
      const card = await rendered(html`<sa-resource-card resource-id=${id}></sa-resource-card>`, 'sa-resource-card');
      const links = contactLinks(card);
      const names = await Promise.all(links.map((link) => accessibleName(link)));
      links.forEach((link, index) => expect(names[index]).to.satisfy((n: string) => n.startsWith(visibleText(link))));
      expect(new Set(names).size, names.join(' | ')).to.equal(names.length);
    });
  }

  it('read long numbers in groups and short codes digit by digit', async () => {
    const card = await rendered(html`<sa-resource-card resource-id="ndvh"></sa-resource-card>`, 'sa-resource-card');
    const names = await Promise.all(contactLinks(card).map((link) => accessibleName(link)));
    expect(names).to.include('Call 1-800-799-SAFE (7233), 1, 8 0 0, 7 9 9, 7 2 3 3');
    expect(names).to.include('TTY (text telephone) 1-800-787-3224, 1, 8 0 0, 7 8 7, 3 2 2 4');
    expect(names).to.include('Text START to 88788, 8 8 7 8 8');
  });

  it('name the 988 line once: one "Call 988", the Spanish and Veterans routes said next to it', async () => {
    const card = await rendered(
      html`<sa-resource-card resource-id="988-lifeline"></sa-resource-card>`,
      'sa-resource-card',
    );
    // Issue 20: no repeated actions. The three routes dial one number, so the card offers one link.
    const names = await Promise.all(contactLinks(card, 'a[href="tel:988"]').map((link) => accessibleName(link)));
    expect(names).to.deep.equal(['Call 988, 9 8 8']);
    const also = card.shadowRoot!.querySelector('a[href="tel:988"]')!.nextElementSibling;
    expect(also?.textContent).to.equal('Spanish: press 2 · Veterans: press 1');
  });

  it('mark AYUDA as Spanish on an English page', async () => {
    const card = await rendered(
      html`<sa-resource-card resource-id="988-lifeline"></sa-resource-card>`,
      'sa-resource-card',
    );
    const ayuda = card.shadowRoot!.querySelector('a[href="sms:988?body=AYUDA"] [lang="es"]');
    expect(ayuda?.textContent).to.equal('AYUDA');
  });

  it('tell Spanish readers when a link opens a page in English', async () => {
    const card = await rendered(
      html`<sa-resource-card resource-id="ndvh"></sa-resource-card>`,
      'sa-resource-card',
      'es',
    );
    const chat = card.shadowRoot!.querySelector<HTMLAnchorElement>('a[data-channel="chat"]')!;
    expect(visibleText(chat)).to.equal('Chatear en línea (página en inglés)');
    expect(chat.getAttribute('hreflang')).to.equal('en');
    const english = await rendered(html`<sa-resource-card resource-id="ndvh"></sa-resource-card>`, 'sa-resource-card');
    expect(visibleText(english.shadowRoot!.querySelector<HTMLElement>('a[data-channel="chat"]')!)).to.equal(
      'Chat online',
    );
  });

  it('tell Spanish readers that the legal and technology-safety sites are in English', async () => {
    const disclaimer = await rendered(html`<sa-legal-disclaimer></sa-legal-disclaimer>`, 'sa-legal-disclaimer', 'es');
    const links = [...disclaimer.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[data-resource]')];
    expect(links.length).to.be.greaterThan(0);
    for (const link of links) {
      expect(text(link), link.dataset['resource']).to.contain('(página en inglés)');
      expect(link.getAttribute('hreflang')).to.equal('en');
    }
    const alert = await rendered(html`<sa-safety-alert></sa-safety-alert>`, 'sa-safety-alert', 'es');
    expect(text(alert.shadowRoot!.querySelector('[part="link"]'))).to.contain('(página en inglés)');
  });
});

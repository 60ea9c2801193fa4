import { expect, fixture, html } from '@open-wc/testing';
import { matchLocale, setLocale } from '../src/localization/locale.js';
import { overrideMessages } from '../src/localization/override-messages.js';
import { LocalizedProbe, untilText } from './helpers/localized-probe.js';

const EN = 'Exit this page';
const ES = 'Salir de esta página';

describe('localization', () => {
  let originalLang: string;
  beforeEach(() => {
    originalLang = document.documentElement.lang;
    document.documentElement.lang = 'en';
  });
  afterEach(() => {
    document.documentElement.lang = originalLang;
    setLocale(undefined);
  });

  it('re-renders in Spanish when <html lang> switches from en to es, and back', async () => {
    const el = await fixture<LocalizedProbe>(html`<sa-localized-probe></sa-localized-probe>`);
    expect(el.greeting).to.equal(EN);
    document.documentElement.lang = 'es';
    await untilText(() => el.greeting, ES);
    expect(el.shadowRoot!.querySelector('p')!.getAttribute('lang')).to.equal('es');
    document.documentElement.lang = 'en';
    await untilText(() => el.greeting, EN);
  });

  it('follows the nearest ancestor before <html lang>', async () => {
    const wrapper = await fixture(
      html`<section lang="es-MX">
        <div><sa-localized-probe></sa-localized-probe></div>
      </section>`,
    );
    const el = wrapper.querySelector<LocalizedProbe>('sa-localized-probe')!;
    await untilText(() => el.greeting, ES);
    expect(el.locale).to.equal('es');
  });

  it('follows its own lang before any ancestor', async () => {
    const wrapper = await fixture(
      html`<section lang="es"><sa-localized-probe lang="en"></sa-localized-probe></section>`,
    );
    const el = wrapper.querySelector<LocalizedProbe>('sa-localized-probe')!;
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(el.greeting).to.equal(EN);
    el.setAttribute('lang', 'es');
    await untilText(() => el.greeting, ES);
  });

  it('renders two elements in two languages on one page', async () => {
    const wrapper = await fixture(
      html`<div>
        <sa-localized-probe lang="es"></sa-localized-probe><sa-localized-probe lang="en"></sa-localized-probe>
      </div>`,
    );
    const [spanish, english] = wrapper.querySelectorAll<LocalizedProbe>('sa-localized-probe');
    await untilText(() => spanish!.greeting, ES);
    expect(english!.greeting).to.equal(EN);
  });

  it('falls back to English, never another language, for a language it does not have', async () => {
    const el = await fixture<LocalizedProbe>(html`<sa-localized-probe lang="fr"></sa-localized-probe>`);
    await new Promise((r) => setTimeout(r, 50));
    expect(el.greeting).to.equal(EN);
    expect(el.locale).to.equal('en');
  });

  it('fills values into translated templates', async () => {
    const el = await fixture<LocalizedProbe>(html`<sa-localized-probe lang="es" count="1"></sa-localized-probe>`);
    await untilText(() => el.countText, 'Pulse Mayús 1 veces más');
    expect(new LocalizedProbe().count).to.equal(2);
  });

  it('lets a host set the language for every element without its own lang', async () => {
    const el = await fixture<LocalizedProbe>(html`<sa-localized-probe></sa-localized-probe>`);
    setLocale('es');
    await untilText(() => el.greeting, ES);
    setLocale(undefined);
    await untilText(() => el.greeting, EN);
  });

  it('lets a host override any built-in string, and add a language', async () => {
    const el = await fixture<LocalizedProbe>(html`<sa-localized-probe lang="fr" count="3"></sa-localized-probe>`);
    overrideMessages('fr', {
      'probe.greeting': 'Quitter cette page',
      'probe.count': 'Appuyez encore {0} fois sur Maj',
    });
    await untilText(() => el.greeting, 'Quitter cette page');
    expect(el.countText).to.equal('Appuyez encore 3 fois sur Maj');
    expect(el.locale).to.equal('fr');
  });

  it("keeps a host's placeholder that has no value as written, so the mistake shows", async () => {
    const el = await fixture<LocalizedProbe>(html`<sa-localized-probe lang="fr-CA" count="0"></sa-localized-probe>`);
    overrideMessages('fr-CA', { 'probe.count': 'Encore {0} fois ({1})' });
    await untilText(() => el.countText, 'Encore 0 fois ({1})');
  });

  it('matches BCP 47 tags to what is available', () => {
    expect(matchLocale('es-MX', ['en', 'es'])).to.equal('es');
    expect(matchLocale('ES', ['en', 'es'])).to.equal('es');
    expect(matchLocale('es_US', ['en', 'es'])).to.equal('es');
    expect(matchLocale('pt-BR', ['en', 'es'])).to.equal('en');
    expect(matchLocale('', ['en', 'es'])).to.equal('en');
  });
});

describe('regional overrides', () => {
  afterEach(() => setLocale(undefined));

  it('sit on top of the language we ship, never on English', async () => {
    overrideMessages('es-MX', { 'probe.count': 'Oprima Mayús {0} veces más' });
    const el = await fixture<LocalizedProbe>(html`<sa-localized-probe lang="es-MX" count="2"></sa-localized-probe>`);
    await untilText(() => el.greeting, ES);
    expect(el.countText).to.equal('Oprima Mayús 2 veces más');
    expect(el.locale).to.equal('es-mx');
  });
});

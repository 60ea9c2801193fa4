import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../packages/widgets/src/define-all.js';
import {
  buildEmbed,
  contrastRatio,
  PUBLIC_CDN_PRIVACY_NOTE,
  type EmbedOptions,
} from '../../stories/embed-builder/embed-html.js';
import { snippetOf, type EmbedBuilder } from '../../stories/embed-builder/embed-builder.js';

type Manifest = EmbedOptions['manifest'];

// Built files (npm run build): the builder reads exactly these.
const load = (path: string) => fetch(path).then((response) => response.json());
let manifest: Manifest;
let elementsManifest: unknown;
before(async () => {
  manifest = await load('/packages/widgets/cdn/manifest.json');
  elementsManifest = await load('/packages/widgets/custom-elements.json');
});

const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');

describe('embed builder: the HTML it generates', () => {
  it('loads from the self-hosted folder by default, each file pinned by its manifest hash', () => {
    const embed = buildEmbed({ manifest, elements: [{ tag: 'sa-hotline-banner' }] });
    const head = parse(embed.head).head;
    const script = head.querySelector('script[type="module"]')!;
    expect(script.getAttribute('src')).to.equal('/sa-widgets/sa-widgets.js');
    expect(script.getAttribute('integrity')).to.equal(manifest.files['sa-widgets.js']!.integrity);
    const link = head.querySelector('link[rel="stylesheet"]')!;
    expect(link.getAttribute('integrity')).to.equal(manifest.files['sa-widgets-undefined.css']!.integrity);
    const { integrity } = JSON.parse(head.querySelector('script[type="importmap"]')!.textContent!);
    const chunks = Object.keys(manifest.files).filter((file) => /^chunks\/sa-widgets-.*\.js$/.test(file));
    expect(chunks.length).to.be.greaterThan(0);
    expect(integrity).to.deep.equal(
      Object.fromEntries(chunks.map((file) => [`/sa-widgets/${file}`, manifest.files[file]!.integrity])),
    );
    expect(embed.head + embed.body).not.to.include('unpkg');
    expect(embed.notes).to.deep.equal([]);
  });

  it('Spanish elements load sa-widgets.es.js (their Spanish built in), its own chunks pinned', () => {
    const embed = buildEmbed({ manifest, lang: 'es', elements: [{ tag: 'sa-hotline-banner' }] });
    const head = parse(embed.head).head;
    const script = head.querySelector('script[type="module"]')!;
    expect(script.getAttribute('src')).to.equal('/sa-widgets/sa-widgets.es.js');
    expect(script.getAttribute('integrity')).to.equal(manifest.files['sa-widgets.es.js']!.integrity);
    const pinned = Object.keys(JSON.parse(head.querySelector('script[type="importmap"]')!.textContent!).integrity);
    expect(pinned.some((url) => url.includes('/chunks/sa-widgets.es-later-elements-'))).to.equal(true);
    expect(pinned.every((url) => url.startsWith('/sa-widgets/chunks/sa-widgets.es-'))).to.equal(true);
    const exitOnly = buildEmbed({ manifest, lang: 'es', elements: [{ tag: 'sa-quick-exit' }] });
    expect(parse(exitOnly.head).querySelector('script[type="module"]')!.getAttribute('src')).to.equal(
      '/sa-widgets/sa-quick-exit.es.js',
    );
  });

  it('offers the public CDN pinned to this version, with its privacy note', () => {
    const embed = buildEmbed({ manifest, source: 'cdn', elements: [{ tag: 'sa-quick-exit' }] });
    const script = parse(embed.head).querySelector('script[type="module"]')!;
    expect(script.getAttribute('src')).to.equal(
      `https://unpkg.com/@stalking-awareness/widgets@${manifest.version}/cdn/sa-quick-exit.js`,
    );
    expect(script.getAttribute('crossorigin')).to.equal('anonymous');
    expect(embed.notes).to.include(PUBLIC_CDN_PRIVACY_NOTE);
  });

  it("writes the partner's values as attributes, escaped, and a working fallback link for the quick exit", () => {
    const agency = 'Servicios "Manutención" <Infantil> & Co';
    const embed = buildEmbed({
      manifest,
      lang: 'es',
      elements: [
        { tag: 'sa-legal-disclaimer', attributes: { agency, variant: 'compact', 'heading-level': '' } },
        { tag: 'sa-resource-list', attributes: { search: true, 'open-now-filter': false } },
        { tag: 'sa-quick-exit', fallbackHref: 'https://www.example.org/' },
      ],
    });
    const body = parse(embed.body).body;
    expect(body.querySelector(':scope > div')!.getAttribute('lang')).to.equal('es');
    expect(body.querySelector(':scope > div > *')!.localName, 'the quick exit comes first').to.equal('sa-quick-exit');
    expect(body.querySelector('sa-quick-exit > a')!.outerHTML).to.equal(
      '<a href="https://www.example.org/" rel="noreferrer nofollow">Salir de esta página</a>',
    );
    const disclaimer = body.querySelector('sa-legal-disclaimer')!;
    expect(disclaimer.getAttribute('agency')).to.equal(agency);
    expect(disclaimer.getAttributeNames()).to.deep.equal(['agency', 'variant']);
    expect(body.querySelector('sa-resource-list')!.getAttributeNames()).to.deep.equal(['search']);
    expect(body.querySelectorAll('*').length).to.equal(5);
  });

  it('writes data-sa-widget markup for a CMS, leaving out what page content may not set', () => {
    const embed = buildEmbed({
      manifest,
      markup: 'data',
      elements: [{ tag: 'sa-resource-list', attributes: { categories: 'legal', src: '/our-data.json' } }],
    });
    expect(embed.body).to.equal('<div data-sa-widget="resource-list" data-categories="legal"></div>');
    expect(embed.notes.join(' ')).to.include('src on <sa-resource-list> is left out');
  });

  it('puts brand colours in CSS for the site stylesheet and warns about poor contrast', () => {
    const embed = buildEmbed({
      manifest,
      elements: [{ tag: 'sa-hotline-banner' }],
      tokens: { '--sa-color-accent': '#77aaff', '--sa-color-on-accent': '#ffffff', '--sa-color-text': '#000' },
    });
    expect(embed.css).to.equal(':root {\n  --sa-color-accent: #77aaff;\n  --sa-color-on-accent: #ffffff;\n}');
    expect(embed.notes.join(' ')).to.match(/contrast of 2\.\d\d:1; WCAG AA needs 4\.5:1/);
    expect(contrastRatio('#000000', '#ffffff')).to.be.closeTo(21, 0.01);
  });

  it('renders live: the elements of both markups upgrade on a page, and pass axe', async () => {
    const host = await fixture(html`<main></main>`);
    host.innerHTML =
      buildEmbed({ manifest, elements: [{ tag: 'sa-hotline-banner', attributes: { variant: 'compact' } }] }).body +
      buildEmbed({
        manifest,
        markup: 'data',
        elements: [{ tag: 'sa-legal-disclaimer', attributes: { agency: 'Child Support Services' } }],
      }).body;
    await waitUntil(
      () => host.querySelector('[data-sa-widget] > sa-legal-disclaimer')?.shadowRoot?.childElementCount,
      'the data-sa-widget form to mount',
    );
    await waitUntil(() => host.querySelector('sa-hotline-banner')?.shadowRoot?.childElementCount, 'the tag to render');
    await expect(host).to.be.accessible();
  });
});

describe('embed builder: the Storybook page', () => {
  async function builder(): Promise<EmbedBuilder> {
    const el = await fixture<EmbedBuilder>(
      html`<embed-builder .manifest=${manifest} .elementsManifest=${elementsManifest}></embed-builder>`,
    );
    await el.updateComplete;
    await waitUntil(() => el.policy, 'the CSP hash');
    return el;
  }
  const snippet = (el: EmbedBuilder) => el.shadowRoot!.querySelector('#snippet')!.textContent;

  it('offers every element in custom-elements.json and shows exactly the generated HTML', async () => {
    const el = await builder();
    const offered = [...el.shadowRoot!.querySelectorAll('fieldset:first-of-type code')].map((c) => c.textContent);
    expect(offered).to.include.members(['<sa-quick-exit>', '<sa-resource-list>', '<sa-safety-alert>']);
    expect(snippet(el)).to.equal(snippetOf(el.embed!));
    expect(el.policy).to.match(/^script-src 'self' 'sha256-[A-Za-z0-9+/]{43}='$/);
    await expect(el).to.be.accessible();
  });

  it('switches to CMS markup and a chosen variant, and the preview follows', async () => {
    const el = await builder();
    const radio = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="markup"]')][1]!;
    radio.click();
    const variant = el.shadowRoot!.querySelector<HTMLSelectElement>(
      'select[aria-describedby="sa-hotline-banner-variant-hint"]',
    )!;
    variant.value = 'compact';
    variant.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(snippet(el)).to.include('<div data-sa-widget="hotline-banner" data-variant="compact"></div>');
    const preview = el.shadowRoot!.querySelector('.preview')!;
    await waitUntil(
      () => preview.querySelector('[data-sa-widget] > sa-hotline-banner')?.shadowRoot?.childElementCount,
      'the preview to mount',
    );
    expect(preview.querySelector('sa-hotline-banner')!.getAttribute('variant')).to.equal('compact');
  });
});

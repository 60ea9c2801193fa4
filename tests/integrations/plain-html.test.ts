// Plain HTML with the CDN bundle (examples/plain-html): the page's own script
// sets a record as a property and hears sa-resource-action. Needs the CDN build
// (`npm run build`). The exit itself is not clicked here: it would navigate
// the test runner's window (the quick-exit tests and tests/e2e cover exits).
import { expect } from '@open-wc/testing';
import { until } from './helpers.js';

interface AxeResults {
  violations: { id: string; nodes: { target: string[] }[] }[];
}

type LitLike = HTMLElement & { updateComplete: Promise<unknown>; resource?: { id: string } };

function loadPage(src: string): Promise<HTMLIFrameElement> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.style.width = '1024px';
    frame.style.height = '768px';
    frame.onload = () => resolve(frame);
    frame.onerror = reject;
    document.body.append(frame);
  });
}

describe('Plain HTML page with the CDN bundle', () => {
  let frame: HTMLIFrameElement;
  let doc: Document;
  const errors: string[] = [];

  before(async () => {
    frame = await loadPage('/examples/plain-html/index.html');
    const view = frame.contentWindow as Window & typeof globalThis;
    view.addEventListener('error', (event) => errors.push(event.message));
    const originalError = view.console.error;
    view.console.error = (...args: unknown[]) => {
      errors.push(args.map(String).join(' '));
      originalError.apply(view.console, args);
    };
    doc = frame.contentDocument!;
    await until(() => view.customElements.get('sa-resource-card'), 5000);
    await until(() => doc.querySelector('#agency-card')!.shadowRoot?.querySelector('[part~="name"]'));
  });

  after(() => frame.remove());

  it('renders a record the page set as a property', async () => {
    const card = doc.querySelector<LitLike>('#agency-card')!;
    expect(card.hasAttribute('resource')).to.equal(false);
    expect(card.resource?.id).to.equal('agency-safety-page');
    expect(card.shadowRoot!.querySelector('[part~="name"]')!.textContent!.trim()).to.equal(
      'Safety in your child support case',
    );
  });

  it("delivers sa-resource-action to the page's own listener", async () => {
    const card = doc.querySelector<LitLike>('#agency-card')!;
    const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('a[data-channel="web"]')!;
    expect(link.getAttribute('href')).to.equal('https://www.example.org/child-support/safety');
    link.addEventListener('click', (event) => event.preventDefault(), { once: true });
    link.click();
    expect(doc.documentElement.dataset['lastContact']).to.equal('agency-safety-page:web');
  });

  it('upgrades every element, including the quick exit over its fallback link', async () => {
    for (const tag of ['sa-quick-exit', 'sa-safety-alert', 'sa-resource-list', 'sa-legal-disclaimer']) {
      const element = doc.querySelector<LitLike>(tag)!;
      await element.updateComplete;
      expect(element.shadowRoot!.childElementCount, tag).to.be.greaterThan(0);
    }
    const control = doc.querySelector('sa-quick-exit')!.shadowRoot!.querySelector('[part="control"]')!;
    expect(control.getAttribute('href')).to.equal('https://www.weather.gov/');
  });

  it('passes axe and logs no error', async () => {
    // axe runs inside the page's own window: it cannot audit another frame's nodes. The whole document is
    // audited, except axe's best-practice "region" rule, which flags the quick exit for sitting outside any
    // landmark (it sits first in <body>, as the quick-exit guidance places it).
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    await new Promise((resolve) => {
      script.onload = resolve;
      doc.head.append(script);
    });
    const axe = (
      frame.contentWindow as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }
    ).axe;
    const { violations } = await axe.run(doc, { rules: { region: { enabled: false } } });
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });
});

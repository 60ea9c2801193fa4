// Elements that share a page coordinate (issue 20): the "call 911" line
// appears once, and a resource list does not repeat the hotlines a banner
// already shows, unless the host asks. Nothing is looked up by tag name: a
// host's own tag names work the same.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/hotline-banner/define.js';
import '../src/resource-list/define.js';
import { SaHotlineBanner } from '../src/hotline-banner/index.js';
import { SaResourceList } from '../src/resource-list/index.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

/** Lets every element on the page finish (re-)rendering after an announcement. */
async function settled(root: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const elements = [...root.querySelectorAll<Updatable>('*')].filter((el) => 'updateComplete' in el);
    await Promise.all(elements.map((el) => el.updateComplete));
  }
}

/** The elements (by tag) showing a 911 line now. */
function emergencyLines(root: Element): string[] {
  return [...root.querySelectorAll('*')]
    .filter((el) => el.shadowRoot?.querySelector('[part~="emergency"] a[href="tel:911"]'))
    .map((el) => el.localName);
}

/** The resource ids of the list's cards. */
function cardIds(list: Element): string[] {
  return [...list.shadowRoot!.querySelectorAll('[data-resource-id]')]
    .map((card) => card.getAttribute('data-resource-id')!)
    .filter((id) => id !== 'emergency-911');
}

describe('elements that share a page', () => {
  it('show the emergency line once: the banner above the list keeps it', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <sa-hotline-banner resource-ids="ndvh victimconnect"></sa-hotline-banner>
        <sa-resource-list categories="support-network"></sa-resource-list>
      </div>`,
    );
    await settled(page);
    expect(emergencyLines(page)).to.deep.equal(['sa-hotline-banner']);
    await expect(page.querySelector('sa-resource-list')).to.be.accessible();
  });

  it('the first element in the page keeps it, whatever the order they connected in', async () => {
    const page = await fixture<HTMLElement>(html`<div></div>`);
    const list = document.createElement('sa-resource-list');
    const banner = document.createElement('sa-hotline-banner');
    page.append(list);
    await settled(page);
    page.insertBefore(banner, list); // connected second, first in the page
    await settled(page);
    expect(emergencyLines(page)).to.deep.equal(['sa-hotline-banner']);
    banner.remove();
    await settled(page);
    expect(emergencyLines(page), 'the list shows it again once the banner is gone').to.deep.equal(['sa-resource-list']);
  });

  it('a sticky banner keeps it (it is always in view), even below the list', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <sa-resource-list categories="legal"></sa-resource-list>
        <sa-hotline-banner variant="sticky"></sa-hotline-banner>
      </div>`,
    );
    await settled(page);
    expect(emergencyLines(page)).to.deep.equal(['sa-hotline-banner']);
  });

  it('show-emergency brings the line back on an element; no-emergency hands it over', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <sa-hotline-banner></sa-hotline-banner>
        <sa-resource-list categories="legal" show-emergency></sa-resource-list>
      </div>`,
    );
    await settled(page);
    expect(emergencyLines(page)).to.deep.equal(['sa-hotline-banner', 'sa-resource-list']);
    page.querySelector('sa-resource-list')!.removeAttribute('show-emergency');
    page.querySelector('sa-hotline-banner')!.setAttribute('no-emergency', '');
    await settled(page);
    expect(emergencyLines(page)).to.deep.equal(['sa-resource-list']);
  });

  it('the list leaves out the banner’s hotlines, unless include-banner-hotlines', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <sa-hotline-banner resource-ids="ndvh victimconnect" dismissible></sa-hotline-banner>
        <sa-resource-list categories="support-network"></sa-resource-list>
      </div>`,
    );
    await settled(page);
    const list = page.querySelector('sa-resource-list')!;
    const ids = cardIds(list);
    expect(ids.length).to.be.greaterThan(0);
    expect(ids).not.to.include('ndvh');
    expect(ids).not.to.include('victimconnect');
    list.setAttribute('include-banner-hotlines', '');
    await settled(page);
    expect(cardIds(list)).to.include.members(['ndvh', 'victimconnect']);
    list.removeAttribute('include-banner-hotlines');
    await settled(page);
    // Closing the banner must not lose the hotlines: the list shows them again.
    page.querySelector('sa-hotline-banner')!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="close"]')!.click();
    await settled(page);
    expect(cardIds(list)).to.include.members(['ndvh', 'victimconnect']);
    expect(emergencyLines(page)).to.deep.equal(['sa-resource-list']);
  });

  it('an element that joins without taking the line re-renders nobody; one that takes it does', async () => {
    const page = await fixture<HTMLElement>(
      html`<div><sa-hotline-banner resource-ids="ndvh"></sa-hotline-banner></div>`,
    );
    const banner = page.querySelector('sa-hotline-banner')!;
    await settled(page);
    // Every render of the banner is work on the page's main thread while it loads (issue 14).
    let renders = 0;
    const spied = banner as unknown as { render(): unknown };
    const render = spied.render.bind(banner);
    spied.render = () => {
      renders++;
      return render();
    };
    page.append(document.createElement('sa-resource-list'));
    await settled(page);
    expect(renders, 'a list below: the banner still shows the line').to.equal(0);
    expect(emergencyLines(page)).to.deep.equal(['sa-hotline-banner']);
    page.prepend(document.createElement('sa-resource-list'));
    await settled(page);
    expect(renders, 'a list above takes the line: the banner renders without it').to.equal(1);
    expect(emergencyLines(page)).to.deep.equal(['sa-resource-list']);
  });

  it('works under a host’s own tag names', async () => {
    customElements.define('agency-help-lines', class extends SaHotlineBanner {});
    customElements.define('agency-resources', class extends SaResourceList {});
    const page = await fixture<HTMLElement>(
      html`<div>
        <agency-help-lines resource-ids="ndvh"></agency-help-lines>
        <agency-resources categories="support-network"></agency-resources>
      </div>`,
    );
    await settled(page);
    expect(emergencyLines(page)).to.deep.equal(['agency-help-lines']);
    expect(cardIds(page.querySelector('agency-resources')!)).not.to.include('ndvh');
  });
});

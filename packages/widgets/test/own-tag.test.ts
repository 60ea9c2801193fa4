import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { defineElement } from '@stalking-awareness/core';
import { SaQuickExit } from '../src/quick-exit/index.js';
import '../src/hotline-banner/define.js';
import type { SaHotlineBanner } from '../src/hotline-banner/index.js';
import { settle, shadowOf } from './hotline-banner-helpers.js';
import { useExitSpies } from './quick-exit-helpers.js';

// A host that registers the quick exit under its own tag, as an agency design
// system would. Nothing may find it by the literal `sa-quick-exit`.
const TAG = 'agency-exit';
defineElement(TAG, SaQuickExit);

async function agencyExit(template: ReturnType<typeof html>): Promise<SaQuickExit> {
  const root = await fixture<HTMLElement>(template);
  const element = (root.localName === TAG ? root : root.querySelector(TAG)!) as SaQuickExit;
  await element.updateComplete;
  return element;
}

const nextFrames = async () => {
  for (let i = 0; i < 3; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
};

describe('the quick exit under a host’s own tag (<agency-exit>)', () => {
  const spies = useExitSpies();

  it('renders its exit link', async () => {
    const el = await agencyExit(html`<agency-exit href="https://www.weather.gov/"></agency-exit>`);
    const control = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="control"]')!;
    expect(control.getAttribute('href')).to.equal('https://www.weather.gov/');
    expect(control.textContent).to.contain('Exit this page');
    await expect(el).to.be.accessible();
  });

  it('exits: covers the page, fires sa-exit and navigates once', async () => {
    const el = await agencyExit(html`<agency-exit href="https://www.weather.gov/"></agency-exit>`);
    const fired = oneEvent(el, 'sa-exit');
    el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="control"]')!.click();
    expect((await fired).detail).to.deep.equal({ destination: 'https://www.weather.gov/' });
    expect(spies.navigations).to.deep.equal(['https://www.weather.gov/']);
    expect(document.documentElement.querySelector(':scope > [data-sa-exit-cover]')).to.not.equal(null);
  });

  it('warns under its own name, never as <sa-quick-exit>', async () => {
    await agencyExit(html`<agency-exit shortcut="ctrl" position="floating" href="javascript:alert(1)"></agency-exit>`);
    const all = spies.warnings.join('\n');
    expect(all).to.contain('<agency-exit> shortcut "ctrl"');
    expect(all).to.contain('<agency-exit> position "floating"');
    expect(all).to.contain('<agency-exit> href');
    expect(all).to.not.contain('sa-quick-exit');
  });

  it('is kept clear of by a sticky hotline banner', async () => {
    await setViewport({ width: 320, height: 360 });
    try {
      const page = await fixture<HTMLElement>(
        html`<div>
          <agency-exit></agency-exit>
          <sa-hotline-banner variant="sticky" resource-ids="988-lifeline ndvh victimconnect"></sa-hotline-banner>
        </div>`,
      );
      const banner = page.querySelector<SaHotlineBanner>('sa-hotline-banner')!;
      const quickExit = page.querySelector(TAG)!;
      await settle(banner);
      await waitUntil(() => quickExit.getBoundingClientRect().height > 0, 'the quick exit never rendered');
      await nextFrames();
      const panel = shadowOf(banner).querySelector<HTMLElement>('[part~="panel"]')!;
      // The banner found the quick exit by what it is, not by its tag: the room it keeps at the top is where
      // the sticky quick exit's bottom edge sticks (its height; 0 when it finds none), which caps the panel.
      const reserve = parseFloat(getComputedStyle(banner).getPropertyValue('--_top-reserve'));
      expect(reserve, 'room kept for the quick exit').to.be.closeTo(quickExit.getBoundingClientRect().height, 1);
      expect(reserve).to.be.greaterThan(0);
      expect(panel.getBoundingClientRect().top).to.be.at.least(Math.floor(quickExit.getBoundingClientRect().bottom));
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

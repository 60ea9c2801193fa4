// The sticky banner on a phone (issue 20): at 375 × 812 it takes at most a
// quarter of the screen, with the hotline's name, its call action and the
// 911 line in view and nothing scrolled away inside it; "More" unfolds the
// rest, and the 911 line stays in view then too.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/hotline-banner/define.js';
import '../src/quick-exit/define.js';
import type { SaHotlineBanner } from '../src/hotline-banner/index.js';
import { settle, shadowOf } from './hotline-banner-helpers.js';

const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));

function inViewport(box: DOMRect): boolean {
  return box.height > 0 && box.top >= -0.5 && box.bottom <= window.innerHeight + 0.5;
}

/** Elements inside `root` that are scrolled: content taller than their box, and a scroll bar to reach it. */
function scrollBoxes(root: ShadowRoot): string[] {
  return [...root.querySelectorAll<HTMLElement>('*')]
    .filter((el) => /auto|scroll/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight + 1)
    .map((el) => el.className || el.localName);
}

async function stickyPage(lang: string) {
  const page = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <sa-quick-exit></sa-quick-exit>
      <main style="min-height: 200vh"><p>Page content.</p></main>
      <sa-hotline-banner variant="sticky" resource-ids="ndvh victimconnect" dismissible></sa-hotline-banner>
    </div>`,
  );
  const banner = page.querySelector<SaHotlineBanner>('sa-hotline-banner')!;
  await settle(banner);
  await frames();
  return { page, banner, root: shadowOf(banner) };
}

describe('sa-hotline-banner: sticky on a phone', () => {
  before(() => setViewport({ width: 375, height: 812 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['en', 'es']) {
    it(`takes at most a quarter of a 375 × 812 screen, with the call and 911 in view (${lang})`, async () => {
      const { root } = await stickyPage(lang);
      const panel = root.querySelector<HTMLElement>('[part~="panel"]')!.getBoundingClientRect();
      expect(panel.height, 'panel height').to.be.at.most(812 / 4);
      expect(Math.round(panel.bottom)).to.equal(812);
      const emergency = root.querySelector('[part~="emergency-link"]')!.getBoundingClientRect();
      expect(inViewport(emergency), '911 in view').to.equal(true);
      expect(emergency.top).to.be.at.least(panel.top);
      const name = root.querySelector('[part~="name"]')!.getBoundingClientRect();
      const call = root.querySelector('[part~="action"][data-channel="voice"]')!.getBoundingClientRect();
      expect(inViewport(name) && inViewport(call), 'the name and its call in view').to.equal(true);
      expect(scrollBoxes(root), 'nothing scrolls inside the banner').to.deep.equal([]);
      // The note on call traces is not folded away: it matters right before a call.
      const note = root.querySelector('[part~="call-trace-note"]')!.getBoundingClientRect();
      expect(inViewport(note), 'call-trace note in view').to.equal(true);
    });
  }

  it('"More" unfolds every hotline and contact; 911 stays in view; all of it is reachable', async () => {
    const { root, banner } = await stickyPage('en');
    const toggle = root.querySelector<HTMLButtonElement>('[part~="toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^More/);
    const hotlines = () => [...root.querySelectorAll<HTMLElement>('[part~="line"]')];
    expect(hotlines()[1]!.getBoundingClientRect().height, 'the second hotline is folded').to.equal(0);
    await expect(banner).to.be.accessible();

    toggle.click();
    await settle(banner);
    await frames();
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(hotlines()[1]!.getBoundingClientRect().height).to.be.greaterThan(0);
    const emergency = root.querySelector('[part~="emergency-link"]')!.getBoundingClientRect();
    expect(inViewport(emergency), '911 still in view').to.equal(true);
    // Every contact can be brought into view inside the panel, above the 911 line.
    for (const action of root.querySelectorAll<HTMLElement>('[part~="action"]')) {
      action.scrollIntoView({ block: 'nearest' });
      const box = action.getBoundingClientRect();
      expect(inViewport(box), action.textContent!).to.equal(true);
      expect(box.bottom).to.be.at.most(emergency.top + 1);
    }
    await expect(banner).to.be.accessible();

    toggle.click();
    await settle(banner);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it('shows no toggle on a wide screen, where everything is in view', async () => {
    await setViewport({ width: 1280, height: 800 });
    const { root } = await stickyPage('en');
    const toggle = root.querySelector<HTMLElement>('[part~="toggle"]');
    expect(toggle === null || toggle.getBoundingClientRect().height === 0).to.equal(true);
    expect(root.querySelectorAll('[part~="line"]')[1]!.getBoundingClientRect().height).to.be.greaterThan(0);
    await setViewport({ width: 375, height: 812 });
  });
});

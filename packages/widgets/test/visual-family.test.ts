// One visual family (issue 20): the exit action is one red button wherever it
// appears, in light and dark schemes, and stays urgent in dark mode; actions
// and panels come from the shared family stylesheet.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/quick-exit/define.js';
import '../src/safety-alert/define.js';
import '../src/safety-plan/define.js';
import '../src/stalking-log/define.js';
import '../src/legal-disclaimer/define.js';

type Rgb = [number, number, number];

function rgb(colour: string): Rgb {
  const match = /rgba?\((\d+(?:\.\d+)?),?\s*(\d+(?:\.\d+)?),?\s*(\d+(?:\.\d+)?)/.exec(colour);
  if (!match) throw new Error(`not an rgb() colour: ${colour}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** A host page in one colour scheme, as the Storybook themes and real agency pages set it. */
async function page(scheme: 'light' | 'dark') {
  const background = scheme === 'dark' ? '#121212' : '#ffffff';
  return fixture<HTMLElement>(html`
    <div style="color-scheme: ${scheme}; background: ${background}; padding: 1rem">
      <sa-quick-exit position="inline"></sa-quick-exit>
      <sa-safety-alert variant="inline" quick-exit></sa-safety-alert>
    </div>
  `);
}

async function exitColours(root: HTMLElement) {
  const quickExit = root.querySelector('sa-quick-exit')!;
  const alert = root.querySelector('sa-safety-alert')!;
  await Promise.all([quickExit.updateComplete, alert.updateComplete]);
  const look = (control: Element) => {
    const style = getComputedStyle(control);
    return {
      background: style.backgroundColor,
      color: style.color,
      underline: style.textDecorationLine.includes('underline'),
      shadow: style.boxShadow !== 'none',
      radius: style.borderTopLeftRadius,
      weight: style.fontWeight,
      minHeight: (control as HTMLElement).getBoundingClientRect().height,
    };
  };
  return {
    quickExit: look(quickExit.shadowRoot!.querySelector('[part~="control"]')!),
    alert: look(alert.shadowRoot!.querySelector('[part~="exit"]')!),
  };
}

describe('one visual family: the exit action', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`looks the same in sa-quick-exit and sa-safety-alert (${scheme})`, async () => {
      const { quickExit, alert } = await exitColours(await page(scheme));
      expect(alert.background).to.equal(quickExit.background);
      expect(alert.color).to.equal(quickExit.color);
      expect(alert.underline, 'both underlined').to.equal(true);
      expect(quickExit.underline).to.equal(true);
      expect(alert.shadow && quickExit.shadow, 'both have the solid shadow').to.equal(true);
      expect(alert.radius).to.equal(quickExit.radius);
      expect(alert.weight).to.equal(quickExit.weight);
      expect(Math.min(alert.minHeight, quickExit.minHeight)).to.be.at.least(44);
    });

    it(`stays an urgent red with readable text (${scheme})`, async () => {
      const { quickExit } = await exitColours(await page(scheme));
      const background = rgb(quickExit.background);
      const [r, g, b] = background;
      // A saturated red, not a pale pink tint that reads as a secondary button.
      expect(r, quickExit.background).to.be.greaterThan(150);
      expect(r, quickExit.background).to.be.greaterThan(2.5 * g);
      expect(r, quickExit.background).to.be.greaterThan(2.5 * b);
      expect(contrast(background, rgb(quickExit.color)), 'text on the exit').to.be.at.least(4.5);
      const pageBackground: Rgb = scheme === 'dark' ? [18, 18, 18] : [255, 255, 255];
      // WCAG 1.4.11: the button stands out from the page around it.
      expect(contrast(background, pageBackground), 'exit against the page').to.be.at.least(3);
    });
  }
});

describe('one visual family: actions and panels', () => {
  it('draws the primary and secondary actions alike in different elements', async () => {
    const root = await fixture<HTMLElement>(html`
      <div>
        <sa-safety-plan></sa-safety-plan>
        <sa-stalking-log></sa-stalking-log>
      </div>
    `);
    const plan = root.querySelector('sa-safety-plan')!;
    const log = root.querySelector('sa-stalking-log')!;
    await Promise.all([plan.updateComplete, log.updateComplete]);
    const primaryOf = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('button.primary')!);
    const [a, b] = [primaryOf(plan), primaryOf(log)];
    for (const property of [
      'backgroundColor',
      'color',
      'borderTopWidth',
      'borderTopLeftRadius',
      'fontWeight',
    ] as const) {
      expect(a[property], property).to.equal(b[property]);
    }
  });

  it('gives the inline safety alert the same panel shape in light and dark (no full-bleed dark bar)', async () => {
    const shapes = [];
    for (const scheme of ['light', 'dark'] as const) {
      const root = await page(scheme);
      const alert = root.querySelector('sa-safety-alert')!;
      await alert.updateComplete;
      const panel = alert.shadowRoot!.querySelector('[part="base"]')!;
      const style = getComputedStyle(panel);
      shapes.push({
        border: style.borderTopWidth,
        bar: style.borderLeftWidth,
        radius: style.borderTopLeftRadius,
        width: panel.getBoundingClientRect().width,
      });
    }
    expect(shapes[1]).to.deep.equal(shapes[0]);
    expect(parseFloat(shapes[0]!.bar)).to.be.greaterThan(parseFloat(shapes[0]!.border));
  });
});

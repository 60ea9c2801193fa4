import { expect, fixture, html } from '@open-wc/testing';
import '../src/safety-plan/define.js';
import '../src/stalking-facts/define.js';
import '../src/safe-access/define.js';

// Issue 12: wherever a tool offers the hotline's call and text links, the calm
// note that calls and texts show up in the phone's history is right there.

async function noteIn(element: HTMLElement & { updateComplete: Promise<unknown> }): Promise<Element | null> {
  await element.updateComplete;
  return element.shadowRoot!.querySelector('[part~="call-trace-note"]');
}

describe('the tools show the call and text trace note beside the hotline', () => {
  for (const [tag, markup] of [
    ['sa-safety-plan', html`<sa-safety-plan></sa-safety-plan>`],
    ['sa-stalking-facts', html`<sa-stalking-facts></sa-stalking-facts>`],
    ['sa-safe-access', html`<sa-safe-access></sa-safe-access>`],
  ] as const) {
    it(`${tag}: after the hotline's call links, in the reader's language`, async () => {
      const element = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(markup);
      const note = await noteIn(element);
      expect(note, 'the note').to.exist;
      expect(note!.textContent).to.contain("Calls and texts show up in your phone's call log and messages.");
      const call = element.shadowRoot!.querySelector('a[href^="tel:"]');
      expect(call, 'a call link').to.exist;
      expect(call!.compareDocumentPosition(note!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      await expect(element).to.be.accessible();
    });
  }
});

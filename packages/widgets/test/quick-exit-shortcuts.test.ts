import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { shortcutTiming } from '../src/quick-exit/shortcut-keys.js';
import {
  coverAnnouncement,
  key,
  pressEscape,
  quickExit,
  statusOf,
  tapShift,
  useExitSpies,
} from './quick-exit-helpers.js';

const DESTINATION = 'https://example.org/neutral';

describe('sa-quick-exit: Shift three times', () => {
  const spies = useExitSpies();

  it('leaves after three real Shift presses, announcing progress', async () => {
    const el = await quickExit(html`<sa-quick-exit href=${DESTINATION}></sa-quick-exit>`);
    await sendKeys({ press: 'Shift' });
    expect(statusOf(el)).to.equal('Press Shift 2 more times to exit this page.');
    await sendKeys({ press: 'Shift' });
    expect(statusOf(el)).to.equal('Press Shift 1 more time to exit this page.');
    expect(spies.navigations).to.deep.equal([]);
    await sendKeys({ press: 'Shift' });
    expect(coverAnnouncement()).to.deep.equal({ role: 'alert', text: 'Exiting this page.', lang: 'en' });
    expect(spies.navigations).to.deep.equal([DESTINATION]);
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    expect(spies.navigations, 'one exit, one navigation').to.deep.equal([DESTINATION]);
  });

  it('counts left and right Shift, also held down together', async () => {
    await quickExit(html`<sa-quick-exit href=${DESTINATION}></sa-quick-exit>`);
    await sendKeys({ down: 'ShiftLeft' });
    await sendKeys({ down: 'ShiftRight' });
    await sendKeys({ up: 'ShiftLeft' });
    await sendKeys({ up: 'ShiftRight' });
    expect(spies.navigations).to.deep.equal([]);
    await sendKeys({ press: 'ShiftRight' });
    expect(spies.navigations).to.deep.equal([DESTINATION]);
  });

  it('counts alternating left and right presses', async () => {
    await quickExit(html`<sa-quick-exit href=${DESTINATION}></sa-quick-exit>`);
    tapShift('ShiftLeft');
    tapShift('ShiftRight');
    tapShift('ShiftLeft');
    expect(spies.navigations).to.deep.equal([DESTINATION]);
  });

  it('does not count Shift used to type a capital letter', async () => {
    await quickExit(html`<sa-quick-exit href=${DESTINATION}></sa-quick-exit>`);
    for (const letter of ['A', 'B', 'C']) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: letter });
      await sendKeys({ up: 'Shift' });
    }
    expect(spies.navigations).to.deep.equal([]);
  });

  it('starts over when another key is pressed between presses', async () => {
    await quickExit(html`<sa-quick-exit href=${DESTINATION}></sa-quick-exit>`);
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'a' });
    await sendKeys({ press: 'Shift' });
    expect(spies.navigations).to.deep.equal([]);
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    expect(spies.navigations).to.deep.equal([DESTINATION]);
  });

  it('does not exit while someone types capitals in an editor that stops key events', async () => {
    const root = await fixture<HTMLElement>(
      html`<div>
        <sa-quick-exit href=${DESTINATION}></sa-quick-exit>
        <div contenteditable="true" aria-label="Message"></div>
      </div>`,
    );
    const editor = root.querySelector<HTMLElement>('[contenteditable]')!;
    // Like a custom editor that handles the letters itself (no native input
    // follows) and stops them, but lets the Shift key through.
    for (const type of ['keydown', 'keyup', 'keypress']) {
      editor.addEventListener(type, (event) => {
        if ((event as KeyboardEvent).key === 'Shift') return;
        event.preventDefault();
        event.stopPropagation();
      });
    }
    editor.focus();
    await sendKeys({ type: 'I ' });
    for (const word of ['Am', 'OK']) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: word[0]! });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ type: `${word.slice(1)} ` });
    }
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'I' });
    await sendKeys({ up: 'Shift' });
    expect(spies.navigations).to.deep.equal([]);
  });

  it('starts over when a virtual keyboard types text between presses', async () => {
    await quickExit(html`<sa-quick-exit href=${DESTINATION}></sa-quick-exit>`);
    tapShift();
    tapShift();
    document.body.dispatchEvent(new InputEvent('beforeinput', { bubbles: true, composed: true, data: 'I' }));
    tapShift();
    expect(spies.navigations).to.deep.equal([]);
  });

  it('does not count Shift held with Control, Alt or Meta', async () => {
    await quickExit(html`<sa-quick-exit href=${DESTINATION}></sa-quick-exit>`);
    for (let i = 0; i < 3; i += 1) {
      key('keydown', { key: 'Control', code: 'ControlLeft', ctrlKey: true });
      key('keydown', { key: 'Shift', code: 'ShiftLeft', shiftKey: true, ctrlKey: true });
      key('keyup', { key: 'Shift', code: 'ShiftLeft', ctrlKey: true });
      key('keyup', { key: 'Control', code: 'ControlLeft' });
    }
    expect(spies.navigations).to.deep.equal([]);
  });

  it('allows 5 seconds between Shift presses and 1 second between Escapes', () => {
    expect(shortcutTiming).to.deep.equal({ shiftWindowMs: 5000, escapeWindowMs: 1000 });
  });

  it('expires when presses are too far apart, and says so', async () => {
    shortcutTiming.shiftWindowMs = 80;
    const el = await quickExit(html`<sa-quick-exit href=${DESTINATION}></sa-quick-exit>`);
    tapShift();
    tapShift();
    await aTimeout(160);
    expect(statusOf(el)).to.equal('Exit shortcut timed out. Press Shift 3 times to exit this page.');
    tapShift();
    expect(spies.navigations).to.deep.equal([]);
    tapShift();
    tapShift();
    expect(spies.navigations).to.deep.equal([DESTINATION]);
  });

  it('measures the limit between presses, not from the first one', async () => {
    shortcutTiming.shiftWindowMs = 150;
    await quickExit(html`<sa-quick-exit href=${DESTINATION}></sa-quick-exit>`);
    tapShift();
    await aTimeout(100);
    tapShift();
    await aTimeout(100);
    tapShift();
    expect(spies.navigations).to.deep.equal([DESTINATION]);
  });

  it('ignores Shift when the shortcut is escape or none', async () => {
    await quickExit(
      html`<div>
        <sa-quick-exit shortcut="escape" href=${DESTINATION}></sa-quick-exit>
        <sa-quick-exit shortcut="none" href=${DESTINATION}></sa-quick-exit>
      </div>`,
    );
    tapShift();
    tapShift();
    tapShift();
    expect(spies.navigations).to.deep.equal([]);
  });

  it('treats an unknown shortcut as Shift, with a warning', async () => {
    await quickExit(html`<sa-quick-exit shortcut="ctrl" href=${DESTINATION}></sa-quick-exit>`);
    expect(spies.warnings.join('\n')).to.contain('shortcut "ctrl"');
    tapShift();
    tapShift();
    tapShift();
    expect(spies.navigations).to.deep.equal([DESTINATION]);
  });
});

/** A custom element with a text field inside its shadow root. */
class ShadowField extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<label>Search <input></label>';
  }
}
customElements.define('qe-shadow-field', ShadowField);

describe('sa-quick-exit: Escape twice', () => {
  const spies = useExitSpies();

  it('leaves on two real Escape presses within a second', async () => {
    const el = await quickExit(html`<sa-quick-exit shortcut="escape" href=${DESTINATION}></sa-quick-exit>`);
    await sendKeys({ press: 'Escape' });
    expect(statusOf(el)).to.equal('Press Escape again to exit this page.');
    expect(spies.navigations).to.deep.equal([]);
    await sendKeys({ press: 'Escape' });
    expect(spies.navigations).to.deep.equal([DESTINATION]);
  });

  it('holds back later Escapes, which would stop the navigation', async () => {
    await quickExit(html`<sa-quick-exit shortcut="escape" href=${DESTINATION}></sa-quick-exit>`);
    pressEscape();
    pressEscape();
    expect(pressEscape().defaultPrevented).to.equal(true);
    expect(spies.navigations).to.deep.equal([DESTINATION]);
  });

  it('does not leave when the presses are too far apart', async () => {
    shortcutTiming.escapeWindowMs = 50;
    await quickExit(html`<sa-quick-exit shortcut="escape" href=${DESTINATION}></sa-quick-exit>`);
    pressEscape();
    await aTimeout(120);
    pressEscape();
    expect(spies.navigations).to.deep.equal([]);
  });

  it('does not leave when another key comes between', async () => {
    await quickExit(html`<sa-quick-exit shortcut="escape" href=${DESTINATION}></sa-quick-exit>`);
    pressEscape();
    key('keydown', { key: 'ArrowDown', code: 'ArrowDown' });
    pressEscape();
    expect(spies.navigations).to.deep.equal([]);
  });

  it('ignores Escape when the shortcut is Shift (the default)', async () => {
    await quickExit(html`<sa-quick-exit href=${DESTINATION}></sa-quick-exit>`);
    pressEscape();
    pressEscape();
    expect(spies.navigations).to.deep.equal([]);
  });

  const GUARDS: Array<[string, ReturnType<typeof html>, string]> = [
    ['a text field', html`<input aria-label="Name" />`, 'input'],
    ['a textarea', html`<textarea aria-label="Notes"></textarea>`, 'textarea'],
    [
      'a select',
      html`<select aria-label="State">
        <option>A</option>
      </select>`,
      'select',
    ],
    ['a contenteditable', html`<div contenteditable="true" aria-label="Editor">x</div>`, '[contenteditable]'],
    ['a child of a contenteditable', html`<div contenteditable="true"><b tabindex="-1">x</b></div>`, 'b'],
    ['a combobox', html`<div role="combobox" tabindex="0" aria-expanded="true">x</div>`, '[role]'],
    [
      'a listbox',
      html`<ul role="listbox" tabindex="0">
        <li role="option">x</li>
      </ul>`,
      '[role]',
    ],
    ['a menu', html`<div role="menu"><button role="menuitem">x</button></div>`, 'button'],
    ['an open dialog', html`<dialog open><button>Close</button></dialog>`, 'button'],
  ];
  for (const [where, template, focusSelector] of GUARDS) {
    it(`ignores Escape pressed in ${where}`, async () => {
      const root = await fixture<HTMLElement>(
        html`<div>
          <sa-quick-exit shortcut="escape" href=${DESTINATION}></sa-quick-exit>
          ${template}
        </div>`,
      );
      const target = root.querySelector<HTMLElement>(focusSelector)!;
      target.focus();
      pressEscape(target);
      pressEscape(target);
      expect(spies.navigations).to.deep.equal([]);
      // The same presses elsewhere do leave: the guard, not the setup, stopped it.
      pressEscape();
      pressEscape();
      expect(spies.navigations).to.deep.equal([DESTINATION]);
    });
  }

  it('ignores Escape typed in a field inside a shadow root', async () => {
    const root = await fixture<HTMLElement>(
      html`<div>
        <sa-quick-exit shortcut="escape" href=${DESTINATION}></sa-quick-exit>
        <qe-shadow-field></qe-shadow-field>
      </div>`,
    );
    const input = root.querySelector('qe-shadow-field')!.shadowRoot!.querySelector('input')!;
    input.focus();
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    expect(spies.navigations).to.deep.equal([]);
  });

  it('ignores Escape while a modal dialog is open anywhere on the page', async () => {
    const root = await fixture<HTMLElement>(
      html`<div>
        <sa-quick-exit shortcut="escape" href=${DESTINATION}></sa-quick-exit>
        <dialog><p>Modal</p></dialog>
      </div>`,
    );
    const dialog = root.querySelector('dialog')!;
    dialog.showModal();
    dialog.addEventListener('cancel', (event) => event.preventDefault());
    try {
      pressEscape();
      pressEscape();
      expect(spies.navigations).to.deep.equal([]);
    } finally {
      dialog.close();
    }
  });

  it('ignores Escape the page already handled (defaultPrevented)', async () => {
    const root = await fixture<HTMLElement>(
      html`<div>
        <sa-quick-exit shortcut="escape" href=${DESTINATION}></sa-quick-exit>
        <button>Close tooltip</button>
      </div>`,
    );
    const button = root.querySelector('button')!;
    button.addEventListener('keydown', (event) => event.preventDefault());
    pressEscape(button);
    pressEscape(button);
    expect(spies.navigations).to.deep.equal([]);
  });
});

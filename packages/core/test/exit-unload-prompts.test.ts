// A host page's "Leave site?" prompt must never stop an exit, and a person
// must never be stranded on the blank page if a navigation stops anyway.
import { expect, fixture, html } from '@open-wc/testing';
import { exitPage, setExitNavigator } from '../src/exit/index.js';
import { undoExitForTests } from '../src/testing.js';

describe("exitPage and the host page's unload prompts", () => {
  let navigations: string[];
  let origin: HTMLElement;
  beforeEach(async () => {
    navigations = [];
    setExitNavigator((url) => navigations.push(url));
    origin = await fixture(html`<button>exit</button>`);
  });
  afterEach(() => {
    undoExitForTests();
    window.onbeforeunload = null;
  });

  it("silences the host's beforeunload listeners and handler once exiting", () => {
    const heard: string[] = [];
    const hostListener = (event: BeforeUnloadEvent) => {
      heard.push('listener');
      event.preventDefault();
    };
    window.addEventListener('beforeunload', hostListener);
    window.onbeforeunload = () => 'You have unsaved changes';
    try {
      exitPage('https://example.org/neutral', origin);
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      expect(heard).to.deep.equal([]);
      expect(window.onbeforeunload).to.equal(null);
      expect(event.defaultPrevented).to.equal(false);
    } finally {
      window.removeEventListener('beforeunload', hostListener);
    }
  });

  it('leaves the host page its prompts until an exit starts', () => {
    const heard: string[] = [];
    const hostListener = () => heard.push('listener');
    window.addEventListener('beforeunload', hostListener);
    try {
      window.dispatchEvent(new Event('beforeunload'));
      expect(heard).to.deep.equal(['listener']);
    } finally {
      window.removeEventListener('beforeunload', hostListener);
    }
  });

  it('keeps to one navigation for input right after the exit', () => {
    exitPage('https://example.org/neutral', origin);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    window.dispatchEvent(new PointerEvent('pointerdown'));
    expect(navigations).to.deep.equal(['https://example.org/neutral']);
  });

  it('leaves again on a key or touch a second later, if the page is still here', async () => {
    exitPage('https://example.org/neutral', origin);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    window.dispatchEvent(new PointerEvent('pointerdown'));
    expect(navigations).to.deep.equal(['https://example.org/neutral', 'https://example.org/neutral']);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    expect(navigations).to.have.length(3);
  });
});

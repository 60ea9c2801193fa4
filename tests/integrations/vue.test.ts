// Vue 3 renders the sa- elements, hands an array over as a DOM property and
// hears their events (examples/vue/app.js, the code the Vue docs page shows).
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { setExitNavigator } from '@stalking-awareness/core';
import type { ResourceActionDetail } from '@stalking-awareness/widgets';
import { undoExitForTests } from '@stalking-awareness/core/testing';
import { createHelpApp } from '../../examples/vue/app.js';
import { collectConsoleErrors, firstContactLink, renderedCardNames, until } from './helpers.js';

describe('Vue 3 integration example', () => {
  const errors = collectConsoleErrors();
  let navigations: string[] = [];
  beforeEach(() => {
    navigations = [];
    setExitNavigator((url) => navigations.push(url));
  });
  afterEach(() => undoExitForTests());

  async function mount(props: Record<string, unknown> = {}, lang = 'en') {
    const host = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
    const app = createHelpApp(props);
    app.mount(host);
    const list = await until(() => host.querySelector('sa-resource-list'));
    await (list as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    return { host, app, list: list as HTMLElement & { resources?: unknown[] } };
  }

  it('passes the resources array as a property, not an attribute', async () => {
    const { list, app } = await mount();
    expect(list.hasAttribute('resources')).to.equal(false);
    expect(list.resources?.map((r) => (r as { id: string }).id)).to.deep.equal([
      'ndvh',
      'victimconnect',
      'nnedv-safety-net',
      'womenslaw',
    ]);
    expect(renderedCardNames(list)).to.include.members(['National Domestic Violence Hotline', 'WomensLaw.org']);
    expect(renderedCardNames(list)).not.to.include('LawHelp.org');
    app.unmount();
  });

  it('hears sa-resource-action from a contact link', async () => {
    const actions: ResourceActionDetail[] = [];
    const { host, list, app } = await mount({
      onResourceAction: (detail: ResourceActionDetail) => actions.push(detail),
    });
    firstContactLink(list, 'ndvh').click();
    expect(actions).to.deep.equal([{ resourceId: 'ndvh', channel: 'voice' }]);
    await aTimeout(0);
    expect(host.querySelector('[data-testid="contacts-used"]')!.textContent!.trim()).to.equal('1');
    app.unmount();
  });

  it('hears sa-exit from the quick exit, which still leaves', async () => {
    const exits: string[] = [];
    const { host, app } = await mount({ onExit: (destination: string) => exits.push(destination) });
    const quickExit = host.querySelector('sa-quick-exit') as HTMLElement & { updateComplete: Promise<unknown> };
    await quickExit.updateComplete;
    quickExit.shadowRoot!.querySelector<HTMLAnchorElement>('[part="control"]')!.click();
    expect(exits).to.deep.equal(['https://www.weather.gov/']);
    expect(navigations).to.deep.equal(['https://www.weather.gov/']);
    app.unmount();
  });

  it('renders the legal disclaimer with the agency name, and logs no error', async () => {
    const { host, app } = await mount();
    const disclaimer = host.querySelector('sa-legal-disclaimer') as HTMLElement & { updateComplete: Promise<unknown> };
    await disclaimer.updateComplete;
    expect(disclaimer.shadowRoot!.textContent).to.contain('Child Support Services staff');
    await expect(host).to.be.accessible();
    expect(errors()).to.deep.equal([]);
    app.unmount();
  });

  it('follows the page\'s language: Spanish under lang="es"', async () => {
    const { host, app } = await mount({}, 'es');
    const disclaimer = host.querySelector('sa-legal-disclaimer') as HTMLElement & { updateComplete: Promise<unknown> };
    await until(() => disclaimer.shadowRoot?.textContent?.includes('El personal de Child Support Services'));
    app.unmount();
  });
});

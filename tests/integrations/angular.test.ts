// Angular 21 (JIT, zoneless) renders the sa- elements, binds an array to a DOM
// property and hears their events (examples/angular, the code the Angular docs
// page shows).
import '@angular/compiler';
import { expect, fixture, html } from '@open-wc/testing';
import { provideZonelessChangeDetection, type ApplicationRef } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { setExitNavigator } from '@stalking-awareness/core';
import type { ResourceActionDetail } from '@stalking-awareness/widgets';
import { undoExitForTests } from '@stalking-awareness/core/testing';
import { HelpPageComponent } from '../../examples/angular/help-page.component.js';
import { collectConsoleErrors, firstContactLink, renderedCardNames, until } from './helpers.js';

type LitLike = HTMLElement & { updateComplete: Promise<unknown> };

describe('Angular integration example', () => {
  const errors = collectConsoleErrors();
  let navigations: string[] = [];
  let app: ApplicationRef | undefined;
  beforeEach(() => {
    navigations = [];
    setExitNavigator((url) => navigations.push(url));
  });
  afterEach(() => {
    app?.destroy();
    app = undefined;
    undoExitForTests();
  });

  async function bootstrap() {
    const host = await fixture<HTMLElement>(html`<div><agency-help-page></agency-help-page></div>`);
    app = await bootstrapApplication(HelpPageComponent, { providers: [provideZonelessChangeDetection()] });
    const component = app.components[0]!.instance as HelpPageComponent;
    const list = await until(() => host.querySelector<LitLike & { resources?: { id: string }[] }>('sa-resource-list'));
    await list.updateComplete;
    return { host, component, list };
  }

  it('binds the resources array to the DOM property', async () => {
    const { list } = await bootstrap();
    expect(list.hasAttribute('resources')).to.equal(false);
    expect(list.resources?.map((resource) => resource.id)).to.deep.equal([
      'ndvh',
      'victimconnect',
      'nnedv-safety-net',
      'womenslaw',
    ]);
    expect(renderedCardNames(list)).to.include.members(['National Domestic Violence Hotline', 'WomensLaw.org']);
  });

  it('hears sa-resource-action and updates its own view without zone.js', async () => {
    const { host, component, list } = await bootstrap();
    const actions: ResourceActionDetail[] = [];
    component.resourceAction.subscribe((detail) => actions.push(detail));
    firstContactLink(list, 'ndvh').click();
    expect(actions).to.deep.equal([{ resourceId: 'ndvh', channel: 'voice' }]);
    await app!.whenStable();
    expect(host.querySelector('[data-testid="contacts-used"]')!.textContent!.trim()).to.equal('1');
  });

  it('hears sa-exit from the quick exit, which still leaves', async () => {
    const { host, component } = await bootstrap();
    const exits: string[] = [];
    component.exited.subscribe((destination) => exits.push(destination));
    const quickExit = host.querySelector<LitLike>('sa-quick-exit')!;
    await quickExit.updateComplete;
    quickExit.shadowRoot!.querySelector<HTMLAnchorElement>('[part="control"]')!.click();
    expect(exits).to.deep.equal(['https://www.weather.gov/']);
    expect(navigations).to.deep.equal(['https://www.weather.gov/']);
  });

  it('renders the legal disclaimer, passes axe and logs no error', async () => {
    const { host } = await bootstrap();
    const disclaimer = host.querySelector<LitLike>('sa-legal-disclaimer')!;
    await disclaimer.updateComplete;
    expect(disclaimer.shadowRoot!.textContent).to.contain('Child Support Services staff');
    await expect(host).to.be.accessible();
    expect(errors()).to.deep.equal([]);
  });
});

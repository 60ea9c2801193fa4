import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { testResource, weeklyHours } from '@stalking-awareness/core/testing';
import '../src/resource-card/define.js';
import type { SaResourceCard } from '../src/resource-card/resource-card.js';
import { StatusRefresh } from '../src/shared/status-refresh.js';

/** A host that only counts re-render requests. */
function countingHost() {
  const host = {
    updates: 0,
    controllers: [] as ReactiveController[],
    addController(controller: ReactiveController) {
      host.controllers.push(controller);
    },
    removeController() {},
    requestUpdate() {
      host.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
  return host as typeof host & ReactiveControllerHost;
}

describe('StatusRefresh (open/closed changes on a page left open)', () => {
  it('re-renders the host once, shortly after the change', async () => {
    const host = countingHost();
    const refresh = new StatusRefresh(host);
    refresh.schedule(Date.now() + 30);
    await aTimeout(100);
    expect(host.updates).to.equal(0); // not before the change has safely passed
    await aTimeout(400);
    expect(host.updates).to.equal(1);
  });

  it('does nothing once cancelled or disconnected', async () => {
    const host = countingHost();
    const refresh = new StatusRefresh(host);
    refresh.schedule(Date.now() + 10);
    refresh.schedule(undefined);
    const other = new StatusRefresh(host);
    other.schedule(Date.now() + 10);
    other.hostDisconnected();
    await aTimeout(400);
    expect(host.updates).to.equal(0);
  });

  it('a card on the live clock schedules a refresh; one with a fixed `now` does not', async () => {
    const resource = testResource('refresh-line', {
      name: 'Refresh Line',
      contacts: [],
      hours: weeklyHours('09:00', '17:00', ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su']),
    });
    const live = await fixture<SaResourceCard>(html`<sa-resource-card .resource=${resource}></sa-resource-card>`);
    const fixed = await fixture<SaResourceCard>(
      html`<sa-resource-card .resource=${resource} .now=${new Date('2026-03-11T16:00:00Z')}></sa-resource-card>`,
    );
    const scheduled = (card: SaResourceCard) =>
      (card as unknown as { statusRefresh: { scheduledFor?: number } }).statusRefresh.scheduledFor;
    expect(scheduled(live)).to.be.a('number');
    expect(scheduled(live)! - Date.now()).to.be.within(0, 24 * 3600 * 1000);
    expect(scheduled(fixed)).to.equal(undefined);
  });
});

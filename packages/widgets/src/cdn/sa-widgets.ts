/**
 * The CDN bundle `cdn/sa-widgets.js`. The quick exit registers at once: the
 * way out never waits. The safety alert and the hotline banner (the rest of
 * what a page shows on first paint) register right after, in turn (see
 * register-in-turn.ts: no long task while the page loads). The resource
 * card, resource list and legal disclaimer, usually further down, come in one
 * chunk from `chunks/` as soon as any of their tags is on the page, and
 * register in turn after the banner, whose hotlines the list leaves out;
 * undefined.css holds their room meanwhile, so nothing moves. The larger
 * tools a page rarely has load from `chunks/` when their tag appears, so a
 * page pays only for what it uses.
 */
import '../quick-exit/define.js';
import { SaHotlineBanner } from '../hotline-banner/hotline-banner.js';
import { SaSafetyAlert } from '../safety-alert/safety-alert.js';
import { defineWhenUsed } from '../shared/load-when-used.js';
import { registerInTurn } from './register-in-turn.js';

// Top of the page first.
const firstPaint = registerInTurn([
  ['sa-safety-alert', SaSafetyAlert],
  ['sa-hotline-banner', SaHotlineBanner],
]);

let later: Promise<void> | undefined;
const laterElements = () =>
  (later ??= import('./later-elements.js').then(async ({ laterElements }) => {
    await firstPaint;
    await registerInTurn(laterElements);
  }));
defineWhenUsed('sa-resource-card', laterElements);
defineWhenUsed('sa-resource-list', laterElements);
defineWhenUsed('sa-legal-disclaimer', laterElements);

defineWhenUsed('sa-safety-plan', () => import('../safety-plan/define.js'));
defineWhenUsed('sa-stalking-log', () => import('../stalking-log/define.js'));
defineWhenUsed('sa-stalking-facts', () => import('../stalking-facts/define.js'));
defineWhenUsed('sa-safe-access', () => import('../safe-access/define.js'));

// Last, so <div data-sa-widget="…"> markup (which CMS editors keep) becomes elements.
import '../mount/auto.js';

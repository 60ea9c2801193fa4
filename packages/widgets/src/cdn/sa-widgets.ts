/**
 * The CDN bundle `cdn/sa-widgets.js`. The quick exit registers at once: the
 * way out never waits. The other five core elements register one per task
 * right after (see register-in-turn.ts: no long task while the page loads).
 * The larger tools a page rarely has load from `chunks/` beside the bundle
 * when their tag appears, so a page pays only for what it uses.
 */
import '../quick-exit/define.js';
import { SaHotlineBanner } from '../hotline-banner/hotline-banner.js';
import { SaLegalDisclaimer } from '../legal-disclaimer/legal-disclaimer.js';
import { SaResourceCard } from '../resource-card/resource-card.js';
import { SaResourceList } from '../resource-list/resource-list.js';
import { SaSafetyAlert } from '../safety-alert/safety-alert.js';
import { defineWhenUsed } from '../shared/load-when-used.js';
import { registerInTurn } from './register-in-turn.js';

// Top of the page first; the list after the banner, whose hotlines it leaves out.
void registerInTurn([
  ['sa-safety-alert', SaSafetyAlert],
  ['sa-hotline-banner', SaHotlineBanner],
  ['sa-resource-card', SaResourceCard],
  ['sa-resource-list', SaResourceList],
  ['sa-legal-disclaimer', SaLegalDisclaimer],
]);

defineWhenUsed('sa-safety-plan', () => import('../safety-plan/define.js'));
defineWhenUsed('sa-stalking-log', () => import('../stalking-log/define.js'));
defineWhenUsed('sa-stalking-facts', () => import('../stalking-facts/define.js'));
defineWhenUsed('sa-safe-access', () => import('../safe-access/define.js'));

// Last, so <div data-sa-widget="…"> markup (which CMS editors keep) becomes elements.
import '../mount/auto.js';

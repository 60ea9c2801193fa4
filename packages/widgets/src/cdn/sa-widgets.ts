/**
 * The CDN bundle `cdn/sa-widgets.js`. What must be there on first paint
 * registers at once: the quick exit, the safety alert and the hotline banner.
 * The resource card and list and the legal disclaimer (usually further down
 * the page) and the larger tools load from `chunks/` beside the bundle as soon
 * as their tag appears; undefined.css holds their space meanwhile, so nothing
 * moves. A page pays only for what it uses.
 */
import '../quick-exit/define.js';
import '../safety-alert/define.js';
import '../hotline-banner/define.js';
import { defineWhenUsed } from '../shared/load-when-used.js';

const laterElements = () => import('./later-elements.js');
defineWhenUsed('sa-resource-card', laterElements);
defineWhenUsed('sa-resource-list', laterElements);
defineWhenUsed('sa-legal-disclaimer', laterElements);
defineWhenUsed('sa-safety-plan', () => import('../safety-plan/define.js'));
defineWhenUsed('sa-stalking-log', () => import('../stalking-log/define.js'));
defineWhenUsed('sa-stalking-facts', () => import('../stalking-facts/define.js'));
defineWhenUsed('sa-safe-access', () => import('../safe-access/define.js'));

// Last, so <div data-sa-widget="…"> markup (which CMS editors keep) becomes elements.
import '../mount/auto.js';

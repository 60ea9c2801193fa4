/**
 * The CDN bundle `cdn/sa-widgets.js`: the six core elements register at once
 * (the quick exit and the safety notices must be there on first paint); the
 * larger tools a page rarely has load from `chunks/` beside the bundle when
 * their tag appears, so a page pays only for what it uses.
 */
import '../define-core.js';
import { defineWhenUsed } from '../shared/load-when-used.js';

defineWhenUsed('sa-safety-plan', () => import('../safety-plan/define.js'));
defineWhenUsed('sa-stalking-log', () => import('../stalking-log/define.js'));
defineWhenUsed('sa-stalking-facts', () => import('../stalking-facts/define.js'));
defineWhenUsed('sa-safe-access', () => import('../safe-access/define.js'));

// Last, so <div data-sa-widget="…"> markup (which CMS editors keep) becomes elements.
import '../mount/auto.js';

/** Registers every element under its `sa-` tag. Safe to import twice. */
import './quick-exit/define.js';
import './hotline-banner/define.js';
import './resource-card/define.js';
import './resource-list/define.js';
import './legal-disclaimer/define.js';
import './safety-alert/define.js';
// Last, so <div data-sa-widget="…"> markup finds the elements registered.
import './mount/auto.js';

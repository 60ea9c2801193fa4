/** Registers every element under its `sa-` tag. Safe to import twice. */
import './define-core.js';
import './safety-plan/define.js';
import './stalking-log/define.js';
import './stalking-facts/define.js';
import './safe-access/define.js';
// Last, so <div data-sa-widget="…"> markup finds the elements registered.
import './mount/auto.js';

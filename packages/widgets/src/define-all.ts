/** Registers every element under its `sa-` tag. Safe to import twice. */
import './define-core.js';
import './safety-plan/define.js';
import './stalking-log/define.js';
import './stalking-facts/define.js';
import './safe-access/define.js';

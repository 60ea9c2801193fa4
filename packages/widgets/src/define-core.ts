/** Registers the six core elements (what the CDN bundle registers at once). Safe to import twice. */
import './quick-exit/define.js';
import './hotline-banner/define.js';
import './resource-card/define.js';
import './resource-list/define.js';
import './legal-disclaimer/define.js';
import './safety-alert/define.js';

/**
 * The core elements a page rarely shows before its first screenful ends: the
 * resource card and list and the legal disclaimer. One chunk, so a page with
 * any of them makes one request, not one per element and one per shared module.
 */
import '../resource-card/define.js';
import '../resource-list/define.js';
import '../legal-disclaimer/define.js';

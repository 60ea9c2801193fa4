/**
 * The CDN file `cdn/sa-quick-exit.es.js`, for Spanish pages: the quick exit
 * alone (as `sa-quick-exit.js`) with its Spanish built in, so it upgrades as
 * soon as the file runs instead of after a second request: on a slow phone,
 * a round trip sooner.
 */
import '../quick-exit/spanish.js'; // first: module order is import order, and the quick exit registers on load
import '../quick-exit/define.js';

/**
 * The CDN bundle `cdn/sa-widgets.es.js`, for Spanish pages: `sa-widgets.js`
 * with the Spanish of the quick exit and the five everyday elements built in
 * (2.7 kB more), so they render in Spanish at once instead of after a
 * request. English, or any other language a page or element asks for, works
 * as in `sa-widgets.js`.
 */
import '../spanish.js'; // first: module order is import order, and the quick exit registers on load
import './sa-widgets.js';

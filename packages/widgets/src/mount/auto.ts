/**
 * Side effect: mounts `data-sa-widget` markup in the document, now and as it
 * is added. Imported by define-all and the CDN bundle after the elements.
 * The mounting code itself loads only once such markup is on the page.
 */
import { loadWhenUsed } from '../shared/load-when-used.js';

loadWhenUsed('[data-sa-widget]', () => import('./mount.js').then((mount) => mount.observeWidgets(document)));

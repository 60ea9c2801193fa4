/**
 * Side effect: mounts `data-sa-widget` markup in the document, now and as it
 * is added. Imported by define-all and the CDN bundle after the elements.
 */
import { observeWidgets } from './mount.js';

if (typeof document !== 'undefined' && typeof MutationObserver !== 'undefined') observeWidgets(document);

/**
 * Mounting from markup that CMS editors keep:
 * `<div data-sa-widget="hotline-banner" data-variant="compact">`.
 * `define-all` (and the CDN bundle) already watch the document; import this
 * to mount content a host inserts into a shadow root or another document.
 */
export {
  mountWidgets,
  observeWidgets,
  OWNER_ONLY_ATTRIBUTES,
  UNREGISTERED_WARNING_MS,
  WIDGET_ATTRIBUTE,
} from './mount.js';

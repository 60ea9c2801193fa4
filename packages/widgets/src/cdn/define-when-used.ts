import { warnOnce } from '@stalking-awareness/core';

/**
 * Lazy registration for the CDN bundle: an element's code loads only when
 * its tag is on the page, so pages pay only for what they use. The six
 * original elements are in the bundle itself; later, larger elements (the
 * safety plan, the stalking log…) load from chunks/ next to it, from the
 * same origin as the bundle, with no third party involved.
 *
 * Limits: a tag inside another component's shadow root is not seen until
 * the same tag appears in the document (or the host imports its `define`
 * module, which the npm build offers per element).
 */
const pending = new Map<string, () => Promise<unknown>>();
let observer: MutationObserver | undefined;

function loadIfUsed(root: ParentNode & Node): void {
  for (const [tag, load] of pending) {
    const used = (root instanceof Element && root.localName === tag) || root.querySelector(tag) !== null;
    if (!used) continue;
    pending.delete(tag);
    load().catch((error: unknown) => warnOnce(`<${tag}> could not be loaded: ${String(error)}`));
  }
  if (pending.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/** Loads `load()` (which registers `tag`) as soon as `tag` is used in the document. */
export function defineWhenUsed(tag: string, load: () => Promise<unknown>): void {
  if (typeof document === 'undefined' || customElements.get(tag) || pending.has(tag)) return;
  pending.set(tag, load);
  loadIfUsed(document);
  if (pending.size === 0 || observer) return;
  observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) loadIfUsed(node);
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

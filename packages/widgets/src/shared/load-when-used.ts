import { warnOnce } from '@stalking-awareness/core';

/**
 * Code that loads only when the page uses it: an element's code when its tag
 * appears, the `data-sa-widget` mounting when such markup appears. Pages pay
 * only for what they use, and the code comes from chunks/ beside the bundle,
 * from the same origin, with no third party involved.
 *
 * Limits: markup inside another component's shadow root is not seen until
 * the same markup appears in the document (or the host imports the module
 * itself, which the npm build offers per element).
 */
const pending = new Map<string, () => Promise<unknown>>();
let observer: MutationObserver | undefined;

function loadIfUsed(root: ParentNode & Node): void {
  for (const [selector, load] of pending) {
    const used = (root instanceof Element && root.matches(selector)) || root.querySelector(selector) !== null;
    if (!used) continue;
    pending.delete(selector);
    // Started from a microtask: developer tools and test drivers record the stack that starts a
    // request, and from the bundle's top level V8 would work out source positions for the whole
    // module first (about 3 ms of main thread, issue 14). The chunk still loads at once.
    Promise.resolve()
      .then(load)
      .catch((error: unknown) => warnOnce(`${selector} could not be loaded: ${String(error)}`));
  }
  if (pending.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/** Calls `load()` once, as soon as something matching `selector` is in the document. */
export function loadWhenUsed(selector: string, load: () => Promise<unknown>): void {
  if (typeof document === 'undefined' || typeof MutationObserver === 'undefined' || pending.has(selector)) return;
  pending.set(selector, load);
  loadIfUsed(document);
  if (pending.size === 0 || observer) return;
  observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) loadIfUsed(node);
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Loads `load()` (which registers `tag`) as soon as `tag` is used in the document. */
export function defineWhenUsed(tag: string, load: () => Promise<unknown>): void {
  if (typeof customElements !== 'undefined' && !customElements.get(tag)) loadWhenUsed(tag, load);
}

import { warnOnce } from '@stalking-awareness/core';

/** The attribute that names the element to mount, without its `sa-` prefix. */
export const WIDGET_ATTRIBUTE = 'data-sa-widget';

/**
 * Attributes never taken from `data-` markup: they make the page fetch a URL
 * (`src`) or write to the visitor's storage (`remember-dismissal`). Whoever
 * can edit page content must not be able to turn those on; the site owner
 * sets them on the element in a template.
 */
export const OWNER_ONLY_ATTRIBUTES: readonly string[] = ['src', 'remember-dismissal'];

/** A valid custom-element name after the `sa-` prefix: lower-case words joined by hyphens. */
const WIDGET_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** How long an unregistered name may wait for its element before the console hears of it. */
export const UNREGISTERED_WARNING_MS = 2000;

/**
 * Marks a holder as mounted. A registered symbol, not a module-local set, so
 * two copies of the library on one page (a CMS block and an app bundle) see
 * each other's mounts and never mount one holder twice.
 */
const MOUNTED = Symbol.for('stalking-awareness.data-sa-widget.mounted');
type Holder = Element & { [MOUNTED]?: true };

function warnAbout(holder: Element, message: string): void {
  warnOnce(`${WIDGET_ATTRIBUTE}="${holder.getAttribute(WIDGET_ATTRIBUTE)}": ${message}`);
}

/** The element's known attributes, from Lit's (or any custom element's) `observedAttributes`. */
function knownAttributes(ctor: CustomElementConstructor): ReadonlySet<string> {
  return new Set((ctor as unknown as { observedAttributes?: string[] }).observedAttributes ?? []);
}

/**
 * Gives `element` the holder's `data-` attributes. Before the element is
 * registered, every one but the owner-only ones (so a lazily loaded element
 * upgrades with them); once it is, only those it knows, warning about the rest.
 */
function copyAttributes(holder: Element, element: Element, known?: ReadonlySet<string>): void {
  for (const name of holder.getAttributeNames()) {
    const attribute = name.slice('data-'.length);
    if (!name.startsWith('data-') || name === WIDGET_ATTRIBUTE || !attribute) continue;
    if (OWNER_ONLY_ATTRIBUTES.includes(attribute)) {
      warnAbout(holder, `${name} ignored: set ${attribute} in a template, not in page content.`);
    } else if (known && !known.has(attribute)) {
      element.removeAttribute(attribute);
      warnAbout(holder, `${name} ignored: <${element.localName}> has no attribute "${attribute}".`);
    } else {
      element.setAttribute(attribute, holder.getAttribute(name) ?? '');
    }
  }
}

function mountOne(holder: Holder): void {
  if (holder[MOUNTED]) return;
  const name = holder.getAttribute(WIDGET_ATTRIBUTE)?.trim().toLowerCase() ?? '';
  if (!WIDGET_NAME.test(name)) {
    warnAbout(holder, 'not an element name; left as it is.');
    return;
  }
  holder[MOUNTED] = true;
  const tag = `sa-${name}`;
  const element = document.createElement(tag);
  const ctor = customElements.get(tag);
  copyAttributes(holder, element, ctor && knownAttributes(ctor));
  // The fallback content (the quick exit's plain link) becomes the element's
  // light DOM before it connects, exactly as if the tag had been written.
  // Blank text goes: editors fill an empty block with &nbsp; (CKEditor 5).
  for (const node of [...holder.childNodes]) {
    if (node.nodeType === Node.TEXT_NODE && !node.textContent?.trim()) node.remove();
    else element.append(node);
  }
  holder.append(element);
  if (ctor) return;
  // Not registered yet: the tag is in the page now, so an element the bundle
  // loads only when its tag is used (or another script) can still register
  // it; its content shows meanwhile. Check the attributes once it is, and
  // report a name that never becomes an element.
  void customElements.whenDefined(tag).then((defined) => copyAttributes(holder, element, knownAttributes(defined)));
  setTimeout(() => {
    if (customElements.get(tag)) return;
    warnAbout(holder, `no <${tag}> is registered${name.startsWith('sa-') ? ' (drop the sa- prefix)' : ''}.`);
  }, UNREGISTERED_WARNING_MS);
}

function tryMount(holder: Element): void {
  try {
    mountOne(holder);
  } catch (error) {
    // Whatever the markup or an element's own code throws: report it, and mount the others.
    warnAbout(holder, `could not be mounted: ${String(error)}`);
  }
}

/**
 * Upgrades every `<div data-sa-widget="hotline-banner" data-variant="compact">`
 * in `root` (and `root` itself) into the element it names, placed inside the
 * holder with the holder's content moved into it. Never throws: an unknown
 * name or attribute is reported once in the console, and the content stays.
 */
export function mountWidgets(root: ParentNode = document): void {
  if (root instanceof Element && root.hasAttribute(WIDGET_ATTRIBUTE)) tryMount(root);
  for (const holder of root.querySelectorAll(`[${WIDGET_ATTRIBUTE}]`)) tryMount(holder);
}

/**
 * Mounts what is in `root` now and whatever is added to it later (a CMS
 * preview, a client-side router, content loaded after the page). Returns a
 * function that stops watching.
 */
export function observeWidgets(root: Document | Element = document): () => void {
  mountWidgets(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) mountWidgets(node);
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}

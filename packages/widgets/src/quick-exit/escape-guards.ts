// Places where Escape already means something (closing a list, a menu, a
// dialog, clearing a field): a second Escape there must not leave the page.
const GUARDED_ELEMENTS =
  'input,textarea,select,dialog[open],[aria-modal="true"],[role~="combobox"],[role~="listbox"],[role~="menu"],' +
  '[role~="menubar"],[role~="menuitem"],[role~="dialog"],[role~="alertdialog"],[role~="searchbox"],[role~="textbox"]';

function matchesSafely(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false; // a pseudo-class this browser does not know
  }
}

function isGuardedElement(node: EventTarget): boolean {
  if (!(node instanceof Element)) return false;
  if (node instanceof HTMLElement && node.isContentEditable) return true;
  return matchesSafely(node, GUARDED_ELEMENTS) || matchesSafely(node, ':popover-open');
}

/** True while a modal dialog (which makes the rest of the page inert) or a full-screen element is open. */
export function pageHasModal(): boolean {
  if (document.fullscreenElement) return true;
  try {
    return document.querySelector(':modal') !== null;
  } catch {
    return false;
  }
}

/**
 * True when an Escape press belongs to something else and must not count
 * toward the exit shortcut: it was already handled (`defaultPrevented`), or
 * focus — `composedPath()[0]`, so inside shadow roots too — is in a field,
 * a contenteditable, a combobox, listbox or menu, or an open dialog or
 * popover, or a modal dialog or full screen is open on the page.
 */
export function isEscapeGuarded(event: KeyboardEvent): boolean {
  if (event.defaultPrevented) return true;
  const path = event.composedPath();
  // path[0] is the focused element, however deep in shadow roots; its
  // ancestors across those roots follow it in the path.
  return path.some(isGuardedElement) || pageHasModal();
}

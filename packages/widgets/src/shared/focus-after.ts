const FOCUSABLE = [
  'a[href]',
  'area[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  'iframe',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

function canTakeFocus(element: HTMLElement): boolean {
  return !element.closest('[inert]') && element.checkVisibility?.({ visibilityProperty: true }) !== false;
}

/**
 * Moves focus to the first focusable element after `element` in document
 * order, else the last one before it: where a keyboard user would have gone
 * next, instead of being dropped at the top of the page when the focused
 * close button disappears. Returns false when there is nowhere to go.
 */
export function focusNextAfter(element: Element): boolean {
  const candidates = [...element.ownerDocument.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (candidate) => !element.contains(candidate) && canTakeFocus(candidate),
  );
  const after = candidates.find(
    (candidate) => element.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  const before = candidates.filter(
    (candidate) => element.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_PRECEDING,
  );
  for (const target of [after, before.at(-1)]) {
    if (!target) continue;
    target.focus();
    if (element.ownerDocument.activeElement === target) return true;
  }
  return false;
}

/**
 * Dispatches an `sa-*` event the way every element does: bubbling and
 * composed, so hosts can listen on the document. Shared by `SaElement.emit`
 * and the exit (which dispatches from whichever element started it).
 * Returns the event, so a cancelable one can be checked.
 */
export function dispatchSaEvent<T>(
  target: EventTarget,
  name: `sa-${string}`,
  detail: T,
  cancelable = false,
): CustomEvent<T> {
  const event = new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable });
  target.dispatchEvent(event);
  return event;
}

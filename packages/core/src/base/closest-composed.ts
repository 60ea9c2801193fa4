/**
 * `element.closest(selector)`, continued across shadow roots: the nearest
 * match among the element, its ancestors and the hosts that contain it.
 * Shared by the language lookup (`lang` on any ancestor) and the quick exit
 * (`inert` on any ancestor).
 */
export function closestComposed(element: Element, selector: string): Element | undefined {
  for (let node: Element | undefined = element; node; node = (node.getRootNode() as ShadowRoot).host) {
    const found = node.closest(selector);
    if (found) return found;
  }
  return undefined;
}

/**
 * Keeps the page's `scroll-padding-top` at least as tall as the sticky
 * quick-exit bar (plus whatever padding the page set itself), so content
 * scrolled into view by focus or a fragment link is never hidden under it
 * (WCAG 2.4.11 Focus Not Obscured). Uses a stylesheet adopted by the
 * document, not an inline style attribute, so `style-src 'self'` allows it.
 */
const heights = new Map<Element, number>();
let sheet: CSSStyleSheet | undefined;
let observer: ResizeObserver | undefined;

function apply(): void {
  if (!sheet) {
    if (heights.size === 0) return;
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  const tallest = Math.max(0, ...heights.values());
  // Read the page's own value with ours switched off, then add to it.
  sheet.replaceSync('');
  if (tallest === 0) return;
  const own = getComputedStyle(document.documentElement).scrollPaddingTop;
  const base = own && own !== 'auto' ? own : '0px';
  sheet.replaceSync(`html { scroll-padding-top: calc(${base} + ${Math.ceil(tallest)}px); }`);
}

function measure(entries: ResizeObserverEntry[]): void {
  for (const entry of entries) {
    heights.set(entry.target, entry.borderBoxSize?.[0]?.blockSize ?? entry.target.getBoundingClientRect().height);
  }
  apply();
}

export function trackStickyHeight(element: Element): void {
  if (typeof ResizeObserver === 'undefined' || heights.has(element)) return;
  heights.set(element, 0);
  observer ??= new ResizeObserver(measure);
  observer.observe(element);
}

export function untrackStickyHeight(element: Element): void {
  if (!heights.delete(element)) return;
  observer?.unobserve(element);
  apply();
}

/**
 * Keeps the page's `scroll-padding-top` at least as tall as the sticky
 * quick-exit bar (plus whatever padding the page set itself), so content
 * scrolled into view by focus or a fragment link is never hidden under it
 * (WCAG 2.4.11 Focus Not Obscured), and publishes the bar's height as
 * `--sa-quick-exit-height` on the root, for a host's own sticky header to
 * sit below it (`top: var(--sa-quick-exit-height, 0px)`). Uses a stylesheet
 * adopted by the document, not an inline style attribute, so
 * `style-src 'self'` allows it.
 */
/** Each tracked bar's last height and who hears it. */
const bars = new Map<Element, { height: number; onResize: (height: number) => void }>();
let sheet: CSSStyleSheet | undefined;
let observer: ResizeObserver | undefined;
/** The height last written: an unchanged one costs the page no style recalculation. */
let applied = -1;

function apply(): void {
  const tallest = Math.ceil(Math.max(0, ...Array.from(bars.values(), (bar) => bar.height)));
  if (tallest === applied) return;
  applied = tallest;
  if (!sheet) {
    if (bars.size === 0) return;
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  // Read the page's own value with ours switched off, then add to it.
  sheet.replaceSync('');
  if (tallest === 0) return;
  const own = getComputedStyle(document.documentElement).scrollPaddingTop;
  const base = own && own !== 'auto' ? own : '0px';
  sheet.replaceSync(`html{scroll-padding-top:calc(${base} + ${tallest}px);--sa-quick-exit-height:${tallest}px}`);
}

function measure(entries: ResizeObserverEntry[]): void {
  for (const { target, borderBoxSize } of entries) {
    const bar = bars.get(target);
    if (!bar) continue; // untracked while this frame was pending
    bar.onResize((bar.height = borderBoxSize[0]!.blockSize));
  }
  apply();
}

/**
 * Follows the height of a sticky `bar`; `onResize` hears each new height,
 * the first at once. The page gets its padding at once too, before its next
 * frame, instead of restyling in a frame of its own (issue 14).
 */
export function trackStickyHeight(bar: Element, onResize: (height: number) => void): void {
  if (bars.has(bar)) return;
  const { height } = bar.getBoundingClientRect();
  bars.set(bar, { height, onResize });
  onResize(height);
  apply();
  // Applied in the next frame, not inside the callback: keeping the host's
  // height from there resizes what the observer watches, and the browser
  // reports that as a ResizeObserver loop error on the host page.
  observer ??= new ResizeObserver((entries) => requestAnimationFrame(() => measure(entries)));
  observer.observe(bar);
}

export function untrackStickyHeight(bar: Element): void {
  if (!bars.delete(bar)) return;
  observer!.unobserve(bar);
  apply();
}

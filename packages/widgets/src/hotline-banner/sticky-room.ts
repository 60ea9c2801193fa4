import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { topBars, watchTopBars } from '../shared/top-bars.js';

/**
 * Keeps a bottom-pinned panel from hiding anything, and anything from hiding it.
 *
 * - The page keeps room for it: `scroll-padding-bottom` on `<html>` (so a
 *   focused control is never scrolled under the panel, WCAG 2.4.11) and extra
 *   `padding-bottom` on `<body>` (so the end of the page can be scrolled into
 *   view), both in step with the panel's height through a ResizeObserver.
 * - The panel never reaches up into the quick exit, which sits at the top
 *   (found through `top-bars.ts`, whatever its tag): the quick exit's bottom
 *   edge is published to the panel as `--_top-reserve`, which caps the
 *   panel's height.
 *
 * Everything is written to constructable stylesheets, never to a `style`
 * attribute, so it works under a strict `style-src` CSP.
 */
export class StickyRoomController implements ReactiveController {
  private panel: HTMLElement | null = null;
  private resizeObserver: ResizeObserver | undefined;
  // Made on first use, not in the constructor: a server renderer (Lit SSR)
  // constructs elements where CSSStyleSheet does not exist.
  private pageSheetValue: CSSStyleSheet | undefined;
  private hostSheetValue: CSSStyleSheet | undefined;
  private get pageSheet(): CSSStyleSheet {
    return (this.pageSheetValue ??= new CSSStyleSheet());
  }
  private get hostSheet(): CSSStyleSheet {
    return (this.hostSheetValue ??= new CSSStyleSheet());
  }
  private readonly remeasure = () => this.measure();
  private stopWatching: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The pinned panel while the element is sticky and shown, else null. */
    private readonly findPanel: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const panel = this.findPanel();
    if (panel === this.panel) return;
    this.stop();
    if (panel) this.start(panel);
  }

  hostDisconnected(): void {
    this.stop();
  }

  private start(panel: HTMLElement): void {
    this.panel = panel;
    const root = this.host.shadowRoot;
    if (root && !root.adoptedStyleSheets.includes(this.hostSheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.hostSheet];
    }
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.pageSheet];
    // Measured in the next frame, not inside the observer's callback: the
    // quick exit resizes its own host as its bar settles, and writing the
    // reserves from within the callback would loop resize notifications.
    this.resizeObserver = new ResizeObserver(() => requestAnimationFrame(this.remeasure));
    this.resizeObserver.observe(panel);
    this.observeTopBars();
    // A quick exit that connects (or upgrades) after us is observed and measured then.
    this.stopWatching = watchTopBars(() => {
      this.observeTopBars();
      this.measure();
    });
    window.addEventListener('resize', this.remeasure);
    this.measure();
  }

  /** Observing an element twice is harmless: a ResizeObserver keeps one entry per target. */
  private observeTopBars(): void {
    for (const bar of topBars()) this.resizeObserver?.observe(bar);
  }

  private stop(): void {
    this.stopWatching?.();
    this.stopWatching = undefined;
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    window.removeEventListener('resize', this.remeasure);
    if (!this.pageSheetValue) return; // never started
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== this.pageSheet);
    this.hostSheet.replaceSync('');
    this.panel = null;
  }

  private measure(): void {
    const panel = this.panel;
    if (!panel) return;
    this.hostSheet.replaceSync(`:host { --_top-reserve: ${quickExitReserve()}px; }`);
    const height = Math.ceil(panel.getBoundingClientRect().height);
    // Add to the page's own values rather than replace them: read them with our rules off.
    this.pageSheet.replaceSync('');
    const ownPadding = parseFloat(getComputedStyle(document.body).paddingBottom) || 0;
    const ownScrollPadding = parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom) || 0;
    this.pageSheet.replaceSync(`@media screen {
  html { scroll-padding-bottom: ${ownScrollPadding + height}px; }
  body { padding-bottom: ${ownPadding + height}px; }
}`);
  }
}

/**
 * How far down from the top of the viewport a quick exit (any top bar) reaches.
 * A sticky one is measured where it sticks (its `top` plus its height), not
 * where it happens to be before the page scrolls. Capped at half the
 * viewport so a misplaced quick exit cannot squeeze the banner to nothing.
 */
function quickExitReserve(): number {
  let reserve = 0;
  for (const quickExit of topBars()) {
    const rect = quickExit.getBoundingClientRect();
    if (rect.height === 0 || rect.top > window.innerHeight / 2) continue;
    const style = getComputedStyle(quickExit);
    const bottom = style.position === 'sticky' ? (parseFloat(style.top) || 0) + rect.height : rect.bottom;
    reserve = Math.max(reserve, bottom);
  }
  return Math.ceil(Math.min(reserve, window.innerHeight / 2));
}

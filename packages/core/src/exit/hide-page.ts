/** Marks the cover element exitPage puts on `<html>`. */
export const EXIT_COVER_ATTRIBUTE = 'data-sa-exit-cover';

/**
 * Replaces every icon with this one: an icon link whose href is empty, which
 * browsers never fetch (HTML: an empty href is not processed). The tab falls
 * back to the browser's plain icon, and nothing is requested: no data: URI for
 * `img-src 'self'` to block (Chrome applies img-src to icons and reports it),
 * no request to the site, none anywhere else. Measured in
 * tests/e2e/quick-exit.e2e.test.mjs.
 */
export const BLANK_ICON_HREF = '';

// Everything but the cover disappears, top-layer dialogs and popovers
// included (they are not painted under a display:none ancestor); the cover
// paints the whole viewport in the page colour, so the site's own background
// does not show either.
const COVER = `html>[${EXIT_COVER_ATTRIBUTE}]`;
const COVER_CSS =
  `html>:not(head):not([${EXIT_COVER_ATTRIBUTE}]){display:none!important}` +
  `${COVER}{all:initial!important;display:block!important;position:fixed!important;inset:0!important;` +
  `z-index:2147483647!important;background:Canvas!important;color:CanvasText!important}` +
  `${COVER}>span{position:absolute!important;width:1px!important;height:1px!important;overflow:hidden!important;` +
  `clip-path:inset(50%)!important;white-space:nowrap!important}` +
  `html{background:Canvas!important;overflow:hidden!important}`;

/** What the cover tells assistive technology while the page leaves. */
export interface CoverAnnouncement {
  /** E.g. "Exiting this page.", in the reader's language. Not shown on screen. */
  text: string;
  /** Its language, e.g. `es`, when it differs from the page's. */
  lang?: string;
}

let coverSheet: CSSStyleSheet | undefined;
let titleKeeper: MutationObserver | undefined;

function adoptCoverStyles(): boolean {
  if (!('adoptedStyleSheets' in Document.prototype)) return false;
  if (!coverSheet) {
    coverSheet = new CSSStyleSheet();
    coverSheet.replaceSync(COVER_CSS);
  }
  // A constructable sheet is CSSOM, not inline CSS: `style-src 'self'` allows it.
  if (!document.adoptedStyleSheets.includes(coverSheet)) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, coverSheet];
  }
  return true;
}

function hideFromEveryone(element: Element, styled: boolean): void {
  if (element.localName === 'head' || element.hasAttribute(EXIT_COVER_ATTRIBUTE)) return;
  (element as HTMLElement).inert = true;
  // Chrome refuses aria-hidden on <body> (with a console error), so it goes
  // on the body's children; inert and display:none hide the body itself.
  const hidden = element.localName === 'body' ? [...element.children] : [element];
  for (const each of hidden) each.setAttribute('aria-hidden', 'true');
  // Without constructable stylesheets (old browsers) the UA's [hidden] rule still hides it.
  if (!styled && element instanceof HTMLElement) element.hidden = true;
}

function blankTitle(): void {
  if (document.title !== '') document.title = '';
  // Pages rewrite their title (unread counters, routers); keep it blank until the page is gone.
  if (!titleKeeper && document.head) {
    titleKeeper = new MutationObserver(() => {
      if (document.title !== '') document.title = '';
    });
    titleKeeper.observe(document.head, { childList: true, subtree: true, characterData: true });
  }
}

function blankFavicon(): void {
  for (const link of document.querySelectorAll('link[rel~="icon" i], link[rel="mask-icon" i]')) link.remove();
  const blank = document.createElement('link');
  blank.rel = 'icon';
  blank.setAttribute('href', BLANK_ICON_HREF);
  (document.head ?? document.documentElement).append(blank);
}

/**
 * Hides the page at once, in this task: a cover in light DOM on `<html>`
 * (shadow styles cannot reach the page), everything else inert, hidden from
 * assistive technology and not displayed, the title blanked and the favicon
 * replaced by a blank one, and its audio and video paused. Uses no inline
 * `style` attribute. Idempotent.
 * `announcement` is spoken (not shown) while the page leaves.
 */
export function hidePage(announcement?: CoverAnnouncement): void {
  const root = document.documentElement;
  const styled = adoptCoverStyles();
  let cover = root.querySelector(`:scope > [${EXIT_COVER_ATTRIBUTE}]`);
  if (!cover) {
    cover = document.createElement('div');
    cover.setAttribute(EXIT_COVER_ATTRIBUTE, '');
    // The only thing left for a screen reader: an alert, inserted with its
    // text so it is spoken, visually hidden so the blank screen says nothing.
    if (announcement?.text) {
      cover.setAttribute('role', 'alert');
      if (announcement.lang) cover.setAttribute('lang', announcement.lang);
      cover.append(document.createElement('span'));
      cover.firstChild!.textContent = announcement.text;
    }
    root.append(cover);
  }
  for (const child of root.children) hideFromEveryone(child, styled);
  // Hidden media still plays: a video about stalking must not keep talking,
  // above all if the navigation fails and the blank page stays.
  for (const media of document.querySelectorAll('audio, video')) (media as HTMLMediaElement).pause();
  blankTitle();
  blankFavicon();
}

/** Undoes {@link hidePage}, for tests that must keep using their page. */
export function unhidePageForTests(): void {
  titleKeeper?.disconnect();
  titleKeeper = undefined;
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== coverSheet);
  document.documentElement.querySelector(`:scope > [${EXIT_COVER_ATTRIBUTE}]`)?.remove();
  for (const child of document.documentElement.children) {
    (child as HTMLElement).inert = false;
    child.removeAttribute('aria-hidden');
    if (child instanceof HTMLElement && child.localName !== 'head') child.hidden = false;
  }
  for (const child of document.body.children) child.removeAttribute('aria-hidden');
}

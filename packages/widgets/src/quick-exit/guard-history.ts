/*
 * sa-quick-exit history guard: a small classic script for the <head> of
 * every page of a site that uses <sa-quick-exit guard-history>.
 *
 *   <script src="/path/to/quick-exit/guard-history.js"></script>
 *
 * Put it early in <head>, right after <meta charset> (before <title> and any
 * icon links), without async/defer/type=module: it must run before the page
 * is parsed and painted. An external file: no inline code, so it works under
 * `script-src 'self'` and Trusted Types.
 *
 * After an exit from this site in this tab, a page of the site reached again
 * by Back or Forward (reloaded, or restored from the back/forward cache)
 * stops loading before its content is parsed or shown and leaves again for
 * the same destination. A page opened normally (link, address bar) means the
 * person came back on purpose: the guard then forgets the exit.
 *
 * It reads sessionStorage (one tab, one site) and removes its own key;
 * only the element writes it, and only when the host opted in.
 */
(() => {
  // Keep in step with HISTORY_GUARD_KEY in history-guard-flag.ts.
  const STORAGE_KEY = 'sa-quick-exit:exited-to';
  // This script's own address: a same-origin file, already fetched, that is
  // not an image. As the tab's icon it shows the browser's blank icon, passes
  // `img-src 'self'`, and stops Chrome from fetching the site's /favicon.ico,
  // which it does for a page stopped before it listed any icon.
  const blankIcon = (document.currentScript as HTMLScriptElement | null)?.src ?? '';
  let hidingSheet: CSSStyleSheet | undefined;

  const storedDestination = (): string | undefined => {
    try {
      const url = new URL(sessionStorage.getItem(STORAGE_KEY) ?? '');
      const web = url.protocol === 'https:' || url.protocol === 'http:';
      return web && !url.username && !url.password ? url.href : undefined;
    } catch {
      return undefined; // nothing stored, storage blocked, or not a URL
    }
  };

  const setHidden = (hidden: boolean): void => {
    if (!('adoptedStyleSheets' in Document.prototype)) {
      document.documentElement.hidden = hidden;
      return;
    }
    if (!hidingSheet) {
      hidingSheet = new CSSStyleSheet();
      hidingSheet.replaceSync('html { display: none !important; }');
    }
    const others = document.adoptedStyleSheets.filter((sheet) => sheet !== hidingSheet);
    document.adoptedStyleSheets = hidden ? [...others, hidingSheet] : others;
  };

  const leave = (destination: string): void => {
    setHidden(true);
    document.title = '';
    for (const link of document.querySelectorAll('link[rel~="icon" i]')) link.remove();
    const icon = document.createElement('link');
    icon.rel = 'icon';
    icon.setAttribute('href', blankIcon);
    const meta = document.createElement('meta');
    meta.name = 'referrer';
    meta.content = 'no-referrer';
    // Browsers read icons from <head> only; this script runs inside it.
    (document.head ?? document.documentElement).append(icon, meta);
    // Stop parsing: the rest of the page (title, icons, content, scripts) never arrives.
    window.stop();
    location.replace(destination);
  };

  const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const destination = storedDestination();
  if (destination && entry?.type === 'back_forward') {
    leave(destination);
  } else if (destination && entry?.type === 'navigate') {
    try {
      sessionStorage.removeItem(STORAGE_KEY);
    } catch {
      // Storage blocked: nothing was stored either.
    }
  }

  // A page kept in the back/forward cache goes in hidden, so that if it
  // comes back after an exit no frame of it is shown before we leave.
  addEventListener('pagehide', (event) => {
    if (event.persisted) setHidden(true);
  });
  addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    const exitedTo = storedDestination();
    if (exitedTo) leave(exitedTo);
    else setHidden(false);
  });
})();

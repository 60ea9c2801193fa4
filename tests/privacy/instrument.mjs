// Browser-side traps for the privacy test, installed with
// page.evaluateOnNewDocument so they run before any script of the page.
// Every way a script can leave a trace on the device or send something is
// wrapped and reported to the test through `window.__privacyRecord`, a
// puppeteer binding that survives navigations (an exit's last writes happen
// just before the page leaves).

/** Runs in the page: wraps storage, cookie, IndexedDB, Cache Storage, history and beacon APIs. */
export function installTraps() {
  const record = (kind, detail = {}) => {
    const entry = { kind, ...detail, at: location.href };
    try {
      window.__privacyRecord?.(JSON.stringify(entry));
    } catch {
      // The binding is missing in a frame the test does not watch.
    }
  };

  const areaName = (storage) => {
    try {
      if (storage === window.localStorage) return 'localStorage';
      if (storage === window.sessionStorage) return 'sessionStorage';
    } catch {
      // Storage blocked: still report the call below.
    }
    return 'unknown';
  };
  for (const method of ['setItem', 'removeItem', 'clear']) {
    const original = Storage.prototype[method];
    Storage.prototype[method] = function (...args) {
      record('storage', { area: areaName(this), method, args: args.map(String) });
      return original.apply(this, args);
    };
  }

  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() {
      return cookie.get.call(this);
    },
    set(value) {
      record('cookie', { value: String(value) });
      cookie.set.call(this, value);
    },
  });
  if (globalThis.CookieStore) {
    for (const method of ['set', 'delete']) {
      const original = CookieStore.prototype[method];
      CookieStore.prototype[method] = function (...args) {
        record('cookieStore', { method, args: JSON.stringify(args) });
        return original.apply(this, args);
      };
    }
  }

  for (const method of ['open', 'deleteDatabase']) {
    const original = IDBFactory.prototype[method];
    IDBFactory.prototype[method] = function (...args) {
      record('indexedDB', { method, args: args.map(String) });
      return original.apply(this, args);
    };
  }

  if (globalThis.CacheStorage) {
    for (const method of ['open', 'delete']) {
      const original = CacheStorage.prototype[method];
      CacheStorage.prototype[method] = function (...args) {
        record('cacheStorage', { method, args: args.map(String) });
        return original.apply(this, args);
      };
    }
  }

  // Search words in the address bar or history would show someone else what was looked for.
  for (const method of ['pushState', 'replaceState']) {
    const original = History.prototype[method];
    History.prototype[method] = function (...args) {
      record('history', { method, url: String(args[2] ?? '') });
      return original.apply(this, args);
    };
  }

  const beacon = Navigator.prototype.sendBeacon;
  Navigator.prototype.sendBeacon = function (...args) {
    record('beacon', { url: String(args[0]) });
    return beacon.apply(this, args);
  };
  if (globalThis.ServiceWorkerContainer) {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args) {
      record('serviceWorker', { url: String(args[0]) });
      return register.apply(this, args);
    };
  }

  // Links are followed by a person, not by this test: record each click on a
  // link and keep the browser from following it. Capture phase on window runs
  // before the elements' own listeners, and preventDefault() does not stop
  // them: their `sa-resource-action` must still fire. The quick exit's control
  // is left alone: it prevents its own default and leaves with location.replace().
  addEventListener(
    'click',
    (event) => {
      const link = event.composedPath().find((node) => node instanceof HTMLAnchorElement);
      if (!link || link.matches('[part~="control"]')) return;
      record('link', { href: link.href });
      event.preventDefault();
    },
    true,
  );
  for (const name of ['sa-resource-action', 'sa-dismiss', 'sa-exit']) {
    addEventListener(name, (event) => record('event', { name, detail: JSON.stringify(event.detail) }));
  }
}

/** Runs in the page: everything stored for this origin, and cookies as scripts see them. */
export async function readStores() {
  const entries = (storage) => Object.fromEntries(Object.keys(storage).map((key) => [key, storage.getItem(key)]));
  return {
    cookie: document.cookie,
    localStorage: entries(localStorage),
    sessionStorage: entries(sessionStorage),
    indexedDB: (await indexedDB.databases()).map((database) => database.name),
    caches: globalThis.caches ? await caches.keys() : [],
    windowName: window.name,
  };
}

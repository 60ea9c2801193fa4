import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * What the elements on one page tell each other, so that combined they do
 * not repeat themselves: the "call 911" line appears once, and a resource
 * list leaves out the hotlines a banner on the page already shows.
 *
 * Elements announce themselves while connected; nothing is looked up by tag
 * name (a host may register its own names). The state lives on globalThis
 * under a registered symbol, so two copies of the library on one page still
 * see each other. Announce from `connectedCallback`, with what the attributes
 * already say: elements upgraded together connect before any of them renders,
 * so each decides before its first paint, whatever the upgrade order.
 */
interface PageRegistry {
  /** Elements that would show the emergency line; `true` when pinned to the viewport (always in view). */
  readonly emergency: Map<Element, boolean>;
  /** The hotline ids each banner shows. */
  readonly bannerHotlines: Map<Element, readonly string[]>;
  readonly watchers: Set<() => void>;
}

const KEY = Symbol.for('stalking-awareness.page-registry');
const scope = globalThis as typeof globalThis & { [KEY]?: PageRegistry };
const registry: PageRegistry = (scope[KEY] ??= {
  emergency: new Map(),
  bannerHotlines: new Map(),
  watchers: new Set(),
});

function changed(): void {
  registry.watchers.forEach((watcher) => watcher());
}

/** Document order; elements in other trees keep the order they announced themselves in. */
function byDocumentOrder(a: Element, b: Element): number {
  const position = a.compareDocumentPosition(b);
  if (position & Node.DOCUMENT_POSITION_DISCONNECTED) return 0;
  return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/**
 * Offers (or withdraws, with `offered` false) the emergency line of `element`.
 * `pinned`: the element is fixed to the viewport (a sticky banner), so its
 * line is always in view and is the one kept.
 */
export function offerEmergencyLine(element: Element, offered: boolean, pinned = false): void {
  const before = registry.emergency.get(element);
  if (offered ? before === pinned : before === undefined) return;
  const owner = emergencyLineOwner();
  if (offered) registry.emergency.set(element, pinned);
  else registry.emergency.delete(element);
  // Only a new owner changes what anyone shows: a resource list offering the line below a banner
  // that already shows it re-renders nobody (issue 14).
  if (emergencyLineOwner() !== owner) changed();
}

/** The element that shows the emergency line: a pinned one first, else the first in document order offering it. */
function emergencyLineOwner(): Element | undefined {
  const offered = [...registry.emergency.keys()].filter((candidate) => candidate.isConnected);
  const pinned = offered.filter((candidate) => registry.emergency.get(candidate));
  return (pinned.length ? pinned : offered).sort(byDocumentOrder)[0];
}

/** Whether `element` shows the emergency line (also when nothing offers it). */
export function ownsEmergencyLine(element: Element): boolean {
  const owner = emergencyLineOwner();
  return owner === undefined || owner === element;
}

/** Announces the hotline ids a banner shows (an empty list or undefined withdraws them). */
export function announceBannerHotlines(element: Element, ids: readonly string[] | undefined): void {
  const before = registry.bannerHotlines.get(element);
  if (before?.join() === ids?.join()) return;
  if (ids?.length) registry.bannerHotlines.set(element, ids);
  else registry.bannerHotlines.delete(element);
  changed();
}

/** The hotline ids that banners connected to the page show now. */
export function bannerHotlineIds(): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const [banner, shown] of registry.bannerHotlines) if (banner.isConnected) shown.forEach((id) => ids.add(id));
  return ids;
}

/** Calls `watcher` whenever an announcement changes; returns the function that stops it. */
export function watchPage(watcher: () => void): () => void {
  registry.watchers.add(watcher);
  return () => registry.watchers.delete(watcher);
}

/**
 * Whether `host` is about to hydrate server-rendered markup: its first
 * render must match what the server wrote, which knew nothing of the other
 * elements on the page. Such an element renders as the server did, then
 * again with what the page announced (see {@link PageRegistryController}).
 */
export function hydratingServerMarkup(host: Element & { hasUpdated: boolean }): boolean {
  return !host.hasUpdated && (host.shadowRoot?.childNodes.length ?? 0) > 0;
}

/**
 * Ties an element to the registry: `announce(true)` when it connects,
 * `announce(false)` when it leaves, and a re-render whenever another
 * element's announcement changes what the page shows (which element owns the
 * 911 line, which hotlines the banners show). Call `announce` again from
 * `willUpdate` when the element's own attributes change what it offers.
 */
export class PageRegistryController implements ReactiveController {
  private stopWatching: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly announce: (connected: boolean) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.announce(true);
    this.stopWatching = watchPage(() => this.host.requestUpdate());
  }

  /** After hydrating server markup, render again with what the page announced. */
  hostUpdated(): void {
    if (this.afterHydration) {
      this.afterHydration = false;
      // Once this update is complete, not inside it (Lit warns about a change-in-update).
      void this.host.updateComplete.then(() => this.host.requestUpdate());
    }
  }

  /** Set from willUpdate when the first render had to match the server's. */
  afterHydration = false;

  hostDisconnected(): void {
    this.stopWatching?.();
    this.announce(false);
  }
}

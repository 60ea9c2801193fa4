// Shared by the framework integration tests: what a user would see of the
// rendered elements, and a console-error trap.

/** Polls until `find()` returns something (frameworks render asynchronously). */
export async function until<T>(find: () => T | null | undefined, timeoutMs = 3000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (performance.now() - start > timeoutMs) throw new Error('Timed out waiting for the framework to render');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Names of the cards a list shows, as headings read them. */
export function renderedCardNames(list: Element): string[] {
  return [...list.shadowRoot!.querySelectorAll('[part~="name"]')].map((name) => name.textContent!.trim());
}

/**
 * The first contact link of one resource's card. Its default action (dialling)
 * is cancelled, so the test page stays where it is; the element's own click
 * handling still runs, as it does for a real tap.
 */
export function firstContactLink(list: Element, resourceId: string): HTMLAnchorElement {
  const card = list.shadowRoot!.querySelector(`[data-resource-id="${resourceId}"]`);
  const link = card?.querySelector<HTMLAnchorElement>('a[data-channel]');
  if (!link) throw new Error(`No contact link rendered for ${resourceId}`);
  link.addEventListener('click', (event) => event.preventDefault(), { once: true });
  return link;
}

/** Records console.error calls and uncaught errors during each test; returns a reader. */
export function collectConsoleErrors(): () => string[] {
  let errors: string[] = [];
  const originalError = console.error;
  const onError = (event: ErrorEvent) => errors.push(event.message);
  beforeEach(() => {
    errors = [];
    console.error = (...args: unknown[]) => {
      errors.push(args.map(String).join(' '));
      originalError.apply(console, args);
    };
    window.addEventListener('error', onError);
  });
  afterEach(() => {
    console.error = originalError;
    window.removeEventListener('error', onError);
  });
  return () => errors;
}

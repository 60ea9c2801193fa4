/**
 * The XSS fuzz test's page: a trap that records any script a payload gets to
 * run, a console that keeps warnings for the assertions (100 000-character
 * values would flood the test log), a `fetch` that serves the hostile `src`
 * documents locally and never lets a request leave the machine, and a stage
 * to render into.
 */
import { aTimeout, nextFrame } from '@open-wc/testing';
import { resetWarnings } from '@stalking-awareness/core/testing';

type Trapped = Window & { __xss: string[]; __xssTrap: () => void };
const page = window as unknown as Trapped & Record<string, unknown>;

/** What ran: payload calls to `__xssTrap()`, `alert()`, `confirm()`, `prompt()`, `print()`, `open()`. */
export const ran: string[] = [];
page.__xss = ran;
page.__xssTrap = () => ran.push(`__xssTrap from ${new Error().stack?.split('\n')[2]?.trim() ?? '?'}`);
for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) {
  page[name] = (...args: unknown[]) => ran.push(`${name}(${args.map(String).join(', ').slice(0, 80)})`);
}

export const warnings: string[] = [];
const realWarn = console.warn;
const realFetch = window.fetch;

/** Documents `fetch` answers, by pathname. */
export const served = new Map<string, string>();
/** Every URL the widgets fetched. */
export const fetched: string[] = [];

export function installFuzzPage(): void {
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    fetched.push(url.href);
    const body = url.origin === location.origin ? served.get(url.pathname) : undefined;
    if (body !== undefined) return new Response(body, { headers: { 'content-type': 'application/json' } });
    // The test runner's own requests; everything the widgets ask for is answered here and never leaves.
    if (url.origin === location.origin && url.pathname.startsWith('/__w')) return realFetch(input, init);
    return new Response('not found', { status: 404 });
  };
  document.body.append(stage);
}

export function removeFuzzPage(): void {
  console.warn = realWarn;
  window.fetch = realFetch;
  stage.remove();
}

/** Where each batch renders: the full width of the viewport, nothing else on the page. */
export const stage = document.createElement('div');
stage.id = 'xss-stage';

type LitLike = HTMLElement & { updateComplete: Promise<unknown>; locale?: string };

/** Renders `elements` in `lang` and waits until they (and any `src` they fetched) have settled. */
export async function renderBatch(elements: HTMLElement[], lang = 'en'): Promise<void> {
  resetWarnings();
  warnings.length = 0;
  stage.lang = lang;
  stage.replaceChildren(...elements);
  const settled = () => Promise.all(elements.map((element) => (element as LitLike).updateComplete));
  await settled();
  // Strings in another language and src documents arrive asynchronously.
  for (let round = 0; round < 20; round++) {
    await aTimeout(5);
    await settled();
    if (elements.every((element) => (element as LitLike).locale === lang)) break;
  }
  await aTimeout(10);
  await settled();
  await nextFrame();
}

export function clearStage(): void {
  stage.replaceChildren();
}

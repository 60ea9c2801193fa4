/**
 * What the XSS fuzz test looks at after every render: every element in every
 * shadow root under a container, every URL-bearing attribute, the tags
 * present, and whether anything sticks out of the viewport.
 */

/** Attributes a browser follows as a URL. */
const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'srcset',
  'poster',
  'data',
  'ping',
  'background',
  'cite',
];
const SAFE_SCHEMES = ['https:', 'http:', 'tel:', 'sms:', 'mailto:'];
/** Controls, DEL, C1 controls and bidi overrides: never in a URL we render. */
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** Never inside our shadow roots, whatever the data: these can run script, load things or restyle the page. */
export const FORBIDDEN_TAGS = [
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'img',
  'image',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'math',
  'template',
  'video',
  'audio',
  'source',
  'foreignobject',
  'textarea',
  'marquee',
  'noscript',
  'body',
  'title',
  'x',
];

/**
 * Elements whose own clean render asks a person to type (a log, a note):
 * their fields, in the places their own render puts them, are theirs.
 * Anywhere else a form or a text area is still a sign that markup got in.
 */
const OWN_TYPING_FIELDS: Record<string, string> = {
  'sa-stalking-log': '[part~="editor"] textarea',
  // The self-check and the safe-contact note are forms that never submit.
  'sa-safe-access': 'form[part~="note-form"], form[part~="self-check-form"], [part~="note-form"] textarea',
};

function isOwnTypingField(element: Element): boolean {
  const root = element.getRootNode();
  if (!(root instanceof ShadowRoot)) return false;
  const selector = OWN_TYPING_FIELDS[root.host.localName];
  return selector !== undefined && element.matches(selector);
}

/** Every element under `root`, descending into every open shadow root. */
export function* allElements(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* allElements(element.shadowRoot);
  }
}

/** Elements that live inside a shadow root (the elements' own rendering, not the test's light DOM). */
export function* shadowElements(root: ParentNode): Generator<Element> {
  for (const element of allElements(root)) if (element.getRootNode() instanceof ShadowRoot) yield element;
}

/** Why `value` is not a URL we may render, or undefined when it is fine. */
export function unsafeUrlReason(value: string): string | undefined {
  if (UNSAFE_CHARACTERS.test(value)) return 'control or bidi character';
  let url: URL;
  try {
    url = new URL(value, document.baseURI);
  } catch {
    return 'unparseable';
  }
  if (!SAFE_SCHEMES.includes(url.protocol)) return `scheme ${url.protocol}`;
  if (url.username || url.password) return 'credentials';
  if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.hostname) return 'no host';
  return undefined;
}

export interface Problem {
  tag: string;
  what: string;
}

/** Unsafe URLs, event-handler or style attributes, and forbidden tags anywhere in the shadow roots under `root`. */
export function findProblems(root: ParentNode): Problem[] {
  const problems: Problem[] = [];
  for (const element of shadowElements(root)) {
    const tag = element.localName;
    if (FORBIDDEN_TAGS.includes(tag) && !isOwnTypingField(element)) problems.push({ tag, what: 'forbidden element' });
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) problems.push({ tag, what: `event handler attribute ${name}` });
      if (name === 'style') problems.push({ tag, what: `style attribute ${attribute.value.slice(0, 80)}` });
      if (URL_ATTRIBUTES.includes(name)) {
        const reason = unsafeUrlReason(attribute.value);
        if (reason) problems.push({ tag, what: `${name}=${JSON.stringify(attribute.value.slice(0, 80))}: ${reason}` });
      }
    }
  }
  return problems;
}

/** Tag names used inside the shadow roots under `root`. */
export function shadowTags(root: ParentNode): Set<string> {
  return new Set([...shadowElements(root)].map((element) => element.localName));
}

/**
 * Elements (hosts and their shadow contents, with every disclosure opened)
 * whose box reaches past the viewport's sides, and how far the page itself
 * scrolls sideways.
 */
export function overflow(root: ParentNode): { pageScroll: number; outside: string[] } {
  // What a reader would open must fit too.
  for (const details of allElements(root)) if (details instanceof HTMLDetailsElement) details.open = true;
  const width = document.documentElement.clientWidth;
  const outside: string[] = [];
  for (const element of allElements(root)) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.left < -1 || box.right > width + 1) {
      const where =
        element.getRootNode() instanceof ShadowRoot ? (element.getRootNode() as ShadowRoot).host.localName : 'page';
      const part = element.getAttribute('part') ?? element.getAttribute('class') ?? '';
      outside.push(
        `${where} > ${element.localName}[${part}] ${Math.round(box.left)}..${Math.round(box.right)} of ${width}`,
      );
    }
  }
  return { pageScroll: document.documentElement.scrollWidth - width, outside };
}

/**
 * The quick exit's few nodes, made directly with the DOM: no template
 * engine to download, and no HTML parsing, so no Trusted Types policy is
 * needed under `require-trusted-types-for 'script'`.
 *
 *   <div part="base" class="base" lang>
 *     <a part="control" class="control" href rel="noreferrer nofollow"
 *        referrerpolicy="no-referrer" aria-describedby="hint">
 *       <span class="visually-hidden">Emergency </span>Exit this page</a>
 *     <span id="hint" hidden>Or press Shift 3 times.</span>
 *     <div part="status" class="visually-hidden" role="status"></div>
 *   </div>
 *
 * server-template.ts writes the same markup for @lit-labs/ssr; in the
 * browser a server-rendered (declarative) shadow root is kept and updated,
 * never rendered twice.
 */

/** What the nodes show, already in the element's language. */
export interface QuickExitText {
  lang: string;
  href: string;
  prefix: string;
  label: string;
  /** The shortcut hint; empty when there is no shortcut. */
  hint: string;
}

export interface QuickExitNodes {
  base: HTMLElement;
  control: HTMLAnchorElement;
  status: HTMLElement;
  update(text: QuickExitText): void;
}

function make<K extends keyof HTMLElementTagNameMap>(
  parent: ParentNode,
  tag: K,
  attributes: Record<string, string>,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  parent.append(node);
  return node;
}

/**
 * Finds the server-rendered nodes in `root`, or makes them, and wires the
 * control to `onControlEvent` (click, middle click, Space).
 */
export function buildQuickExitDom(root: ParentNode, onControlEvent: (event: Event) => void): QuickExitNodes {
  let base = root.querySelector<HTMLElement>('[part="base"]');
  if (!base) {
    base = make(root, 'div', { part: 'base', class: 'base' });
    make(base, 'a', {
      part: 'control',
      class: 'control',
      rel: 'noreferrer nofollow',
      referrerpolicy: 'no-referrer',
      'aria-describedby': 'hint',
    });
    make(base, 'span', { id: 'hint', hidden: '' });
    make(base, 'div', { part: 'status', class: 'visually-hidden', role: 'status' });
  }
  const control = base.querySelector<HTMLAnchorElement>('[part="control"]')!;
  const hint = base.querySelector<HTMLElement>('#hint')!;
  for (const type of ['click', 'auxclick', 'keydown']) control.addEventListener(type, onControlEvent);
  return {
    base,
    control,
    status: base.querySelector<HTMLElement>('[part="status"]')!,
    update({ lang, href, prefix, label, hint: hintText }) {
      base.lang = lang;
      control.setAttribute('href', href);
      const hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      hidden.textContent = `${prefix} `;
      control.replaceChildren(hidden, label);
      hint.textContent = hintText;
    },
  };
}

import { SaElement, warnOnce, type EmitOptions } from '@stalking-awareness/core';
import { widgetLocaleLoaders } from '../localization.js';
import type { SaEventMap } from './events.js';

/**
 * Base class of every `sa-` widget: the widgets' translations, the shared
 * host styles and tokens (from core's SaElement), one allowed-values check
 * whose warnings name the element's own tag (a host's `agency-exit` warns as
 * `<agency-exit>`), and `emit()` typed against {@link SaEventMap}.
 *
 * Subclasses add their own styles: `static styles = [...SaWidgetElement.styles, ownStyles]`.
 * Call the checks from `willUpdate()`, never from `render()`, which stays pure.
 */
export class SaWidgetElement extends SaElement {
  static override localeLoaders = widgetLocaleLoaders;

  /**
   * Reports bad input once, as `<tag> field "value" message`, in the
   * console; the element's own tag comes first so hosts find it.
   */
  protected warn(field: string, message: string): void {
    warnOnce(`<${this.localName}> ${field} ${message}`);
  }

  /**
   * Returns `value` when it is one of `allowed`, else warns (naming the
   * attribute) and returns `fallback`. For variants, positions and the like.
   */
  protected oneOf<T extends string>(attribute: string, value: unknown, allowed: readonly T[], fallback: T): T {
    if ((allowed as readonly unknown[]).includes(value)) return value as T;
    this.warn(
      attribute,
      `"${String(value)}" is not one of ${allowed.map((v) => `"${v}"`).join(', ')}; "${fallback}" is used.`,
    );
    return fallback;
  }

  /**
   * Dispatches an `sa-*` event, bubbling and composed; its detail is checked
   * against {@link SaEventMap}. Returns the event, so a cancelable one can be
   * checked with `defaultPrevented`.
   */
  override emit<K extends keyof SaEventMap>(
    name: K,
    detail: SaEventMap[K],
    options: EmitOptions = {},
  ): CustomEvent<SaEventMap[K]> {
    return super.emit(name, detail, options);
  }
}

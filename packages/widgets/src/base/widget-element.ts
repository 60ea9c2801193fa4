import { SaElement, warnOnce, type EmitOptions } from '@stalking-awareness/core';
import { coreElementLocaleLoaders } from '../localization.js';
import { hoursNeedIntlData, intlIsWarm, localeNeedsIntlData, warmUpIntl } from '../shared/intl-warm-up.js';
import type { SaEventMap } from './events.js';

/**
 * Base class of every `sa-` widget: the widgets' translations, the shared
 * host styles and tokens (from core's SaElement), one allowed-values check
 * (variants, positions, heading levels) whose warnings name the element's own tag (a host's `agency-exit` warns as
 * `<agency-exit>`), and `emit()` typed against {@link SaEventMap}.
 *
 * Subclasses add their own styles: `static styles = [...SaWidgetElement.styles, ownStyles]`.
 * Call the checks from `willUpdate()`, never from `render()`, which stays
 * pure: derive what render shows in `willUpdate()` (inside `localize()` when
 * it needs words), warn there, and schedule timers in `updated()`.
 */
// The interface below only adds emit()'s typed signature; see there.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class SaWidgetElement extends SaElement {
  /** The everyday elements' strings; a tool sets `widgetLocaleLoaders` (every element's). */
  static override localeLoaders = coreElementLocaleLoaders;

  /**
   * Reports bad input once, as `<tag> field "value" message`, in the
   * console; the element's own tag comes first so hosts find it.
   */
  protected warn(field: string, message: string): void {
    warnOnce(`<${this.localName}> ${field} ${message}`);
  }

  /**
   * Defined by elements that show a host's records: those it may show now (set,
   * or arrived from `src` or the validator). When one has hours in a time
   * zone (open now and until when go through Intl), or when the element
   * speaks a locale without built-in words (see `shared/locale-words.ts`),
   * ICU's data is loaded first, in a task of its own (see
   * `shared/intl-warm-up.ts`), and the render follows in the next task. Asked
   * before each update after the first until the data is loaded. Never
   * before the first: an element that has upgraded but not rendered has lost
   * the room undefined.css held for it, and the page would jump (the CDN
   * bundle warms up before registering for other languages instead).
   */
  protected hostRecords?(): readonly unknown[] | undefined;

  protected override scheduleUpdate(): void | Promise<unknown> {
    const needed =
      this.hasUpdated &&
      !intlIsWarm() &&
      (localeNeedsIntlData(this.locale) || !!this.hostRecords?.()?.some(hoursNeedIntlData));
    return needed ? warmUpIntl().then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * Returns `value` when it is one of `allowed`, else warns (naming the
   * attribute) and returns `fallback`. For variants, positions, shortcuts and
   * heading levels (with `HEADING_LEVELS` or `SECTION_HEADING_LEVELS` from
   * `shared/heading.ts`), so every element words the warning the same way.
   */
  protected oneOf<T extends string | number>(attribute: string, value: unknown, allowed: readonly T[], fallback: T): T {
    if ((allowed as readonly unknown[]).includes(value)) return value as T;
    this.warn(attribute, `"${String(value)}" is not one of "${allowed.join('", "')}"; "${fallback}" is used.`);
    return fallback;
  }
}

/**
 * `emit()` typed against {@link SaEventMap}: each `sa-*` event's detail type
 * is declared once and checked at every call. A declaration only (merged into
 * the class), so the typing costs no bytes in the CDN bundles; core's
 * `SaElement.emit` dispatches, bubbling and composed, and returns the event
 * so a cancelable one can be checked with `defaultPrevented`.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface SaWidgetElement {
  emit<K extends keyof SaEventMap>(name: K, detail: SaEventMap[K], options?: EmitOptions): CustomEvent<SaEventMap[K]>;
}

import { LitElement, adoptStyles } from 'lit';
import type { LocaleLoaders } from '../localization/catalog.js';
import { LocaleController } from '../localization/locale-controller.js';
import { tokenStyles } from '../tokens/design-tokens.js';
import { VERSION } from '../version.js';
import { dispatchSaEvent } from './dispatch.js';
import { hostStyles } from './host-styles.js';

/** Options for {@link SaElement.emit}. Events always bubble and are composed. */
export interface EmitOptions {
  cancelable?: boolean;
}

/**
 * Base class of every `sa-` element: shared host styles and design tokens,
 * per-element localization that follows `lang`, and a typed `emit()`.
 */
export class SaElement extends LitElement {
  /** The library version, compared by defineElement when two copies meet. */
  static version = VERSION;

  static override styles = [tokenStyles, hostStyles];

  /** The element's translations; each widget package sets its own map. */
  static localeLoaders: LocaleLoaders = {};

  private readonly localization = new LocaleController(
    this,
    () => (this.constructor as typeof SaElement).localeLoaders,
  );

  /** The locale the element currently renders in, e.g. `en` or `es`. */
  get locale(): string {
    return this.localization.locale;
  }

  /**
   * A server-rendered (declarative) shadow root brings the styles as <style>
   * elements, which a strict `style-src` CSP blocks, and Lit's hydration
   * reuses that root without adopting the styles: the element would stay
   * unstyled (a quick exit that is not sticky, say). Adopt them here too;
   * constructable stylesheets work under any CSP.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const declarativeRoot = this.shadowRoot;
    const root = super.createRenderRoot();
    if (declarativeRoot && root === declarativeRoot) {
      adoptStyles(declarativeRoot, (this.constructor as typeof LitElement).elementStyles);
    }
    return root;
  }

  /** Re-reads the element's language; loads its strings if needed, then re-renders. */
  refreshLocale(force = false): void {
    this.localization.refresh(force);
  }

  /** Runs `fn` with this element's strings active: for text built outside render(). */
  protected localize<T>(fn: () => T): T {
    return this.localization.localize(fn);
  }

  /**
   * The whole update (willUpdate, render, updated) runs with this element's
   * strings active, so text derived in willUpdate (render stays pure) is in
   * the reader's language too.
   */
  protected override performUpdate(): void {
    this.localize(() => super.performUpdate());
  }

  /**
   * Dispatches `sa-<verb>`, bubbling and composed so hosts can listen on the
   * document. Returns the event, so a cancelable one can be checked.
   */
  emit(name: `sa-${string}`, detail: unknown, options: EmitOptions = {}): CustomEvent {
    return dispatchSaEvent(this, name, detail, options.cancelable);
  }
}

import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import { loadTemplates, loadedTemplatesFor, SOURCE_LOCALE, type LocaleLoaders } from './catalog.js';
import { matchLocale, requestedLocale, trackLocale, untrackLocale, type LocaleAwareElement } from './locale.js';
import { overriddenLocales, withMessages } from './messages.js';

/** An element the controller localizes: any ReactiveElement with `refreshLocale()`. */
export type LocalizedHost = ReactiveControllerHost & LocaleAwareElement;

/**
 * Per-element localization that follows `lang`: which locale the element
 * renders in, loading its strings when needed, and running `msg()` calls
 * with them. Shared by core's SaElement (a LitElement) and elements built on
 * Lit's lighter ReactiveElement (the quick exit), so both behave alike.
 * The host's `refreshLocale(force)` must call {@link refresh}.
 */
export class LocaleController implements ReactiveController {
  private rendered = SOURCE_LOCALE;
  private request = 0;

  /** `loaders` is read at each change, so a subclass's static map applies. */
  constructor(
    private readonly host: LocalizedHost,
    private readonly loaders: () => LocaleLoaders,
  ) {
    host.addController(this);
  }

  /** The locale the element currently renders in, e.g. `en` or `es`. */
  get locale(): string {
    return this.rendered;
  }

  hostConnected(): void {
    trackLocale(this.host);
    this.refresh();
  }

  hostDisconnected(): void {
    untrackLocale(this.host);
  }

  /** Re-reads the element's language; loads its strings if needed, then re-renders. */
  refresh(force = false): void {
    const loaders = this.loaders();
    const wanted = matchLocale(requestedLocale(this.host), [
      SOURCE_LOCALE,
      ...Object.keys(loaders),
      ...overriddenLocales(),
    ]);
    const request = ++this.request;
    const apply = () => {
      if (request !== this.request) return; // a newer language change won
      if (force || wanted !== this.rendered) {
        this.rendered = wanted;
        this.host.requestUpdate();
      }
    };
    // English, or strings already loaded: at once, so the first render is in the right language.
    const translations = this.translationLocale(wanted);
    if (translations === SOURCE_LOCALE || loadedTemplatesFor(loaders, translations)) apply();
    else void loadTemplates(loaders, translations).then(apply);
  }

  /**
   * Which shipped translations serve `locale`: its own, else its language's
   * (a host's `es-MX` overrides sit on top of our `es`, never on English).
   */
  private translationLocale(locale: string): string {
    const loaders = this.loaders();
    const language = locale.split('-')[0]!;
    return loaders[locale] ? locale : loaders[language] ? language : SOURCE_LOCALE;
  }

  /** Runs `fn` with the element's strings active: wrap update() and text built outside it. */
  localize<T>(fn: () => T): T {
    const templates = loadedTemplatesFor(this.loaders(), this.translationLocale(this.rendered));
    return withMessages(this.rendered, templates, fn);
  }
}

import { LitElement, css, html, nothing } from 'lit';
import { mountWidgets } from '../../packages/widgets/src/mount/index.js';
import { buildEmbed, BRAND_TOKENS, DEFAULT_SELF_HOSTED_PATH, type Embed } from './embed-html.js';
import { elementOptions, type AttributeOption, type ElementOption } from './element-options.js';

type Manifest = Parameters<typeof buildEmbed>[0]['manifest'];
type Values = Record<string, string | boolean>;

const BRAND_DEFAULTS: Record<string, string> = {
  '--sa-color-accent': '#1a4480',
  '--sa-color-on-accent': '#ffffff',
  '--sa-color-focus': '#0b4778',
};

/** The `'sha256-…'` source a CSP needs to allow one inline script, such as the import map. */
async function cspHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}

/** The HTML a partner pastes: what goes in <head>, then where the widgets go. */
export function snippetOf(embed: Embed): string {
  return `<!-- In <head> -->\n${embed.head}\n\n<!-- Where the widgets go, in <body> -->\n${embed.body}\n`;
}

/**
 * The embed builder: pick elements, their variants and data, the language,
 * brand colours and where the files come from; copy the exact HTML (with the
 * SRI hashes of cdn/manifest.json) and see it live below.
 */
export class EmbedBuilder extends LitElement {
  static override properties = {
    manifest: { attribute: false },
    elementsManifest: { attribute: false },
    selected: { state: true },
    values: { state: true },
    language: { state: true },
    brand: { state: true },
    useBrand: { state: true },
    source: { state: true },
    basePath: { state: true },
    markup: { state: true },
    policy: { state: true },
    status: { state: true },
  };

  static override styles = css`
    :host {
      display: grid;
      gap: 1.5rem;
      font: inherit;
    }
    fieldset {
      display: grid;
      gap: 0.5rem;
      margin: 0;
      border: 1px solid #6f7378;
      padding: 0.75rem 1rem 1rem;
    }
    label {
      display: flex;
      gap: 0.5rem;
      align-items: baseline;
      flex-wrap: wrap;
    }
    .hint {
      color: #454545;
      font-size: 0.875em;
    }
    pre {
      overflow-x: auto;
      padding: 0.75rem;
      background: #f3f5f8;
      border: 1px solid #6f7378;
      white-space: pre-wrap;
      word-break: break-all;
    }
    .notes li {
      margin-block: 0.25rem;
    }
    .preview {
      border: 2px dashed #6f7378;
      padding: 1rem;
      display: grid;
      gap: 1rem;
    }
  `;

  // Declared, then set in the constructor: a class field would shadow Lit's
  // reactive accessor where the story is compiled with define semantics.
  declare manifest?: Manifest;
  declare elementsManifest?: unknown;
  declare selected: Set<string>;
  declare values: Record<string, Values>;
  declare language: string;
  declare brand: Record<string, string>;
  declare useBrand: boolean;
  declare source: 'self' | 'cdn';
  declare basePath: string;
  declare markup: 'tags' | 'data';
  declare policy: string;
  declare status: string;
  private hashedImportMap = '';

  constructor() {
    super();
    this.selected = new Set(['sa-quick-exit', 'sa-safety-alert', 'sa-hotline-banner', 'sa-legal-disclaimer']);
    this.values = { 'sa-legal-disclaimer': { agency: 'Child Support Services' } };
    this.language = 'en';
    this.brand = { ...BRAND_DEFAULTS };
    this.useBrand = false;
    this.source = 'self';
    this.basePath = DEFAULT_SELF_HOSTED_PATH;
    this.markup = 'tags';
    this.policy = '';
    this.status = '';
  }

  private get options(): ElementOption[] {
    return this.elementsManifest ? elementOptions(this.elementsManifest) : [];
  }

  get embed(): Embed | undefined {
    if (!this.manifest) return undefined;
    return buildEmbed({
      manifest: this.manifest,
      elements: this.options
        .filter((option) => this.selected.has(option.tag))
        .map((option) => {
          const attributes = this.values[option.tag] ?? {};
          return { tag: option.tag, attributes, fallbackHref: String(attributes['href'] || '') };
        }),
      lang: this.language,
      tokens: this.useBrand ? this.brand : {},
      source: this.source,
      basePath: this.basePath,
      markup: this.markup,
    });
  }

  protected override updated(): void {
    const embed = this.embed;
    if (!embed) return;
    const preview = this.renderRoot.querySelector<HTMLElement>('.preview')!;
    // The partner's own markup, rendered by the real elements (registered by this Storybook).
    if (preview.dataset['body'] !== embed.body) {
      preview.innerHTML = embed.body;
      preview.dataset['body'] = embed.body;
      // The document-wide observer cannot see into this shadow root.
      mountWidgets(preview);
    }
    for (const name of BRAND_TOKENS) preview.style.setProperty(name, this.useBrand ? this.brand[name]! : null);
    if (this.hashedImportMap !== embed.importMap) {
      this.hashedImportMap = embed.importMap;
      void cspHash(embed.importMap).then((hash) => (this.policy = `script-src 'self' ${hash}`));
    }
  }

  private setValue(tag: string, name: string, value: string | boolean): void {
    this.values = { ...this.values, [tag]: { ...this.values[tag], [name]: value } };
  }

  private toggle(tag: string, on: boolean): void {
    const selected = new Set(this.selected);
    if (on) selected.add(tag);
    else selected.delete(tag);
    this.selected = selected;
  }

  private async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.status = 'Copied the HTML.';
    } catch {
      const code = this.renderRoot.querySelector('#snippet')!;
      getSelection()?.selectAllChildren(code);
      this.status = 'Your browser blocked copying: the HTML is selected, press Ctrl+C (⌘C on a Mac).';
    }
  }

  private renderAttribute(tag: string, attribute: AttributeOption) {
    const value = this.values[tag]?.[attribute.name];
    const id = `${tag}-${attribute.name}`;
    const hint = html`<span class="hint" id="${id}-hint">${attribute.description}</span>`;
    if (attribute.kind === 'boolean') {
      return html`<label
        ><input
          type="checkbox"
          aria-describedby="${id}-hint"
          .checked=${value === true}
          @change=${(event: Event) => this.setValue(tag, attribute.name, (event.target as HTMLInputElement).checked)}
        />${attribute.name} ${hint}</label
      >`;
    }
    if (attribute.kind === 'choice') {
      return html`<label
        >${attribute.name}
        <select
          aria-describedby="${id}-hint"
          @change=${(event: Event) => this.setValue(tag, attribute.name, (event.target as HTMLSelectElement).value)}
        >
          ${attribute.choices!.map(
            (choice) =>
              html`<option value=${choice === attribute.fallback ? '' : choice} ?selected=${value === choice}>
                ${choice}${choice === attribute.fallback ? ' (default)' : ''}
              </option>`,
          )}
        </select>
        ${hint}</label
      >`;
    }
    return html`<label
      >${attribute.name}
      <input
        type="text"
        aria-describedby="${id}-hint"
        .value=${String(value ?? '')}
        @input=${(event: Event) => this.setValue(tag, attribute.name, (event.target as HTMLInputElement).value)}
      />
      ${hint}</label
    >`;
  }

  private renderElements() {
    return html`<fieldset>
        <legend>Elements</legend>
        ${this.options.map(
          (option) =>
            html`<label
              ><input
                type="checkbox"
                .checked=${this.selected.has(option.tag)}
                @change=${(event: Event) => this.toggle(option.tag, (event.target as HTMLInputElement).checked)}
              /><code>&lt;${option.tag}&gt;</code> <span class="hint">${option.summary}</span></label
            >`,
        )}
      </fieldset>
      ${this.options
        .filter((option) => this.selected.has(option.tag))
        .map(
          (option) =>
            html`<fieldset>
              <legend>Options of <code>&lt;${option.tag}&gt;</code></legend>
              ${option.attributes.map((attribute) => this.renderAttribute(option.tag, attribute))}
            </fieldset>`,
        )}`;
  }

  private renderSetup() {
    const radio = (group: 'source' | 'markup', value: string, label: string) =>
      html`<label
        ><input
          type="radio"
          name=${group}
          .checked=${this[group] === value}
          @change=${() => ((this as unknown as Record<string, string>)[group] = value)}
        />${label}</label
      >`;
    return html`<fieldset>
        <legend>Language</legend>
        <label
          >Language of the widgets
          <select @change=${(event: Event) => (this.language = (event.target as HTMLSelectElement).value)}>
            <option value="en" ?selected=${this.language === 'en'}>English</option>
            <option value="es" ?selected=${this.language === 'es'}>Español (US)</option>
          </select></label
        >
      </fieldset>
      <fieldset>
        <legend>Brand colours</legend>
        <label
          ><input
            type="checkbox"
            .checked=${this.useBrand}
            @change=${(event: Event) => (this.useBrand = (event.target as HTMLInputElement).checked)}
          />Use my brand colours (the quick exit keeps its danger colour)</label
        >
        ${BRAND_TOKENS.map(
          (name) =>
            html`<label
              ><input
                type="color"
                .value=${this.brand[name]!}
                ?disabled=${!this.useBrand}
                @input=${(event: Event) =>
                  (this.brand = { ...this.brand, [name]: (event.target as HTMLInputElement).value })}
              /><code>${name}</code></label
            >`,
        )}
      </fieldset>
      <fieldset>
        <legend>Where the files come from</legend>
        ${radio('source', 'self', 'My own site (recommended): copy packages/widgets/cdn/ there')}
        <label
          >Folder on my site
          <input
            type="text"
            .value=${this.basePath}
            ?disabled=${this.source !== 'self'}
            @input=${(event: Event) => (this.basePath = (event.target as HTMLInputElement).value)}
        /></label>
        ${radio('source', 'cdn', 'The public CDN (unpkg), pinned to this version')}
      </fieldset>
      <fieldset>
        <legend>Markup</legend>
        ${radio('markup', 'tags', 'Element tags, for templates and pages you control')}
        ${radio('markup', 'data', 'data-sa-widget divs, for a CMS editor that strips unknown tags')}
      </fieldset>`;
  }

  override render() {
    const embed = this.embed;
    if (!embed) return html`<p>Run <code>npm run build</code>: the CDN manifest is missing.</p>`;
    const snippet = snippetOf(embed);
    return html`<form @submit=${(event: Event) => event.preventDefault()}>
        ${this.renderElements()} ${this.renderSetup()}
      </form>
      <section aria-labelledby="html-heading">
        <h2 id="html-heading">Your HTML</h2>
        ${
          embed.notes.length
            ? html`<ul class="notes">
                ${embed.notes.map((note) => html`<li>${note}</li>`)}
              </ul>`
            : nothing
        }
        <pre><code id="snippet">${snippet}</code></pre>
        <button type="button" @click=${() => this.copy(snippet)}>Copy HTML</button>
        <span role="status">${this.status}</span>
        ${
          embed.css
            ? html`<h3>Add to your site's stylesheet</h3>
                <pre><code>${embed.css}</code></pre>`
            : nothing
        }
        <h3>Content Security Policy</h3>
        <p>
          The import map is an inline script: a strict policy allows it by its hash. Add this to your
          <code>script-src</code> (it changes when the files do):
        </p>
        <pre><code>${this.policy}</code></pre>
      </section>
      <section aria-labelledby="preview-heading">
        <h2 id="preview-heading">Live preview</h2>
        <div class="preview"></div>
      </section>`;
  }
}

customElements.get('embed-builder') ?? customElements.define('embed-builder', EmbedBuilder);

import { html, type TemplateResult } from 'lit';
import '@stalking-awareness/widgets/define-all';

export type GalleryTheme = 'light' | 'dark' | 'high-contrast';

export const GALLERY_THEMES: ReadonlyArray<{ theme: GalleryTheme; title: string }> = [
  { theme: 'light', title: 'Light' },
  { theme: 'dark', title: 'Dark' },
  { theme: 'high-contrast', title: 'High contrast' },
];

/** A fixed instant, so open-status wording is the same in every screenshot. */
const NOON = new Date('2026-11-25T18:00:00Z');

/** One element in the gallery, captioned with its tag (and the setting shown); `wide` spans the grid. */
function item(caption: string, element: TemplateResult, wide = false): TemplateResult {
  return html`<figure class=${wide ? 'sb-gallery__item sb-gallery__item--wide' : 'sb-gallery__item'}>
    <figcaption>${caption}</figcaption>
    ${element}
  </figure>`;
}

/**
 * Every element once, in the order a page would show them, inside one host
 * theme (the same classes as the Storybook toolbar's theme). Reviewers
 * compare buttons, panels and type across elements here.
 */
export function gallery(theme: GalleryTheme, title: string): TemplateResult {
  return html`
    <section class="sb-host-theme sb-host-theme--${theme} sb-gallery" aria-label=${title}>
      <h2 class="sb-gallery__title">${title}</h2>
      <div class="sb-gallery__grid">
        ${item('sa-quick-exit (inline)', html`<sa-quick-exit position="inline"></sa-quick-exit>`)}
        ${item(
          'sa-safety-alert (inline, with exit)',
          html`<sa-safety-alert
            variant="inline"
            quick-exit
            quick-exit-href="https://www.weather.gov/"
          ></sa-safety-alert>`,
        )}
        ${item(
          'sa-hotline-banner',
          html`<sa-hotline-banner resource-ids="ndvh victimconnect" .now=${NOON}></sa-hotline-banner>`,
          true,
        )}
        ${item(
          "sa-resource-list (leaves out the banner's hotlines and its 911 line)",
          html`<sa-resource-list categories="support-network legal" page-size="6" .now=${NOON}></sa-resource-list>`,
          true,
        )}
        ${item('sa-resource-card', html`<sa-resource-card resource-id="988-lifeline" .now=${NOON}></sa-resource-card>`)}
        ${item('sa-legal-disclaimer', html`<sa-legal-disclaimer last-reviewed="2026-11-01"></sa-legal-disclaimer>`)}
        ${item('sa-safety-plan', html`<sa-safety-plan heading-level="3"></sa-safety-plan>`)}
        ${item('sa-stalking-log', html`<sa-stalking-log heading-level="3"></sa-stalking-log>`)}
        ${item('sa-stalking-facts', html`<sa-stalking-facts heading-level="3"></sa-stalking-facts>`)}
        ${item('sa-safe-access', html`<sa-safe-access heading-level="3"></sa-safe-access>`)}
      </div>
    </section>
  `;
}

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
        <figure class="sb-gallery__item">
          <figcaption>sa-quick-exit (inline)</figcaption>
          <sa-quick-exit position="inline"></sa-quick-exit>
        </figure>
        <figure class="sb-gallery__item">
          <figcaption>sa-safety-alert (inline, with exit)</figcaption>
          <sa-safety-alert variant="inline" quick-exit quick-exit-href="https://www.weather.gov/"></sa-safety-alert>
        </figure>
        <figure class="sb-gallery__item sb-gallery__item--wide">
          <figcaption>sa-hotline-banner</figcaption>
          <sa-hotline-banner resource-ids="ndvh victimconnect" .now=${NOON}></sa-hotline-banner>
        </figure>
        <figure class="sb-gallery__item sb-gallery__item--wide">
          <figcaption>sa-resource-list (leaves out the banner's hotlines and its 911 line)</figcaption>
          <sa-resource-list categories="support-network legal" page-size="6" .now=${NOON}></sa-resource-list>
        </figure>
        <figure class="sb-gallery__item">
          <figcaption>sa-resource-card</figcaption>
          <sa-resource-card resource-id="988-lifeline" .now=${NOON}></sa-resource-card>
        </figure>
        <figure class="sb-gallery__item">
          <figcaption>sa-legal-disclaimer</figcaption>
          <sa-legal-disclaimer last-reviewed="2026-11-01"></sa-legal-disclaimer>
        </figure>
        <figure class="sb-gallery__item">
          <figcaption>sa-safety-plan</figcaption>
          <sa-safety-plan heading-level="3"></sa-safety-plan>
        </figure>
        <figure class="sb-gallery__item">
          <figcaption>sa-stalking-log</figcaption>
          <sa-stalking-log heading-level="3"></sa-stalking-log>
        </figure>
        <figure class="sb-gallery__item">
          <figcaption>sa-stalking-facts</figcaption>
          <sa-stalking-facts heading-level="3"></sa-stalking-facts>
        </figure>
        <figure class="sb-gallery__item">
          <figcaption>sa-safe-access</figcaption>
          <sa-safe-access heading-level="3"></sa-safe-access>
        </figure>
      </div>
    </section>
  `;
}

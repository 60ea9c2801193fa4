import { html, type TemplateResult } from 'lit';

/**
 * The host situations every element's page shows, written once: the page in
 * Spanish (`lang="es"` on an ancestor, all a host does), the dark and
 * high-contrast host themes (.storybook/preview.css), and a 320 px column
 * (WCAG reflow). Spread one into a story and keep the story's own name and args:
 *   export const Spanish: Story = { name: 'Spanish (lang="es")', ...variants.spanish };
 */
export function hostVariants<A>(render: (args: A) => TemplateResult) {
  return {
    spanish: { render: (args: A) => html`<div lang="es">${render(args)}</div>` },
    dark: { render: (args: A) => html`<div class="sb-host-theme sb-host-theme--dark">${render(args)}</div>` },
    highContrast: {
      render: (args: A) => html`<div class="sb-host-theme sb-host-theme--high-contrast">${render(args)}</div>`,
    },
    narrow320: { render: (args: A) => html`<div class="sb-demo-narrow">${render(args)}</div>` },
  };
}

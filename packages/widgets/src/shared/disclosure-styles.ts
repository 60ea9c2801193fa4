import { css } from 'lit';

/**
 * The native `<details>` disclosure's summary, drawn as a link, shared by
 * sa-legal-disclaimer and sa-safety-alert. Elements set `--_link`.
 */
export const disclosureStyles = css`
  summary {
    cursor: pointer;
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    /* A comfortable target for touch and pointer (WCAG 2.5.8 asks for 24 px). */
    min-block-size: 1.5rem;
    padding-block: 0.125rem;
  }
`;

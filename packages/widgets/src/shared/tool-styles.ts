import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * What the four tools (sa-safety-plan, sa-stalking-log, sa-stalking-facts,
 * sa-safe-access) draw alike, in one place: their box, heading and
 * sub-heading type (`renderHeading` with part `heading`, `renderSubHeading`),
 * paragraph spacing and links, and their forced-colours borders and links.
 *
 * A tool sets these private variables in `:host` from its own public tokens
 * (`--_background: var(--sa-stalking-log-background, var(--_sa-color-surface))`):
 * `--_background`, `--_text`, `--_border`, `--_padding` and `--_link`. The
 * tokens stay in each tool's styles, where their documented names can be found.
 *
 * Include it before the tool's own styles, which then set what differs: the
 * heading's margins, and the box in print.
 *
 * `box` is the tool's outer element (`section`, `.base`): a static selector, never data.
 */
export function toolStyles(box: string): CSSResult {
  const outer = unsafeCSS(box);
  return css`
    ${outer} {
      background: var(--_background);
      color: var(--_text);
      padding: var(--_padding);
      border: 1px solid var(--_border);
      border-radius: var(--_sa-radius);
      overflow-wrap: anywhere;
    }

    [part~='heading'] {
      font-size: var(--_sa-font-size-l);
      line-height: 1.3;
    }

    [part~='subheading'] {
      font-size: var(--_sa-font-size-m);
      line-height: 1.3;
      margin-block: 1.25em 0.5em;
    }

    p {
      margin-block: 0 0.75em;
    }

    a {
      color: var(--_link);
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }

    @media (forced-colors: active) {
      ${outer} {
        border-color: CanvasText;
      }
      a {
        color: LinkText;
      }
    }
  `;
}

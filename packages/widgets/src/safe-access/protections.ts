import { html, nothing, type TemplateResult } from 'lit';
import { msg, safeUrl } from '@stalking-awareness/core';

/**
 * The default, national wording of what a person can ask their agency
 * about. Every statement comes from shared/reference/child-support-safety.md
 * and follows its "safer pattern": "you can ask…", "the agency decides…",
 * "rules differ by state". It never says a person qualifies, will get a
 * protection, or that an address will never be released.
 */

/** The protections, in the order they are listed. Each is a slot name and a key of the `wording` data. */
export const PROTECTION_IDS = [
  'address',
  'good-cause',
  'separate-appointments',
  'remote-hearing',
  'address-program',
] as const;
export type ProtectionId = (typeof PROTECTION_IDS)[number];

/** Everything a host may hide with the `hide` attribute. */
export const HIDEABLE = [...PROTECTION_IDS, 'self-check', 'contact-note'] as const;
export type HideableId = (typeof HIDEABLE)[number];

/** Where a statement comes from. `url` only for pages read in the reference; statutes are cited as text. */
export interface Source {
  label: string;
  url?: string;
  /** Read only in a third-party copy or summary: shown as such. */
  secondary?: boolean;
}

export interface Protection {
  id: ProtectionId;
  heading: string;
  body: TemplateResult;
  sources: Source[];
}

export const MASSACHUSETTS_DOR: Source = {
  label: 'Massachusetts Department of Revenue, Child Support and Your Safety',
  url: 'https://www.mass.gov/info-details/child-support-your-safety',
};

/** Proper names and citations stay as published; only the sentences are translated. */
const SOURCES: Record<Exclude<ProtectionId, 'address-program'>, Source[]> = {
  address: [
    { label: '42 U.S.C. 653(b)(2) and 654(26)' },
    {
      label: 'OCSE, Family Violence Indicator Override (1998)',
      url: 'http://www.acf.hhs.gov/programs/css/resource/family-violence-fv-indicator-override',
    },
    MASSACHUSETTS_DOR,
  ],
  'good-cause': [
    { label: '42 U.S.C. 654(29) and 608(a)(2); 7 U.S.C. 2015(l); 42 CFR 433.147' },
    {
      label: 'ACF Dear Colleague Letter on TANF and child support cooperation (2025)',
      url: 'https://www.acf.hhs.gov/ofa/policy-guidance/acf-dear-colleague-letter-state-tanf-and-child-support-cooperation',
    },
  ],
  'separate-appointments': [
    MASSACHUSETTS_DOR,
    { label: 'SAVES Center', url: 'https://savescenter.org/get-help/', secondary: true },
  ],
  'remote-hearing': [{ label: 'SAVES Center', url: 'https://savescenter.org/get-help/', secondary: true }],
};

/** Where the opening statements come from. */
export const INTRO_SOURCES: Source[] = [
  { label: 'New York State Child Support', url: 'https://childsupport.ny.gov/dcse/accessCssSafely.html' },
  {
    label: 'Texas Attorney General',
    url: 'https://oag.state.tx.us/child-support/get-started/child-support-and-family-violence',
  },
  MASSACHUSETTS_DOR,
  {
    label: 'OCSS, Family Violence',
    url: 'https://www.acf.hhs.gov/css/child-support-professionals/working/family-violence',
  },
];

/** The national count of programs, for the default text. */
export const NASS_SOURCE: Source = { label: 'NASS resolution (2022)', url: 'https://www.nass.org/node/2440' };

/** The four protections with fixed default text. Build inside a render. */
export function defaultProtections(): Protection[] {
  return [
    {
      id: 'address',
      heading: msg('Keeping your address from the other parent', { id: 'safe-access.address-heading' }),
      body: html`<p>
          ${msg('You can ask the agency to add a family violence flag to your case.', {
            id: 'safe-access.address-flag',
          })}
          ${msg('Its name is the Family Violence Indicator.', { id: 'safe-access.address-flag-name' })}
          ${msg('With the flag, the federal system that looks for parents shares your address only with a court.', {
            id: 'safe-access.address-flag-does',
          })}
        </p>
        <p>
          ${msg(
            'States must also have safeguards to keep where you live from the other parent if there is a protective order or a risk of harm.',
            {
              id: 'safe-access.address-state',
            },
          )}
          ${msg('Some call this non-disclosure. You can ask how it works in your state.', {
            id: 'safe-access.address-nondisclosure',
          })}
        </p>
        <p class="limits-label">${msg('What it does not do:', { id: 'safe-access.address-limits' })}</p>
        <ul>
          <li>${msg('A court can still see your address.', { id: 'safe-access.address-court-sees' })}</li>
          <li>
            ${msg(
              'Your address may still be on court papers. Keeping it off may take a separate step with the court.',
              {
                id: 'safe-access.address-court-papers',
              },
            )}
          </li>
          <li>
            ${msg('Each state has its own rules for when to add the flag. The agency decides.', {
              id: 'safe-access.address-who-decides',
            })}
          </li>
        </ul>`,
      sources: SOURCES.address,
    },
    {
      id: 'good-cause',
      heading: msg('“Good cause” if you get TANF, Medicaid or SNAP', { id: 'safe-access.good-cause-heading' }),
      body: html`<p>
          ${msg('If you get TANF, Medicaid or SNAP, you may be asked to help the agency get child support.', {
            id: 'safe-access.good-cause-asked',
          })}
          ${msg(
            'You can ask about “good cause.” It means you have a good reason not to help, such as a risk of harm.',
            {
              id: 'safe-access.good-cause-means',
            },
          )}
        </p>
        <ul>
          <li>
            ${msg('The agency decides if you have good cause. What counts, and what proof you need, differ by state.', {
              id: 'safe-access.good-cause-decides',
            })}
          </li>
          <li>
            ${msg(
              'Your benefits can be affected. If you do not help and have no good cause, your TANF benefits can be cut or stopped.',
              {
                id: 'safe-access.good-cause-benefits',
              },
            )}
          </li>
          <li>${msg('An advocate or a lawyer can help you decide.', { id: 'safe-access.good-cause-help-decide' })}</li>
        </ul>`,
      sources: SOURCES['good-cause'],
    },
    {
      id: 'separate-appointments',
      heading: msg('Separate appointments', { id: 'safe-access.separate-heading' }),
      body: html`<p>
        ${msg('You can ask to meet with staff without the other parent there.', { id: 'safe-access.separate-meet' })}
        ${msg('If you need a DNA test, you can ask for it to be on a different day from the other parent.', {
          id: 'safe-access.separate-testing',
        })}
        ${msg('Ask what your agency offers. Rules differ by state.', { id: 'safe-access.separate-ask' })}
      </p>`,
      sources: SOURCES['separate-appointments'],
    },
    {
      id: 'remote-hearing',
      heading: msg('Taking part by phone or video', { id: 'safe-access.remote-heading' }),
      body: html`<p>
        ${msg('You can ask if you can speak at a hearing by phone or video.', { id: 'safe-access.remote-ask' })}
        ${msg('The court or the agency decides.', { id: 'safe-access.remote-decides' })}
      </p>`,
      sources: SOURCES['remote-hearing'],
    },
  ];
}

/** The host name of a URL, for a source link without a name. */
export function hostName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * "Sources: …", each linked where a page was read, each secondary one marked.
 * Links open in the same tab (a new tab would survive a quick exit) and send no referrer.
 */
export function renderSources(sources: readonly Source[]): TemplateResult {
  const safe = sources.map((source) => ({
    ...source,
    href: source.url ? safeUrl(source.url, { schemes: ['https:', 'http:'], context: 'source' }) : null,
  }));
  return html`<p part="sources" class="sources" data-print="hide">
    ${msg('Sources:', { id: 'safe-access.sources' })}
    ${safe.map(
      (source, index) =>
        html`${index > 0 ? '; ' : ''}${
          source.href ? html`<a href=${source.href} rel="noreferrer">${source.label}</a>` : source.label
        }${
          source.secondary
            ? html` <span class="secondary-note"
                >(${msg('secondary source, not confirmed on an official page', { id: 'safe-access.secondary' })})</span
              >`
            : nothing
        }`,
    )}
  </p>`;
}

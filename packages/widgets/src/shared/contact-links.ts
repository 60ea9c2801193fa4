import { css, html, nothing, type TemplateResult } from 'lit';
import { glueToNumber, renderNumber } from './phone-text.js';
import { phoneNumberStyles } from './family-styles.js';
import {
  CONTACT_CHANNELS,
  contactHref,
  msg,
  spokenDigits,
  str,
  type Contact,
  type ContactChannel,
} from '@stalking-awareness/core';
import { spokenContactNumber } from './spoken-number.js';
import { languageName } from './locale-words.js';

/**
 * How one contact is offered as a link. Shared by `sa-resource-card`,
 * `sa-resource-list`, `sa-hotline-banner` and `sa-safety-alert` so every
 * element says "Call", "TTY" and "Text START to 88788" the same way and reads
 * numbers digit by digit.
 *
 * Build it inside a render (or `this.localize()`): its text comes from `msg()`.
 */
export interface ContactLink {
  channel: ContactChannel;
  /** Safe href (through `contactHref`, hence `safeUrl`), or null when the value is unsafe. */
  href: string | null;
  /** Visible text, e.g. `Call 1-800-799-SAFE (7233)`. */
  text: string;
  /**
   * Accessible name: the visible words first (WCAG 2.5.3, so a speech-input
   * user can say what they see), then the number digit by digit in groups
   * (`Call 1-800-799-SAFE (7233), 1, 8 0 0, 7 9 9, 7 2 3 3`; screen readers
   * otherwise say "nine hundred eighty-eight" for 988).
   */
  accessibleName: string;
  /**
   * What this line is for ("Spanish: press 2"), shown inside the link, so that
   * links to the same number on one card have different names.
   */
  label?: string;
  /** A keyword in another language than the page (`AYUDA` on an English page), marked up with its `lang`. */
  keyword?: { text: string; lang: string };
  /** Said inside the link when the page it opens is in another language: "(page in English)". */
  languageNote?: string;
  /** The `hreflang` of a chat or web link whose page language is known. */
  hreflang?: string;
  /**
   * For numbers: the visible text split around the number, so the number can
   * be shown as published and read digit by digit (see {@link renderContactLink}).
   */
  number?: { before: string; shown: string; spoken: string; after: string };
  /** Chat and web links leave the page: they get `rel="noopener noreferrer"`. */
  external: boolean;
}

/** The site of a URL ("stalkingawareness.org"): shown for web links, and tells whether two links go to one website. */
export function siteOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** The number or code as published, else the raw value. */
function shownNumber(contact: Contact): string {
  return contact.display ?? contact.shortCode ?? contact.value ?? '';
}

/** Stands for the number while a sentence is split around it: a private-use character no message contains. */
const NUMBER_SLOT = '\uE000';

// One function per message, so each id is extracted once and used for both
// the visible text and the digit-by-digit accessible name.
const callText = (number: string) => msg(str`Call ${number}`, { id: 'contact.call' });
const ttyText = (number: string) => msg(str`TTY (text telephone) ${number}`, { id: 'contact.tty' });
const videoText = (number: string) => msg(str`Videophone ${number}`, { id: 'contact.videophone' });
const textKeyword = (keyword: string, number: string) =>
  msg(str`Text ${keyword} to ${number}`, { id: 'contact.text-keyword' });
const textOnly = (number: string) => msg(str`Text ${number}`, { id: 'contact.text' });
const withExtension = (number: string, extension: string) =>
  msg(str`${number} ext. ${extension}`, { id: 'contact.extension' });
const emailText = (address: string) => msg(str`Email ${address}`, { id: 'contact.email' });
const webText = (site: string) => msg(str`Website: ${site}`, { id: 'contact.web' });

const pageLanguageText = (language: string) => msg(str`(page in ${language})`, { id: 'contact.page-language' });

function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? '';
}

/**
 * "(page in English)" when a page in `language` is linked from a page in
 * `locale` of another language; undefined when they match or it is unknown.
 * Call inside a render: the words come from `msg()`.
 */
export function foreignPageNote(language: string | undefined, locale: string): string | undefined {
  if (language === undefined || primaryLanguage(language) === primaryLanguage(locale)) return undefined;
  return pageLanguageText(languageName(language, locale));
}

/** Describes `contact` as a link; see {@link ContactLink}. `locale` is the page's, for language notes. */
export function contactLink(contact: Contact, locale = 'en'): ContactLink {
  const link = baseContactLink(contact);
  const foreign =
    contact.language !== undefined && primaryLanguage(contact.language) !== primaryLanguage(locale)
      ? contact.language
      : undefined;
  // The label joins the link's text, unless the text already says it ("TTY").
  const label = contact.label && !link.text.includes(contact.label) ? contact.label : undefined;
  if (label) link.label = label;
  if (foreign && contact.keyword) link.keyword = { text: contact.keyword, lang: foreign };
  if (contact.language && link.external) link.hreflang = contact.language;
  if (link.external) link.languageNote = foreignPageNote(contact.language, locale);
  const visible = [link.text, label ? `(${label})` : '', link.languageNote ?? ''].filter(Boolean).join(' ');
  link.accessibleName = link.number ? `${visible}, ${link.number.spoken}` : visible;
  return link;
}

function baseContactLink(contact: Contact): ContactLink {
  const channel = contact.channel;
  const href = contactHref(contact);
  const shown = shownNumber(contact);
  const phone = (text: (n: string) => string): ContactLink => {
    let digits = spokenContactNumber(contact);
    let published = shown;
    if (contact.extension && !shown.includes(contact.extension)) {
      published = withExtension(shown, contact.extension);
      digits = withExtension(digits, spokenDigits(contact.extension));
    }
    return {
      channel,
      href,
      external: false,
      text: text(published),
      accessibleName: `${text(published)}, ${digits}`,
      // The translated sentence decides where the number goes ("Call 988", "Llamar al 988").
      number: splitAroundNumber(text, published, digits),
    };
  };
  switch (channel) {
    case 'voice':
      return phone(callText);
    case 'textphone':
      return phone(ttyText);
    case 'videophone':
      return phone(videoText);
    case 'sms': {
      const keyword = contact.keyword;
      return keyword ? phone((n) => textKeyword(keyword, n)) : phone(textOnly);
    }
    case 'chat': {
      const text = msg('Chat online', { id: 'contact.chat' });
      return { channel, href, external: true, text, accessibleName: text };
    }
    case 'web': {
      const text = webText(contact.display ?? siteOf(href ?? undefined) ?? shown);
      return { channel, href, external: true, text, accessibleName: text };
    }
    case 'email': {
      const text = emailText(shown);
      return { channel, href, external: false, text, accessibleName: text };
    }
  }
}

/**
 * Renders a {@link ContactLink}. Its accessible name starts with the visible
 * words (WCAG 2.5.3: a speech-input user says "Call 988" and it works), and a
 * number is then repeated for screen readers only, digit by digit in groups
 * ("…, 1, 8 0 0, 7 9 9, 7 2 3 3"), inside the link's own text rather than
 * through `aria-label`, so the link stays one tab stop and its name follows
 * any translation. The label ("Spanish: press 2") is part of the link too, so
 * links to the same number never share a name.
 *
 * Chat and web links open in the same tab, on purpose: a new tab would
 * survive a quick exit (which replaces only the current tab), leaves one more
 * open window for someone else to see, and disorients screen-reader users
 * (WCAG G201). An unsafe href renders the text without a link, so the reader
 * still learns the number. Include {@link contactLinkStyles} in the element.
 *
 * `data-channel` lets the host element hear which contact was used through
 * one delegated click listener ({@link contactFromEvent}).
 */
export function renderContactLink(link: ContactLink, part = 'contact'): TemplateResult {
  // One inner span: hosts often lay links out with flex, which would drop the space in "Call 988".
  const content = html`<span
      >${link.number ? renderShownNumber(link.number, link.keyword) : link.text}${
        link.label ? html` <span part="${part}-label" class="contact-label">(${link.label})</span>` : nothing
      }${link.languageNote ? html` <span class="language-note">${link.languageNote}</span>` : nothing}</span
    >${link.number ? html`<span class="visually-hidden">, ${link.number.spoken}</span>` : nothing}`;
  if (link.href === null) {
    return html`<span part="${part} ${part}-unlinked" class="contact" data-channel=${link.channel}>${content}</span>`;
  }
  return link.external
    ? html`<a
        part=${part}
        class="contact"
        href=${link.href}
        hreflang=${link.hreflang ?? nothing}
        rel="noopener noreferrer"
        data-channel=${link.channel}
        >${content}</a
      >`
    : html`<a part=${part} class="contact" href=${link.href} data-channel=${link.channel}>${content}</a>`;
}

/** The sentence with its number as published; a foreign keyword in it carries its own `lang`. */
function renderShownNumber(number: NonNullable<ContactLink['number']>, keyword: ContactLink['keyword']) {
  const inLanguage = (segment: string) => {
    if (!keyword || !segment.includes(keyword.text)) return segment;
    const [head, ...rest] = segment.split(keyword.text);
    return html`${head}<span lang=${keyword.lang}>${keyword.text}</span>${rest.join(keyword.text)}`;
  };
  // The number never breaks, nor parts from the word before it ("llame al 911"): see phone-text.ts.
  // A list, not a template: one less lit-html instance for each number on the page.
  return [inLanguage(glueToNumber(number.before)), renderNumber(number.shown), inLanguage(number.after)];
}

/**
 * A number inside a sentence, shown as published and then read digit by
 * digit after the visible words, so the accessible name starts with what is
 * seen: `renderSpokenNumber(splitAroundNumber(callText, '911', '9 1 1'))`
 * renders "call 911", read "call 911, 9 1 1".
 */
export function renderSpokenNumber(number: NonNullable<ContactLink['number']>): TemplateResult {
  // The number never breaks, nor parts from the word before it ("llame al 911"): see phone-text.ts.
  return html`${glueToNumber(number.before)}${renderNumber(number.shown)}${number.after}<span class="visually-hidden"
      >, ${number.spoken}</span
    >`;
}

/** Splits a translated sentence around its number, for {@link renderSpokenNumber}. */
export function splitAroundNumber(
  sentence: (number: string) => string,
  shown: string,
  spoken: string,
): NonNullable<ContactLink['number']> {
  const [before = '', after = ''] = sentence(NUMBER_SLOT).split(NUMBER_SLOT);
  return { before, shown, spoken, after };
}

/** What {@link renderContactLink} needs: numbers that never break (text for screen readers only is in the base styles). */
export const contactLinkStyles = css`
  ${phoneNumberStyles}
`;

/** The contact link an event passed through, if any. */
export function contactFromEvent(event: Event): { link: HTMLAnchorElement; channel: ContactChannel } | undefined {
  for (const node of event.composedPath()) {
    if (node === event.currentTarget) break;
    const channel = node instanceof HTMLAnchorElement ? node.dataset['channel'] : undefined;
    if (channel && (CONTACT_CHANNELS as readonly string[]).includes(channel)) {
      return { link: node as HTMLAnchorElement, channel: channel as ContactChannel };
    }
  }
  return undefined;
}

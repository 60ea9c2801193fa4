import { css, html, type TemplateResult } from 'lit';
import {
  CONTACT_CHANNELS,
  contactHref,
  msg,
  spokenDigits,
  str,
  type Contact,
  type ContactChannel,
} from '@stalking-awareness/core';

/**
 * How one contact is offered as a link. Shared by `sa-resource-card`,
 * `sa-resource-list` and `sa-hotline-banner` so every element says "Call",
 * "TTY" and "Text START to 88788" the same way and reads numbers digit by digit.
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
   * Accessible name, read digit by digit for numbers and short codes
   * (`Call 9 8 8`; screen readers otherwise say "nine hundred eighty-eight").
   */
  accessibleName: string;
  /**
   * For numbers: the visible text split around the number, so the number can
   * be shown as published and read digit by digit (see {@link renderContactLink}).
   */
  number?: { before: string; shown: string; spoken: string; after: string };
  /** Chat and web links leave the page: they get `rel="noopener noreferrer"`. */
  external: boolean;
}

function hostOf(url: string | undefined): string | undefined {
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

/** Describes `contact` as a link; see {@link ContactLink}. */
export function contactLink(contact: Contact): ContactLink {
  const channel = contact.channel;
  const href = contactHref(contact);
  const shown = shownNumber(contact);
  const phone = (text: (n: string) => string): ContactLink => {
    let digits = spokenDigits(contact.shortCode ?? contact.value ?? shown) || shown;
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
      accessibleName: text(digits),
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
      const text = webText(contact.display ?? hostOf(href ?? undefined) ?? shown);
      return { channel, href, external: true, text, accessibleName: text };
    }
    case 'email': {
      const text = emailText(shown);
      return { channel, href, external: false, text, accessibleName: text };
    }
  }
}

/**
 * Renders a {@link ContactLink}. A number is shown as published and, for
 * screen readers, replaced by its digits ("Call 9 8 8") inside the link's own
 * text rather than through `aria-label`, so the accessible name still follows
 * the visible words (WCAG 2.5.3) and the link stays one tab stop.
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
  const content = html`<span>${link.number ? renderSpokenNumber(link.number) : link.text}</span>`;
  if (link.href === null) {
    return html`<span part="${part} ${part}-unlinked" class="contact" data-channel=${link.channel}>${content}</span>`;
  }
  return link.external
    ? html`<a part=${part} class="contact" href=${link.href} rel="noopener noreferrer" data-channel=${link.channel}
        >${content}</a
      >`
    : html`<a part=${part} class="contact" href=${link.href} data-channel=${link.channel}>${content}</a>`;
}

/**
 * A number inside a sentence, shown as published and read digit by digit:
 * `renderSpokenNumber(splitAroundNumber(callText, '911', '9 1 1'))` renders "call 911", read "call 9 1 1".
 */
export function renderSpokenNumber(number: NonNullable<ContactLink['number']>): TemplateResult {
  return html`${number.before}<span aria-hidden="true">${number.shown}</span
    ><span class="visually-hidden">${number.spoken}</span>${number.after}`;
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

/** The class {@link renderContactLink} needs: text for screen readers only. */
export const contactLinkStyles = css``;

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

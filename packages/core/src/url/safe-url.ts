import { warnOnce } from '../warn.js';

/** Schemes every widget may render as a link unless a caller narrows the list. */
export const DEFAULT_SAFE_SCHEMES = ['https:', 'http:', 'tel:', 'sms:', 'mailto:'] as const;

export interface SafeUrlOptions {
  /** Schemes (with their trailing colon) the caller accepts, e.g. `['https:']`. */
  schemes?: readonly string[];
  /** Resolves relative URLs; defaults to the document's base URL. */
  base?: string;
  /** Names the field in the warning, e.g. `resource "ndvh" url`. */
  context?: string;
  /** False when the caller reports the rejection itself (a validator naming the JSON path). */
  warn?: boolean;
}

// C0 controls, DEL and C1 controls, plus bidi overrides that can disguise a URL.
const FORBIDDEN_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const MAX_LENGTH = 2048;

/**
 * Returns a normalised URL string that is safe to put in an `href`, or null
 * (with one console warning naming the value) when it is not.
 *
 * Allows http(s), tel, sms and mailto by default. Rejects `javascript:`,
 * `data:`, `vbscript:`, `blob:` and every other scheme not allowed, URLs
 * that carry credentials, control characters and anything the URL parser
 * cannot read. The check runs on the parsed URL, so encodings such as
 * `java&#09;script:` or `JaVaScRiPt:` cannot slip past it.
 */
export function safeUrl(value: unknown, options: SafeUrlOptions = {}): string | null {
  return checkUrl(value, options.schemes ?? DEFAULT_SAFE_SCHEMES, options, (parsed, reject) =>
    (parsed.protocol === 'tel:' || parsed.protocol === 'sms:') &&
    !/^\+?[0-9*#().\- ]+(;[^?]*)?(\?.*)?$/.test(decodeURIComponentSafe(parsed.pathname))
      ? reject('not a phone number')
      : parsed.href,
  );
}

/**
 * @internal {@link safeUrl} for web addresses only (http and https), such as
 * an exit's destination: the same checks and warning, without the
 * phone-number rules that never apply to them, so the quick exit's bundle
 * carries none of that code.
 */
export function safeWebUrl(value: unknown, context?: string): string | null {
  return checkUrl(value, WEB_SCHEMES, { context }, (parsed) => parsed.href);
}

const WEB_SCHEMES = ['https:', 'http:'] as const;

/** Refuses a URL, naming the reason; returns null. */
type Reject = (reason: string) => null;

/** The checks every scheme gets, then `last`: a scheme's own checks, giving the result. */
function checkUrl(
  value: unknown,
  schemes: readonly string[],
  options: SafeUrlOptions,
  last: (parsed: URL, reject: Reject) => string | null,
): string | null {
  const { context, warn } = options;
  /** Refuses `value`, naming it, the caller's context and the reason in one warning (unless the caller reports it). */
  const reject = (reason: string): null => {
    if (warn === false) return null;
    const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 120)) : String(value);
    warnOnce(`Rejected unsafe URL ${shown}${context ? ` (${context})` : ''}: ${reason}.`);
    return null;
  };
  if (typeof value !== 'string') return reject('not a string');
  const trimmed = value.trim();
  if (trimmed === '') return reject('empty');
  if (trimmed.length > MAX_LENGTH) return reject('too long');
  if (FORBIDDEN_CHARACTERS.test(trimmed)) return reject('contains control characters');

  let parsed: URL;
  try {
    const base = options.base ?? (typeof document !== 'undefined' ? document.baseURI : undefined);
    parsed = new URL(trimmed, base);
  } catch {
    return reject('malformed');
  }

  const scheme = parsed.protocol; // lower case: the parser normalises it
  if (!schemes.includes(scheme)) return reject(`scheme "${scheme}" is not allowed`);
  if (parsed.username !== '' || parsed.password !== '') {
    return reject('contains credentials');
  }
  if ((scheme === 'http:' || scheme === 'https:') && parsed.hostname === '') {
    return reject('has no host');
  }
  return last(parsed, reject);
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

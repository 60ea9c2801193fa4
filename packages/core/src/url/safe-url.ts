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

function rejectAndWarn(value: unknown, reason: string, context?: string, warn = true): null {
  if (!warn) return null;
  const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 120)) : String(value);
  warnOnce(`Rejected unsafe URL ${shown}${context ? ` (${context})` : ''}: ${reason}.`);
  return null;
}

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
  const { schemes = DEFAULT_SAFE_SCHEMES, context, warn } = options;
  const reject = (input: unknown, reason: string, where?: string) => rejectAndWarn(input, reason, where, warn);
  if (typeof value !== 'string') return reject(value, 'not a string', context);
  const trimmed = value.trim();
  if (trimmed === '') return reject(value, 'empty', context);
  if (trimmed.length > MAX_LENGTH) return reject(value, 'too long', context);
  if (FORBIDDEN_CHARACTERS.test(trimmed)) return reject(value, 'contains control characters', context);

  let parsed: URL;
  try {
    const base = options.base ?? (typeof document !== 'undefined' ? document.baseURI : undefined);
    parsed = new URL(trimmed, base);
  } catch {
    return reject(value, 'malformed', context);
  }

  const scheme = parsed.protocol.toLowerCase();
  if (!schemes.includes(scheme)) return reject(value, `scheme "${scheme}" is not allowed`, context);
  if (parsed.username !== '' || parsed.password !== '') {
    return reject(value, 'contains credentials', context);
  }
  if ((scheme === 'http:' || scheme === 'https:') && parsed.hostname === '') {
    return reject(value, 'has no host', context);
  }
  if (
    (scheme === 'tel:' || scheme === 'sms:') &&
    !/^\+?[0-9*#().\- ]+(;[^?]*)?(\?.*)?$/.test(decodeURIComponentSafe(parsed.pathname))
  ) {
    return reject(value, 'not a phone number', context);
  }
  return parsed.href;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

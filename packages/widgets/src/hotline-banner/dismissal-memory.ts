/**
 * Remembers a dismissed banner for the rest of the browser tab's session,
 * and only when the host opted in with `remember-dismissal="session"`.
 *
 * Anything stored can be found by the person watching someone's device, so
 * by default nothing is: a dismissal lasts for the page view. Callers must
 * not reach this module without the opt-in; it never touches localStorage
 * or cookies. Storage may be blocked (privacy modes, sandboxed frames):
 * every access is guarded, and failure just means "not remembered".
 */

const KEY_PREFIX = 'sa-hotline-banner:dismissed:';

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** True when a banner for `key` (its hotline ids) was dismissed earlier in this tab's session. */
export function wasDismissedThisSession(key: string): boolean {
  try {
    return storage()?.getItem(KEY_PREFIX + key) === '1';
  } catch {
    return false;
  }
}

export function rememberDismissalThisSession(key: string): void {
  try {
    storage()?.setItem(KEY_PREFIX + key, '1');
  } catch {
    // Quota or a blocked store: the dismissal still holds for this page view.
  }
}

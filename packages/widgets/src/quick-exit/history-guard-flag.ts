/**
 * The sessionStorage key shared with guard-history.js (a classic script that
 * cannot import it: keep the two in step). sessionStorage belongs to one tab
 * and one site, which is exactly what the guard protects.
 */
export const HISTORY_GUARD_KEY = 'sa-quick-exit:exited-to';

/**
 * Tells guard-history.js, on every page of this site reached again in this
 * tab by Back or Forward, to hide and leave for `destination`. The only
 * storage any widget writes, and only when the host set `guard-history`.
 */
export function rememberExitForHistoryGuard(destination: string): void {
  try {
    sessionStorage.setItem(HISTORY_GUARD_KEY, destination);
  } catch {
    // Storage blocked: the exit itself goes ahead.
  }
}

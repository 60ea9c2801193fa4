const alreadyWarned = new Set<string>();

/**
 * Logs a console warning once per distinct message, so a page that renders
 * the same bad input a hundred times does not flood the host's console.
 */
export function warnOnce(message: string): void {
  if (alreadyWarned.has(message)) return;
  alreadyWarned.add(message);
  console.warn(`[stalking-awareness] ${message}`);
}

/** Forgets which warnings were given. For tests only. */
export function resetWarnings(): void {
  alreadyWarned.clear();
}

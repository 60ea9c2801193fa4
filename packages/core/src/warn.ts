const alreadyWarned = new Set<string>();
let gathered: string[] | undefined;

/**
 * Logs a console warning once per distinct message, so a page that renders
 * the same bad input a hundred times does not flood the host's console.
 */
export function warnOnce(message: string): void {
  if (alreadyWarned.has(message)) return;
  alreadyWarned.add(message);
  console.warn(`[stalking-awareness] ${message}`);
}

/**
 * {@link warnOnce} for notices an ordinary page gives while it renders (the
 * bundled records past their review date): the messages given until the
 * current script's microtasks run go out as one console warning, a line
 * each. A console call deep inside a render costs a page about 1.4 ms with
 * developer tools or a test driver attached, for the stack trace they
 * record; one call from a microtask records a stack of one frame (issue 14).
 */
export function warnOnceGathered(message: string): void {
  if (alreadyWarned.has(message)) return;
  alreadyWarned.add(message);
  if (!gathered) {
    gathered = [];
    queueMicrotask(() => {
      console.warn(`[stalking-awareness] ${gathered!.join('\n')}`);
      gathered = undefined;
    });
  }
  gathered.push(message);
}

/** Forgets which warnings were given. For tests only. */
export function resetWarnings(): void {
  alreadyWarned.clear();
}

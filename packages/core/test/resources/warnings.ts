import { resetWarnings } from '../../src/warn.js';

/** Captures console warnings while `run` executes; forgets earlier warnings first so none are deduplicated away. */
export function captureWarnings<T>(run: () => T): { result: T; warnings: string[] } {
  resetWarnings();
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    return { result: run(), warnings };
  } finally {
    console.warn = original;
  }
}

export async function captureWarningsAsync<T>(run: () => Promise<T>): Promise<{ result: T; warnings: string[] }> {
  resetWarnings();
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    return { result: await run(), warnings };
  } finally {
    console.warn = original;
  }
}

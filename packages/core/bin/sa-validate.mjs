#!/usr/bin/env node
// sa-validate <file.json>: checks resource data exactly as the widgets will
// (same validator, same HSDS adapter, from core's Lit-free public entry
// `@stalking-awareness/core/data`), so a partner's CI fails before a bad
// hotline record reaches a page.
// Exit codes: 0 valid, 1 invalid (every problem listed with its JSON path),
// 2 usage error or unreadable file.
import { readFile } from 'node:fs/promises';
import process from 'node:process';

const USAGE = `Usage: sa-validate <file.json>

Validates stalking-awareness resource data: an array of resources, or Open
Referral HSDS 3.0 service(s) or a paginated list. Prints every problem with
its JSON path. Exit code 0 when valid, 1 when not, 2 on a usage error.`;

function usageError(message) {
  process.stderr.write(`sa-validate: ${message}\n\n${USAGE}\n`);
  return 2;
}

/** Runs `work` with console warnings collected rather than printed, so the output stays one line per problem. */
async function collectWarnings(work) {
  const notes = [];
  const original = console.warn;
  console.warn = (...args) =>
    notes.push(
      args
        .map(String)
        .join(' ')
        .replace(/^\[stalking-awareness\] /, ''),
    );
  try {
    return { result: await work(), notes };
  } finally {
    console.warn = original;
  }
}

async function main(args) {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.length !== 1 || args[0].startsWith('-'))
    return usageError(args.length === 0 ? 'no file given' : `expected one file, got: ${args.join(' ')}`);
  const [file] = args;

  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return usageError(`cannot read ${file}: ${error.code ?? error.message}`);
  }
  let data;
  try {
    // Files saved on Windows often start with a byte-order mark, which JSON.parse refuses.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    process.stdout.write(`${file}: $: not valid JSON (${error.message.replace(/\s+/g, ' ')})\n`);
    return 1;
  }

  let core;
  try {
    // The package's own Lit-free data entry: what a Node user imports too.
    core = await import('@stalking-awareness/core/data');
  } catch (error) {
    process.stderr.write(`sa-validate: the built library is missing (${error.message}); build core first.\n`);
    return 2;
  }

  const { result, notes } = await collectWarnings(() => core.resourcesFromData(data, { warn: false }));
  for (const note of notes.filter((line) => line.startsWith('HSDS'))) process.stdout.write(`${file}: note: ${note}\n`);
  for (const resource of result.resources.filter((candidate) => core.isStale(candidate))) {
    process.stdout.write(
      `${file}: note: resource "${resource.id}" was due for review on ${resource.provenance.reviewBy}\n`,
    );
  }
  for (const issue of result.issues) {
    const record = issue.id === undefined ? '' : ` (resource "${issue.id}")`;
    process.stdout.write(`${file}: ${issue.path}${record}: ${issue.message}\n`);
  }
  const invalid = new Set(result.issues.map((issue) => issue.path.match(/^\$\[\d+\]/)?.[0] ?? issue.path)).size;
  if (invalid === 0) {
    process.stdout.write(
      `${file}: ${result.resources.length} resource${result.resources.length === 1 ? '' : 's'}, all valid\n`,
    );
    return 0;
  }
  process.stdout.write(
    `${file}: ${result.issues.length} problem${result.issues.length === 1 ? '' : 's'} in ${invalid} record${invalid === 1 ? '' : 's'}; ${result.resources.length} valid\n`,
  );
  return 1;
}

process.exitCode = await main(process.argv.slice(2));

/**
 * How tests start the program's processes: as the npm scripts do.
 */
import { readFileSync } from 'node:fs';

export const NODE = process.execPath;

const scripts = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts;

/** What npm runs a package script with on Linux and macOS (its default script-shell). */
export const SCRIPT_SHELL = '/bin/sh';

/**
 * The shell's arguments for an npm script (`start`, `ask`, `extract`) with `args` after it, as npm runs it:
 * `sh -c '<the script from package.json> "$@"' <name> ARGS…`. The script sets its environment and `exec`s
 * node, so the process a test starts is node itself (its pid, its signals), started exactly as users start it.
 */
export function npmScriptArgs(name: 'start' | 'ask' | 'extract', ...args: string[]): string[] {
  const script = scripts[name];
  if (script === undefined || !/(?:^| )exec node /.test(script)) {
    throw new Error(`package.json's ${name} script does not exec node`);
  }
  return ['-c', `${script} "$@"`, name, ...args];
}

/**
 * A TypeScript test fixture run through tsx's loader. (The tsx CLI wraps the program in a second
 * process and SIGKILLs it when it does not confirm a SIGTERM within 30 ms, which a busy bot cannot promise.)
 */
export function tsArgs(script: string, ...args: string[]): string[] {
  return ['--import', 'tsx', script, ...args];
}

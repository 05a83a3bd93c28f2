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

/**
 * node's arguments for an npm script (`start`, `ask`, `extract`), read from package.json so that a test
 * runs exactly the command users run: `exec node scripts/run.mjs src/cli/start.ts` → those two.
 */
export function npmScriptArgs(name: 'start' | 'ask' | 'extract', ...args: string[]): string[] {
  const command = /^exec node (.+)$/.exec(scripts[name] ?? '')?.[1];
  if (command === undefined) throw new Error(`package.json's ${name} script does not exec node`);
  return [...command.split(' '), ...args];
}

/**
 * A TypeScript test fixture run through tsx's loader. (The tsx CLI wraps the program in a second
 * process and SIGKILLs it when it does not confirm a SIGTERM within 30 ms, which a busy bot cannot promise.)
 */
export function tsArgs(script: string, ...args: string[]): string[] {
  return ['--import', 'tsx', script, ...args];
}

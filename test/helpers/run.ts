/**
 * Runs a TypeScript entry point as the npm scripts do: one node process with tsx's loader. (The tsx
 * CLI wraps the program in a second process and SIGKILLs it when it does not confirm a SIGTERM within
 * 30 ms, which a busy bot cannot promise.)
 */
export const NODE = process.execPath;

export function tsArgs(script: string, ...args: string[]): string[] {
  return ['--import', 'tsx', script, ...args];
}

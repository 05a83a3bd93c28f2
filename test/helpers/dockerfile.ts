/** Reads the instructions of the repository's Dockerfile that the tests run or check. */
import { readFileSync } from 'node:fs';

export interface Dockerfile {
  readonly from: string;
  /** Every RUN command, as written. */
  readonly run: readonly string[];
  readonly user: string | undefined;
  readonly stopSignal: string | undefined;
  /** ENV settings, in order, later ones winning. */
  readonly env: Readonly<Record<string, string>>;
  /** CMD in exec form; undefined when it is in shell form (a shell between Docker and node). */
  readonly cmd: readonly string[] | undefined;
  /** HEALTHCHECK's command in exec form, and its options (`--interval=30s` → interval: '30s'). */
  readonly healthcheck:
    { readonly cmd: readonly string[] | undefined; readonly options: Readonly<Record<string, string>> } | undefined;
}

export function readDockerfile(path: string): Dockerfile {
  // Join continuation lines, drop comments and blank lines.
  const lines = readFileSync(path, 'utf8')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const env: Record<string, string> = {};
  const run: string[] = [];
  let from = '';
  let user: string | undefined;
  let stopSignal: string | undefined;
  let cmd: string[] | undefined;
  let healthcheck: Dockerfile['healthcheck'];
  for (const line of lines) {
    const [, instruction = '', rest = ''] = line.match(/^(\w+)\s+(.*)$/) ?? [];
    switch (instruction.toUpperCase()) {
      case 'FROM':
        from = rest;
        break;
      case 'RUN':
        run.push(rest);
        break;
      case 'USER':
        user = rest;
        break;
      case 'STOPSIGNAL':
        stopSignal = rest;
        break;
      case 'ENV':
        for (const [, key = '', value = ''] of rest.matchAll(/(\w+)=(\S+)/g)) env[key] = value;
        break;
      case 'CMD':
        cmd = execForm(rest);
        break;
      case 'HEALTHCHECK': {
        const options: Record<string, string> = {};
        const [, flags = '', command = ''] = rest.match(/^((?:--\S+\s+)*)CMD\s+(.*)$/) ?? [];
        for (const [, key = '', value = ''] of flags.matchAll(/--([\w-]+)=(\S+)/g)) options[key] = value;
        healthcheck = { cmd: execForm(command), options };
        break;
      }
    }
  }
  return { from, run, user, stopSignal, env, cmd, healthcheck };
}

function execForm(text: string): string[] | undefined {
  if (!text.startsWith('[')) return undefined;
  const parsed: unknown = JSON.parse(text);
  return Array.isArray(parsed) && parsed.every((p) => typeof p === 'string') ? parsed : undefined;
}

import { inspect } from 'node:util';
import type { LogLevel, Logger } from '@slack/bolt';
import type { LogLevelName } from './config.ts';
import { redactSecrets } from './errors.ts';

const ORDER: Record<LogLevelName, number> = { debug: 0, info: 1, warn: 2, error: 3 };

export interface LogLine {
  readonly level: LogLevelName;
  readonly text: string;
}

/**
 * The logger Bolt, the Web API client and our listeners share. Lines go to `write` (stderr by default)
 * with any token-shaped string redacted, whoever produced the message.
 */
export function createLogger(level: LogLevelName, write: (line: LogLine) => void = toStderr): Logger {
  const emit = (at: LogLevelName, parts: unknown[]): void => {
    if (ORDER[at] < ORDER[level]) return;
    const text = parts
      .map((p) => (typeof p === 'string' ? p : inspect(p, { depth: 3, breakLength: Infinity })))
      .join(' ');
    write({ level: at, text: redactSecrets(`[${at.toUpperCase()}] ${text}`) });
  };
  return {
    debug: (...m: unknown[]) => emit('debug', m),
    info: (...m: unknown[]) => emit('info', m),
    warn: (...m: unknown[]) => emit('warn', m),
    error: (...m: unknown[]) => emit('error', m),
    // Bolt resets its logger to its own default level (info) unless told otherwise; the level given
    // here, from LOG_LEVEL, is the one that holds.
    setLevel: () => undefined,
    getLevel: () => level as LogLevel,
    // Bolt and the Web API client name their loggers; one shared prefix-free stream reads better.
    setName: () => undefined,
  };
}

function toStderr(line: LogLine): void {
  process.stderr.write(`${line.text}\n`);
}

/**
 * A command started the way a process manager or a terminal starts it: in a process group of its own
 * (the group's id is the command's pid), so a test can signal the group as a terminal's Ctrl-C does,
 * and check afterwards that no process of the group is left, npm's child included.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

export interface GroupProcess {
  readonly child: ChildProcessWithoutNullStreams;
  /** The command's pid, which is also its process group's id. */
  readonly pid: number;
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** The exit code, or the signal's name when a signal ended it. */
  readonly exited: Promise<number | NodeJS.Signals>;
  /** Resolves with the first match of `pattern` on stderr; rejects if the process exits first or after `timeoutMs`. */
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Signals the command's own process only (a process manager, `kill PID`, `docker stop` to PID 1). */
  signal(signal: NodeJS.Signals): void;
  /** Signals every process of the group at once (Ctrl-C in a terminal). */
  signalGroup(signal: NodeJS.Signals): void;
  /** True while any process of the group exists. */
  groupAlive(): boolean;
  /** Resolves true once the whole group is gone, false if it is still there at `deadline` (a `Date.now()` value). */
  groupGoneBy(deadline: number): Promise<boolean>;
  /** SIGKILLs whatever is left of the group: a failed test must not leave a bot running. */
  cleanUp(): void;
}

export function startInGroup(
  command: string,
  args: readonly string[],
  options: { readonly env: NodeJS.ProcessEnv; readonly cwd: string },
): GroupProcess {
  // detached: setsid(), so the command leads a new session and process group, as a terminal job or a service does.
  const child = spawn(command, args, { env: options.env, cwd: options.cwd, detached: true });
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  const pid = child.pid;
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | NodeJS.Signals>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)),
  );
  const groupAlive = (): boolean => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
      throw error;
    }
  };
  return {
    child,
    pid,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    waitForLine: (pattern, timeoutMs = 60_000) =>
      new Promise((resolve, reject) => {
        const check = (): void => {
          const match = stderr.match(pattern);
          if (match) finish(() => resolve(match));
        };
        const onExit = (): void => finish(() => reject(new Error(`exited before ${pattern}:\n${stderr}`)));
        const timer = setTimeout(
          () => finish(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${stderr}`))),
          timeoutMs,
        );
        const finish = (settle: () => void): void => {
          clearTimeout(timer);
          child.stderr.off('data', check);
          child.off('exit', onExit);
          settle();
        };
        child.stderr.on('data', check);
        child.once('exit', onExit);
        check();
      }),
    signal: (signal) => {
      process.kill(pid, signal);
    },
    signalGroup: (signal) => {
      process.kill(-pid, signal);
    },
    groupAlive,
    groupGoneBy: async (deadline) => {
      while (groupAlive()) {
        if (Date.now() >= deadline) return false;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return true;
    },
    cleanUp: () => {
      if (groupAlive()) process.kill(-pid, 'SIGKILL');
    },
  };
}

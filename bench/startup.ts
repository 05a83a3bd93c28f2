/**
 * Start-up as users meet it: `npm start` with no Slack credentials (the terminal chat), its script from
 * package.json run by the shell as npm runs it (npm's own start-up left out), timed from spawning it
 * until the answer to a first question, piped in at once, has been printed; resident memory is read
 * from /proc while the chat waits for the next question. Next to it, in the same run: a bare `node`
 * start, and the same chat run through tsx (how `npm start` ran before dist/).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { MB, median, round, since } from './stats.ts';

export interface StartupFigures {
  /** `npm start`'s command (compiled JavaScript): spawn → first answer printed. */
  ready_ms: number;
  rss_mb: number;
  /** CPU time (user + system) the process used until then: robust to other load on the machine. */
  cpu_ms: number;
  /** Baseline: `node -e` printing a line, nothing loaded. */
  bare_node_ms: number;
  bare_node_rss_mb: number;
  bare_node_cpu_ms: number;
  /** Baseline: the terminal chat through tsx's loader, as `npm start` ran before the build step. */
  tsx_ready_ms: number;
  tsx_rss_mb: number;
  tsx_cpu_ms: number;
}

const RUNS = 5;

interface Run {
  ms: number;
  rss_mb: number;
  cpu_ms: number;
}
const QUESTION = 'When is the summit?';
const START_SCRIPT = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } }
).scripts.start;
/** `npm start` as npm runs it, less npm itself: its script through the shell, which execs node. */
const CHAT: Command = ['/bin/sh', ['-c', START_SCRIPT]];
const CHAT_TSX: Command = [process.execPath, ['--import', 'tsx', 'src/cli/start.ts']];
const BARE: Command = [process.execPath, ['-e', "process.stdout.write('ready\\n\\n'); process.stdin.resume()"]];

type Command = readonly [file: string, args: readonly string[]];

/** Resident memory of a live process, from /proc (Linux); NaN elsewhere. */
function rssOf(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kb === undefined ? Number.NaN : (Number(kb) * 1024) / MB;
  } catch {
    return Number.NaN;
  }
}

/**
 * CPU time a live process has used (user + system, 10 ms ticks), from /proc (Linux); NaN elsewhere.
 * Unlike wall time it hardly depends on what else the machine is doing.
 */
function cpuOf(pid: number | undefined): number {
  try {
    // Fields after the command name (which is in parentheses and may hold spaces): utime is the 12th, stime the 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /s, '')
      .split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

/** One start: the question goes in at once; ready when its answer (ended by a blank line) is out. */
function startOnce([file, args]: Command): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: '', NO_COLOR: '1' };
    const t = process.hrtime.bigint();
    const child = spawn(file, args, { env, stdio: ['pipe', 'pipe', 'ignore'] });
    child.stdin.write(`${QUESTION}\n`);
    let out = '';
    let done = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (done || !out.includes('\n\n')) return;
      done = true;
      const ms = since(t) / 1000;
      const rss_mb = rssOf(child.pid);
      const cpu_ms = cpuOf(child.pid);
      child.kill('SIGTERM');
      resolve({ ms, rss_mb, cpu_ms });
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (!done) reject(new Error(`${args.join(' ')} exited with ${code} before answering`));
    });
  });
}

export async function measureStartup(log: (line: string) => void): Promise<StartupFigures> {
  // One start of each first: it rebuilds dist/ if the sources changed, and fills tsx's compile cache,
  // as any second start would find them.
  await startOnce(CHAT);
  await startOnce(CHAT_TSX);
  // Interleaved, so a burst of load from elsewhere falls on all three alike.
  const runs: Record<'chat' | 'tsx' | 'bare', Run[]> = { chat: [], tsx: [], bare: [] };
  for (let i = 0; i < RUNS; i += 1) {
    runs.bare.push(await startOnce(BARE));
    runs.chat.push(await startOnce(CHAT));
    runs.tsx.push(await startOnce(CHAT_TSX));
  }
  const med = (list: Run[]): Run => ({
    ms: median(list.map((r) => r.ms)),
    rss_mb: median(list.map((r) => r.rss_mb)),
    cpu_ms: median(list.map((r) => r.cpu_ms)),
  });
  const [chatM, tsxM, bareM] = [med(runs.chat), med(runs.tsx), med(runs.bare)];
  const show = (list: Run[]): string => list.map((r) => round(r.ms)).join(', ');
  const line = (name: string, list: Run[], m: Run): string =>
    `startup: ${name} ${show(list)} ms → median ${round(m.ms)} ms ` +
    `(cpu ${round(m.cpu_ms)} ms), rss ${round(m.rss_mb)} MB`;
  log(line('npm start (dist)', runs.chat, chatM));
  log(line('through tsx', runs.tsx, tsxM));
  log(line('bare node', runs.bare, bareM));
  return {
    ready_ms: chatM.ms,
    rss_mb: chatM.rss_mb,
    cpu_ms: chatM.cpu_ms,
    bare_node_ms: bareM.ms,
    bare_node_rss_mb: bareM.rss_mb,
    bare_node_cpu_ms: bareM.cpu_ms,
    tsx_ready_ms: tsxM.ms,
    tsx_rss_mb: tsxM.rss_mb,
    tsx_cpu_ms: tsxM.cpu_ms,
  };
}

// `npx tsx bench/startup.ts`: this part of the benchmark alone.
if (process.argv[1]?.endsWith('bench/startup.ts')) {
  const figures = await measureStartup((line) => process.stderr.write(`${line}\n`));
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

/**
 * The README's terminal-chat transcript, made by running `npm start` as a newcomer would (no Slack
 * credentials, the questions typed in) and keeping everything it prints, in order.
 *
 *   npm run transcript            rewrites the transcript in README.md
 *   npm run transcript -- --check exits 1 if README.md's transcript is not what npm start prints now
 *
 * test/transcript.test.ts runs the same comparison, so an engine or rendering change that alters the
 * chat fails the tests until the README is regenerated.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the transcript types: help, the timeline, three questions, and goodbye. */
export const TRANSCRIPT_INPUT = [
  'help',
  'list',
  'when is the Helsinki summit?',
  'where did trump and putin first meet?',
  'who confirmed the g20 meeting?',
  'exit',
];

export const README = 'README.md';
const BEGIN =
  '<!-- transcript: made by `npm run transcript` from what `npm start` prints; test/transcript.test.ts checks it -->';
const END = '<!-- /transcript -->';

/** Runs `npm start` with the questions on stdin and returns stdout and stderr as one terminal shows them. */
export async function recordTranscript(cwd = process.cwd()): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'newsbot-transcript-'));
  const file = join(dir, 'out.txt');
  // One file for both streams: the bytes land in the order they were written, as on a terminal.
  const fd = openSync(file, 'w');
  try {
    const child = spawn('npm', ['start'], { cwd, env: newcomerEnv(), stdio: ['pipe', fd, fd] });
    child.stdin?.end(`${TRANSCRIPT_INPUT.join('\n')}\n`);
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', resolve);
    });
    const text = readFileSync(file, 'utf8');
    if (code !== 0) throw new Error(`npm start exited with ${code}:\n${text}`);
    return text;
  } finally {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The environment of someone who has just cloned the repository: no Slack credentials (the empty values
 * also win over a .env file) and none of the npm_* settings an enclosing `npm test` would pass down,
 * such as a log level that hides npm's own lines.
 */
function newcomerEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key) && !['STORE_PATH', 'NO_COLOR', 'FORCE_COLOR', 'LOG_LEVEL'].includes(key)) env[key] = value;
  }
  return { ...env, SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: '' };
}

/** The README block for a transcript. */
export function transcriptBlock(transcript: string): string {
  return `${BEGIN}\n\`\`\`text\n$ npm start\n${transcript.replace(/\n+$/, '')}\n\`\`\`\n${END}`;
}

/** The transcript block now in the README, or undefined when it has none. */
export function readmeBlock(readme: string): string | undefined {
  const begin = readme.indexOf(BEGIN);
  const end = readme.indexOf(END, begin);
  return begin === -1 || end === -1 ? undefined : readme.slice(begin, end + END.length);
}

async function main(): Promise<void> {
  const readme = readFileSync(README, 'utf8');
  const current = readmeBlock(readme);
  if (current === undefined) throw new Error(`${README} has no transcript block (${BEGIN} … ${END})`);
  const fresh = transcriptBlock(await recordTranscript());
  if (process.argv.includes('--check')) {
    if (current === fresh) return void process.stdout.write(`${README}: the transcript matches npm start.\n`);
    process.stderr.write(`${README}: the transcript differs from what npm start prints; run npm run transcript.\n`);
    process.exit(1);
  }
  if (current !== fresh)
    writeFileSync(
      README,
      readme.replace(current, () => fresh),
    );
  process.stdout.write(`${README}: transcript ${current === fresh ? 'already up to date' : 'updated'}.\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();

/**
 * The benchmark of issue 5: every figure next to a baseline measured in the same run.
 *
 *   npx tsx bench/run.ts            a readable table on stdout, progress on stderr
 *   npx tsx bench/run.ts --json     exactly one JSON object on stdout
 *   … --fresh                       rebuild the generated 10,000-article store even if cached
 *
 * engine   answer latency over the seed question set (10,000 answers after 40,000 warm ones, and the
 *          first 10,000 after start-up) vs wink `readDoc` alone on the same questions
 * extract  tokens/s of `extractStore` over 1,000 generated articles vs wink `readDoc` + entities
 *          alone on the same texts
 * scale    stores of 1,000 and 10,000 generated articles: file size and its ratio to the articles'
 *          bytes, then in a fresh process `loadEngine` time, resident memory, answer latency, and the
 *          share of planted questions answered right and answered wrong (bench/corpus.ts `judge`);
 *          the same child once more compiled as `npm start` runs the bot (no tsx loader in the process);
 *          and `npm run ask`'s command on the store with one record damaged, until it is refused
 * startup  `npm start` (terminal chat, compiled dist/) until its first answer, vs bare node and the tsx path
 * http     signed app_mention events under autocannon: the Slack bot vs a bare Bolt App posting a
 *          one-line reply (and, for reference, one that only acks, and the bot with its answers known)
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createEngine } from '../src/answer/index.ts';
import { loadKnowledge } from '../src/extract/index.ts';
import { sharedNlp } from '../src/nlp/wink.ts';
import { loadStore } from '../src/store/index.ts';
import { answerable, unanswerable } from '../test/questions/seed-questions.ts';
import { generateCorpus, plantedQuestions, type GeneratedArticle, type PlantedQuestion } from './corpus.ts';
import { measureHttp, type HttpFigures } from './http.ts';
import { measureStartup, type StartupFigures } from './startup.ts';
import { MB, quantile, round, since, sourceHash } from './stats.ts';

const { values: options } = parseArgs({
  options: { json: { type: 'boolean', default: false }, fresh: { type: 'boolean', default: false } },
});

const SEED = 20240605;
const SIZES = [1000, 10000] as const;
const EXTRACT_ARTICLES = 1000;
const ENGINE_ANSWERS = 10_000;
const SCALE_QUESTIONS = 1500;
const WORK = '.tmp/bench';

const began = performance.now();
const log = (line: string): void => {
  process.stderr.write(`[${((performance.now() - began) / 1000).toFixed(1).padStart(5)} s] ${line}\n`);
};

// ---------------------------------------------------------------------------------------------

interface EngineFigures {
  p50_us: number;
  p99_us: number;
  wink_p99_us: number;
  ratio: number;
  /** The same figures over the first answers after start-up, while V8 is still compiling the engine's code. */
  early_p50_us: number;
  early_p99_us: number;
  early_wink_p99_us: number;
}

/**
 * V8 goes on optimising (and now and then deoptimising) the engine's functions for tens of thousands
 * of answers: over the seed question set, compilations per 3,200 answers fall from 228 to 2 by the
 * 38,000th. A bot that has run for a minute is past that, so latency is measured there; the first
 * answers after start-up are measured too and reported beside it.
 */
const ENGINE_WARM_ANSWERS = 30_000;

/** Warm answer latency over the seed question set, interleaved with wink alone on the same questions. */
function benchEngine(): Promise<EngineFigures> {
  return loadStore('data/store.json').then((store) => {
    const nlp = sharedNlp();
    const engine = createEngine(store, loadKnowledge(), nlp);
    const questions = [...answerable, ...unanswerable].map((c) => c.q);
    for (let i = 0; i < 3; i += 1) {
      for (const q of questions) {
        engine.answer(q);
        nlp.readDoc(q);
      }
    }
    const window = (): { engine: number[]; wink: number[] } => {
      const engineTimes: number[] = [];
      const winkTimes: number[] = [];
      while (engineTimes.length < ENGINE_ANSWERS) {
        for (const q of questions) {
          let t = process.hrtime.bigint();
          engine.answer(q);
          engineTimes.push(since(t));
          t = process.hrtime.bigint();
          nlp.readDoc(q);
          winkTimes.push(since(t));
        }
      }
      return { engine: engineTimes, wink: winkTimes };
    };
    const early = window();
    for (let n = 0; n < ENGINE_WARM_ANSWERS; n += questions.length) for (const q of questions) engine.answer(q);
    const steady = window();
    const p99 = quantile(steady.engine, 0.99);
    const winkP99 = quantile(steady.wink, 0.99);
    log(
      `engine: ${steady.engine.length} answers after ${ENGINE_WARM_ANSWERS + early.engine.length} warm ones, ` +
        `p50 ${round(quantile(steady.engine, 0.5))} µs, p90 ${round(quantile(steady.engine, 0.9))} µs, ` +
        `p99 ${round(p99)} µs; wink readDoc p50 ${round(quantile(steady.wink, 0.5))} µs, p99 ${round(winkP99)} µs; ` +
        `the first ${early.engine.length}: p50 ${round(quantile(early.engine, 0.5))} µs, ` +
        `p99 ${round(quantile(early.engine, 0.99))} µs (wink p99 ${round(quantile(early.wink, 0.99))} µs)`,
    );
    return {
      p50_us: quantile(steady.engine, 0.5),
      p99_us: p99,
      wink_p99_us: winkP99,
      ratio: p99 / winkP99,
      early_p50_us: quantile(early.engine, 0.5),
      early_p99_us: quantile(early.engine, 0.99),
      early_wink_p99_us: quantile(early.wink, 0.99),
    };
  });
}

// ---------------------------------------------------------------------------------------------

interface ExtractFigures {
  /** Worker threads, one per core (extract/pool.ts), workers' start-up included. */
  tokens_per_s: number;
  /** The same articles on the main thread alone. */
  single_tokens_per_s: number;
  wink_tokens_per_s: number;
  /** wink alone on every core at once (start-up excluded): what more cores give work of this kind here. */
  wink_every_core_tokens_per_s: number;
  ratio: number;
}

/**
 * Extraction of 1,000 generated articles vs wink alone (readDoc with entities), before and after it, in
 * a child compiled as `npm run extract` runs (bench/extract-child.ts), its workers on dist/ as built.
 */
async function benchExtract(
  corpus: readonly GeneratedArticle[],
  out: string,
): Promise<ExtractFigures & { tokens: number; extract_ms: number }> {
  const texts = (list: readonly GeneratedArticle[]): string =>
    JSON.stringify(list.map(({ id, text }) => ({ id, text })));
  const articles = join(WORK, 'extract-articles.json');
  const warm = join(WORK, 'extract-warm.json');
  writeFileSync(articles, texts(corpus.slice(0, EXTRACT_ARTICLES)));
  writeFileSync(warm, texts(corpus.slice(EXTRACT_ARTICLES, EXTRACT_ARTICLES + 40)));
  await run(['scripts/build.mjs'], { timeoutMs: 120_000, tsx: false });
  const child = await compiledChild('extract-child');
  const figures = JSON.parse(
    (await run([child, articles, warm, out], { timeoutMs: 600_000, tsx: false })).trim(),
  ) as Omit<ExtractFigures, 'ratio'> & { tokens: number; extract_ms: number };
  return { ...figures, ratio: figures.tokens_per_s / figures.wink_tokens_per_s };
}

// ---------------------------------------------------------------------------------------------

interface ScaleFigures {
  store_mb: number;
  /** Store bytes / the bytes of the articles it was built from. */
  store_ratio: number;
  load_ms: number;
  rss_mb: number;
  p99_us: number;
  /** The same child compiled to JavaScript, as the bot runs (the figures above run it through tsx). */
  compiled_load_ms: number;
  compiled_rss_mb: number;
  /** Planted questions answered right, and answered wrong (a decline is neither), / planted questions. */
  accuracy: number;
  wrong: number;
  /** `npm run ask`'s command on the store with one sentence record damaged: spawn → refused (exit code 2). */
  corrupt_refused_ms: number;
}

interface ChildResult extends Omit<ScaleFigures, 'corrupt_refused_ms'> {
  peak_rss_mb: number;
  generic_p50_us: number;
  generic_max_us: number;
  p50_us: number;
  answers: number;
  questions: number;
  correct: number;
  wrong: number;
  declined: number;
  events: number;
  entities: number;
  sentences: number;
}

/** Runs a node process (tsx loader unless told), passing stderr through; resolves with its stdout. */
function run(args: readonly string[], options: { timeoutMs: number; tsx?: boolean }): Promise<string> {
  return new Promise((resolve, reject) => {
    const loader = options.tsx === false ? [] : ['--import', 'tsx'];
    const child = spawn(process.execPath, [...loader, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${args.join(' ')} exited with ${signal ?? code}`));
    });
  });
}

/**
 * Questions about the planted facts of the articles a store was built from, a seeded sample of
 * those with one right answer in that corpus.
 */
function sampleQuestions(corpus: readonly GeneratedArticle[], count: number): PlantedQuestion[] {
  const all = plantedQuestions(corpus);
  const picked: PlantedQuestion[] = [];
  let x = 12345;
  for (let i = 0; i < count; i += 1) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    picked.push(all[x % all.length]!);
  }
  return picked;
}

/** The bytes of the article files a store is built from (as `npm run extract` reads them). */
function articleBytes(corpus: readonly GeneratedArticle[]): number {
  return corpus.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0);
}

async function storeFor(
  size: number,
  built1000: string,
): Promise<{ path: string; cached: boolean; build_ms?: number }> {
  if (size === EXTRACT_ARTICLES) return { path: built1000, cached: false };
  const key = sourceHash(
    [
      'bench/corpus.ts',
      'bench/corpus-events.ts',
      'bench/corpus-words.ts',
      'bench/build-store.ts',
      'src/extract',
      'src/nlp',
      'src/corpus',
      'src/store',
      'data/knowledge',
    ],
    ['wink-nlp', 'wink-eng-lite-web-model', 'chrono-node', 'zod'],
  );
  const path = join(WORK, `store-${size}-${SEED}-${key}.json`);
  if (!options.fresh && existsSync(path)) {
    log(`scale ${size}: cached store ${path} (same generator, extraction code and knowledge)`);
    return { path, cached: true };
  }
  // Older cached stores are of other code: remove them.
  for (const name of readdirSync(WORK))
    if (name.startsWith(`store-${size}-`)) rmSync(join(WORK, name), { force: true });
  log(`scale ${size}: building the store of ${size} generated articles (not cached; takes a minute or two)`);
  const out = await run(['bench/build-store.ts', String(size), String(SEED), path], { timeoutMs: 900_000 });
  const built = JSON.parse(out.trim()) as { extract_ms: number; save_ms: number };
  log(`scale ${size}: extracted in ${round(built.extract_ms / 1000)} s, saved in ${round(built.save_ms / 1000)} s`);
  return { path, cached: false, build_ms: built.extract_ms };
}

/**
 * bench/<name>.ts bundled as scripts/build.mjs bundles the bot's entry points, written two folders
 * below the package root as dist/ files are (their data files, and dist/ itself, are found from there).
 */
async function compiledChild(name: string): Promise<string> {
  const out = join(WORK, `${name}.mjs`);
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [`bench/${name}.ts`],
    outfile: out,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['@slack/bolt', 'ajv', 'wink-eng-lite-web-model'],
    banner: {
      js: "import { createRequire as __require_ } from 'node:module';\nconst require = __require_(import.meta.url);",
    },
    logLevel: 'warning',
  });
  return out;
}

/**
 * The store with one sentence record damaged (a digit changed mid-file, as a bad disk or a hand edit would do), asked a
 * question through `npm run ask`'s command, compiled: the time from spawn until it is refused. Throws unless it is
 * refused as users are told it is: exit code 2, the file and the rebuild command named, the file left as it was.
 */
function refusedWhenCorrupt(path: string): number {
  const damaged = join(WORK, 'corrupt-store.json');
  const bytes = readFileSync(path);
  const sentences = bytes.indexOf('\n"sentences":[');
  let at = Math.floor((sentences + bytes.length) / 2);
  while (bytes[at]! < 0x30 || bytes[at]! > 0x39) at += 1;
  bytes[at] = bytes[at] === 0x39 ? 0x38 : bytes[at]! + 1;
  writeFileSync(damaged, bytes);
  try {
    const began = performance.now();
    const r = spawnSync(
      process.execPath,
      ['scripts/run.mjs', 'src/cli/ask.ts', '--store', damaged, 'When is the summit?'],
      {
        encoding: 'utf8',
        env: { ...process.env, GLIBC_TUNABLES: 'glibc.malloc.hugetlb=1' },
      },
    );
    const ms = performance.now() - began;
    if (r.status !== 2 || !r.stderr.includes(damaged) || !r.stderr.includes('npm run extract'))
      throw new Error(`a damaged store was not refused as it should be (exit ${r.status}): ${r.stderr}`);
    if (!readFileSync(damaged).equals(bytes)) throw new Error('refusing a damaged store changed the file');
    return ms;
  } finally {
    rmSync(damaged, { force: true });
  }
}

async function benchScale(
  size: number,
  corpus: readonly GeneratedArticle[],
  built1000: string,
): Promise<{ figures: ScaleFigures; child: ChildResult; cached: boolean; build_ms?: number }> {
  const store = await storeFor(size, built1000);
  const questionsPath = join(WORK, `questions-${size}.json`);
  writeFileSync(questionsPath, JSON.stringify(sampleQuestions(corpus.slice(0, size), SCALE_QUESTIONS)));
  const out = await run(['bench/scale-child.ts', store.path, questionsPath, '3000'], { timeoutMs: 600_000 });
  const child = JSON.parse(out.trim().split('\n').pop()!) as ChildResult;
  const compiledOut = await run([await compiledChild('scale-child'), store.path, questionsPath, '3000'], {
    timeoutMs: 600_000,
    tsx: false,
  });
  const compiled = JSON.parse(compiledOut.trim().split('\n').pop()!) as ChildResult;
  const figures: ScaleFigures = {
    store_mb: statSync(store.path).size / MB,
    store_ratio: statSync(store.path).size / articleBytes(corpus.slice(0, size)),
    load_ms: child.load_ms,
    rss_mb: child.rss_mb,
    p99_us: child.p99_us,
    compiled_load_ms: compiled.load_ms,
    compiled_rss_mb: compiled.rss_mb,
    accuracy: child.correct,
    wrong: child.wrong,
    corrupt_refused_ms: refusedWhenCorrupt(store.path),
  };
  log(
    `scale ${size}: ${round(figures.store_mb)} MB, load ${round(child.load_ms)} ms, rss ${round(child.rss_mb)} ` +
      `MB (peak ${round(child.peak_rss_mb)}), ` +
      `p50 ${round(child.p50_us)} µs, p99 ${round(child.p99_us)} µs; ${child.questions} planted questions: ` +
      `${round(child.correct * 100)}% right, ${round(child.wrong * 100)}% wrong, ` +
      `${round(child.declined * 100)}% declined; compiled: load ${round(compiled.load_ms)} ms, ` +
      `rss ${round(compiled.rss_mb)} MB (peak ${round(compiled.peak_rss_mb)}); with one record damaged, ` +
      `refused ${round(figures.corrupt_refused_ms)} ms after \`npm run ask\` started`,
  );
  return {
    figures,
    child,
    cached: store.cached,
    ...(store.build_ms !== undefined ? { build_ms: store.build_ms } : {}),
  };
}

// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------

interface Result {
  engine: EngineFigures;
  extract: ExtractFigures;
  scale: Record<string, ScaleFigures>;
  startup: StartupFigures;
  http: HttpFigures;
}

function rounded<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === 'number' ? round(v) : v))) as T;
}

const TARGETS: Array<[string, (r: Result) => number | undefined, string, (x: number) => boolean]> = [
  ['engine p99_us', (r) => r.engine.p99_us, '≤ 942', (x) => x <= 942],
  ['engine ratio (p99 / wink p99)', (r) => r.engine.ratio, '≤ 20', (x) => x <= 20],
  ['extract ratio (tokens/s / wink)', (r) => r.extract.ratio, '≥ 0.5', (x) => x >= 0.5],
  ['scale 10000 load_ms', (r) => r.scale['10000']?.load_ms, '≤ 1500', (x) => x <= 1500],
  ['scale 10000 rss_mb', (r) => r.scale['10000']?.rss_mb, '≤ 400', (x) => x <= 400],
  ['scale 10000 load_ms, compiled', (r) => r.scale['10000']?.compiled_load_ms, '≤ 1500', (x) => x <= 1500],
  ['scale 10000 rss_mb, compiled', (r) => r.scale['10000']?.compiled_rss_mb, '≤ 400', (x) => x <= 400],
  ['scale 10000 p99_us', (r) => r.scale['10000']?.p99_us, '≤ 5000', (x) => x <= 5000],
  ['scale 10000 store_ratio', (r) => r.scale['10000']?.store_ratio, '≤ 4', (x) => x <= 4],
  ['scale 10000 accuracy', (r) => r.scale['10000']?.accuracy, '≥ 0.95', (x) => x >= 0.95],
  ['scale 10000 wrong', (r) => r.scale['10000']?.wrong, '≤ 0.01', (x) => x <= 0.01],
  [
    'scale p99 growth 1000 → 10000',
    (r) => (r.scale['10000'] && r.scale['1000'] ? r.scale['10000'].p99_us / r.scale['1000'].p99_us : undefined),
    '≪ 10×',
    (x) => x < 5,
  ],
  ['startup ready_ms', (r) => r.startup.ready_ms, '≤ 600', (x) => x <= 600],
  ['startup rss_mb', (r) => r.startup.rss_mb, '≤ 150', (x) => x <= 150],
  ['http ratio (bot / Bolt posting a reply)', (r) => r.http?.ratio, '≥ 0.85', (x) => x >= 0.85],
  ['http p99_ms', (r) => r.http?.p99_ms, '≤ 50', (x) => x <= 50],
];

function table(r: Result, notes: string[]): string {
  const rows: string[][] = [['', 'figure', 'baseline', 'ratio']];
  rows.push([
    'engine p50 / p99 (µs)',
    `${round(r.engine.p50_us)} / ${round(r.engine.p99_us)}`,
    `wink readDoc p99 ${round(r.engine.wink_p99_us)}`,
    `${round(r.engine.ratio)}`,
  ]);
  rows.push([
    'engine, first answers (µs)',
    `${round(r.engine.early_p50_us)} / ${round(r.engine.early_p99_us)}`,
    `wink readDoc p99 ${round(r.engine.early_wink_p99_us)}`,
    `${round(r.engine.early_p99_us / r.engine.early_wink_p99_us)}`,
  ]);
  rows.push([
    'extract (tokens/s)',
    `${round(r.extract.tokens_per_s)} on worker threads (one thread ${round(r.extract.single_tokens_per_s)})`,
    `wink ${round(r.extract.wink_tokens_per_s)} ` +
      `(on every core at once ${round(r.extract.wink_every_core_tokens_per_s)})`,
    `${round(r.extract.ratio)}`,
  ]);
  for (const [size, s] of Object.entries(r.scale)) {
    rows.push([
      `scale ${size}`,
      `${round(s.store_mb)} MB store (${round(s.store_ratio)}× the articles), load ${round(s.load_ms)} ms, ` +
        `rss ${round(s.rss_mb)} MB, p99 ${round(s.p99_us)} µs (compiled: load ` +
        `${round(s.compiled_load_ms)} ms, rss ${round(s.compiled_rss_mb)} MB); ` +
        `planted facts ${round(s.accuracy * 100)}% right, ${round(s.wrong * 100)}% wrong; one record damaged: ` +
        `refused in ${round(s.corrupt_refused_ms)} ms`,
      '',
      '',
    ]);
  }
  rows.push([
    'startup',
    `ready ${round(r.startup.ready_ms)} ms (cpu ${round(r.startup.cpu_ms)} ms), rss ${round(r.startup.rss_mb)} MB`,
    `tsx path ${round(r.startup.tsx_ready_ms)} ms (cpu ${round(r.startup.tsx_cpu_ms)}), ` +
      `bare node ${round(r.startup.bare_node_ms)} ms`,
    `${round(r.startup.ready_ms / r.startup.tsx_ready_ms)}`,
  ]);
  rows.push([
    'http',
    `${round(r.http.bot_rps)} req/s, p99 ${round(r.http.p99_ms)} ms (answers known: ` +
      `${round(r.http.bot_known_rps)} req/s, p99 ${round(r.http.bot_known_p99_ms)} ms)`,
    `Bolt posting a reply ${round(r.http.bolt_reply_rps)} req/s, p99 ${round(r.http.bolt_reply_p99_ms)} ms ` +
      `(ack-only ${round(r.http.bolt_rps)} req/s)`,
    `${round(r.http.ratio)}`,
  ]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const lines = rows.map((row) =>
    row
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  const verdicts = TARGETS.map(([name, get, target, ok]) => {
    const x = get(r);
    const mark = x === undefined ? '·' : ok(x) ? '✓' : '✗';
    const value = x === undefined ? 'n/a' : String(round(x)).padStart(9);
    return `  ${mark} ${name.padEnd(32)} ${value}  target ${target}`;
  });
  return [...lines, '', 'targets (issues 5 and 12):', ...verdicts, '', ...notes].join('\n');
}

// ---------------------------------------------------------------------------------------------

mkdirSync(WORK, { recursive: true });
const os = await import('node:os');
const load = (): string =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
log(`node ${process.version}, ${os.cpus().length} cores, load average ${load()}; seed ${SEED}`);
const engine = await benchEngine();
log(`generating ${SIZES[SIZES.length - 1]} articles`);
const corpus = generateCorpus(SIZES[SIZES.length - 1]!, SEED);
const built1000 = join(WORK, `store-${EXTRACT_ARTICLES}.json`);
const extract = await benchExtract(corpus, built1000);
log(
  `extract: ${round(extract.tokens_per_s)} tokens/s vs wink ${round(extract.wink_tokens_per_s)} tokens/s, ` +
    `ratio ${round(extract.ratio)}`,
);
const scale: Record<string, ScaleFigures> = {};
const notes: string[] = [];
for (const size of SIZES) {
  const s = await benchScale(size, corpus, built1000);
  scale[String(size)] = s.figures;
  notes.push(
    `scale ${size}: ${s.child.events} events, ${s.child.entities} entities, ${s.child.sentences} ` +
      `sentences; ${s.child.answers} answers timed; ` +
      `${s.child.questions} planted questions: ${round(s.child.correct * 100)}% right, ` +
      `${round(s.child.wrong * 100)}% wrong, ${round(s.child.declined * 100)}% declined; ` +
      `peak rss while loading ${round(s.child.peak_rss_mb)} MB${s.cached ? '; store from cache' : ''}; ` +
      `questions naming no one (kind / date / role only): p50 ${round(s.child.generic_p50_us / 1000)} ms, ` +
      `max ${round(s.child.generic_max_us / 1000)} ms`,
  );
}
const startup = await measureStartup(log);
const http = await measureHttp(log);
const result: Result = {
  engine,
  extract: {
    tokens_per_s: extract.tokens_per_s,
    single_tokens_per_s: extract.single_tokens_per_s,
    wink_tokens_per_s: extract.wink_tokens_per_s,
    wink_every_core_tokens_per_s: extract.wink_every_core_tokens_per_s,
    ratio: extract.ratio,
  },
  scale,
  startup,
  http,
};
log(`done in ${round((performance.now() - began) / 1000)} s; load average now ${load()}`);
notes.push(
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}; load average at the ` +
    `end ${load()} (figures are wall-clock; other processes inflate them)`,
);
if (options.json) process.stdout.write(`${JSON.stringify(rounded(result))}\n`);
else process.stdout.write(`${table(result, notes)}\n`);

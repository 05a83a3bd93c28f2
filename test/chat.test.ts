/**
 * The terminal chat as a person reads it: the answer first, then the quote with the article's first
 * words and publication date (no ids, no offsets); help as example questions; the timeline with each
 * event's own quote and no photo captions; colour only at a terminal; a goodbye; piped questions echoed.
 */
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/index.ts';
import { runTerminalChat } from '../src/cli/chat.ts';
import { TextRenderer } from '../src/cli/render.ts';
import { published } from '../src/cli/sources.ts';
import { wantsColour } from '../src/cli/style.ts';
import { expandStore } from '../src/store/index.ts';
import { seedEngine } from './helpers/engine.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await seedEngine();
});

// eslint-disable-next-line no-control-regex -- every ANSI code starts with the escape character
const ANSI = /\x1b\[/;
/** The seed article 000_…'s first words and date, as a source line shows them. */
const FIRST_ARTICLE = '“U.S President Donald Trump will hold a summit…”, published June 29, 2018';

/** A stream that says it is (or is not) a terminal. */
function stream(isTTY: boolean): PassThrough & { isTTY: boolean } {
  return Object.assign(new PassThrough(), { isTTY });
}

/** Runs the chat on `lines` as piped input; resolves with everything it wrote. */
async function piped(lines: readonly string[], end = true): Promise<string> {
  const input = stream(false);
  const output = stream(false);
  let written = '';
  output.on('data', (c: Buffer) => (written += c.toString()));
  const done = runTerminalChat(engine, { input, output });
  input.write(lines.map((l) => `${l}\n`).join(''));
  if (end) input.end();
  await done;
  return written;
}

describe('an answer in the terminal', () => {
  it('comes first, then the quote, then the article’s first words and publication date, without ids or offsets', () => {
    const a = engine.answer('when is the Helsinki summit?');
    const text = new TextRenderer(engine).answer(a);
    expect(text.split('\n')).toEqual([a.answer, `  “${a.citations[0]!.snippet}”`, `    — from ${FIRST_ARTICLE}`]);
    expect(text).not.toContain(a.citations[0]!.article);
    expect(text).not.toMatch(/\[\d+–\d+\]/);
  });

  it('says when an article gives no publication date', () => {
    expect(published(null)).toBe('publication date not given');
    expect(published('2018-06-29')).toBe('published June 29, 2018');
  });

  it('points to a sentence already quoted instead of quoting it twice when sources disagree', () => {
    const a = engine.answer('where did trump and putin first meet?');
    expect(a.conflicts.length).toBeGreaterThan(0);
    const text = new TextRenderer(engine).answer(a);
    const snippets = [...a.citations, ...a.conflicts.flatMap((c) => c.values.map((v) => v.citation))].map(
      (c) => c.snippet,
    );
    for (const s of new Set(snippets)) expect(text.split(`“${s}”`)).toHaveLength(2);
    expect(text).toContain(`  Sources disagree on the ${a.conflicts[0]!.slot}:\n`);
  });
});

describe('help', () => {
  it('is a short list of questions this store can answer', () => {
    const lines = new TextRenderer(engine).help().split('\n');
    expect(lines).toEqual([
      'I answer questions about the events in 2 news articles, quoting the sentence each answer comes from.',
      'Try, for example:',
      ...engine.examples().map((q) => `  • ${q}`),
      'Type "list" for the timeline of events, "exit" to leave.',
    ]);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(110);
  });
});

describe('list', () => {
  it('is the timeline, each event followed by a sentence from its own sources and never a photo caption', () => {
    const text = new TextRenderer(engine).timeline();
    const timeline = engine.timeline();
    const blocks = text.split('\n\n');
    expect(blocks[0]).toBe(`Known events (${timeline.length}), earliest first:`);
    expect(blocks).toHaveLength(timeline.length + 1);
    const captions = new Set(
      expandStore(engine.indexed.store)
        .sentences.filter((s) => s.caption)
        .map((s) => s.text),
    );
    expect(captions.size).toBeGreaterThan(0);
    timeline.forEach((entry, i) => {
      const [head, quote, source] = blocks[i + 1]!.split('\n');
      const articles = `${entry.articles} article${entry.articles === 1 ? '' : 's'}`;
      expect(head).toBe(
        `${entry.date ?? 'Date not stated'}: ${entry.label} (${[entry.place, articles].filter(Boolean).join(', ')})`,
      );
      const snippet = quote!.replace(/^ {2}“|”$/g, '');
      expect(captions.has(snippet)).toBe(false);
      // The quote is one of this event's own sources.
      const event = engine.indexed.store.events.find((e) => e.id === entry.id)!;
      expect(event.sources.some((s) => engine.indexed.sentenceAt(s.article, s.start)?.text === snippet)).toBe(true);
      expect(source).toMatch(/^ {4}— from “.+…”, (?:published \w+ \d+, \d{4}|publication date not given)$/);
    });
    // The Hamburg summit's first source is a photo caption; the list quotes another of its sentences.
    const hamburg = timeline.find((e) => e.label.includes('Hamburg'))!;
    expect(captions.has(hamburg.citation!.snippet)).toBe(true);
    expect(text).not.toContain(hamburg.citation!.snippet);
  });
});

describe('the chat', () => {
  it('with piped input, echoes each question before its answer, skips blank lines, says goodbye on exit', async () => {
    const out = await piped(['when is the Helsinki summit?', '', '   ', 'exit', 'never read']);
    const answer = new TextRenderer(engine).answer(engine.answer('when is the Helsinki summit?'));
    expect(out).toBe(`> when is the Helsinki summit?\n${answer}\n\n> exit\nGoodbye.\n`);
  });

  it('says goodbye at the end of input, too', async () => {
    expect(await piped(['help'])).toBe(`> help\n${new TextRenderer(engine).help()}\n\nGoodbye.\n`);
  });

  it('answers "list", and help or the timeline asked in other words, with the same views', async () => {
    const render = new TextRenderer(engine);
    const out = await piped(['list', 'LIST', 'help', '?']);
    expect(out).toBe(
      `> list\n${render.timeline()}\n\n> LIST\n${render.timeline()}\n\n> help\n${render.help()}\n\n` +
        `> ?\n${render.help()}\n\nGoodbye.\n`,
    );
  });

  it('writes no colour codes into a pipe, and colours at a terminal unless NO_COLOR is set', async () => {
    expect(await piped(['list', 'when is the Helsinki summit?'])).not.toMatch(ANSI);
    expect(wantsColour({ isTTY: true }, {})).toBe(true);
    expect(wantsColour({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColour({ isTTY: false }, {})).toBe(false);
    expect(wantsColour({}, {})).toBe(false);
    expect(new TextRenderer(engine, { colour: true }).answer(engine.answer('when is the Helsinki summit?'))).toMatch(
      ANSI,
    );
    expect(new TextRenderer(engine, { colour: false }).timeline()).not.toMatch(ANSI);
  });

  it('at a terminal, prompts, keeps a history (the up arrow asks again), and says goodbye on Ctrl-D', async () => {
    const input = stream(true);
    const output = stream(true);
    let written = '';
    output.on('data', (c: Buffer) => (written += c.toString()));
    const done = runTerminalChat(engine, { input, output, colour: false });
    input.write('when is the Helsinki summit?\r');
    await new Promise((r) => setImmediate(r));
    input.write('\x1b[A\r'); // up arrow, Enter: the same question again from history
    await new Promise((r) => setImmediate(r));
    input.write('\x04'); // Ctrl-D on an empty line: end of input
    await done;
    const answer = engine.answer('when is the Helsinki summit?').answer;
    // readline redraws the line with cursor codes as it is typed; what is left is what the person sees.
    // eslint-disable-next-line no-control-regex -- ANSI cursor codes start with the escape character
    const seen = written.replace(/\x1b\[\d*[A-Za-z]/g, '');
    expect(seen.split(answer)).toHaveLength(3);
    expect(seen.startsWith('> when is the Helsinki summit?')).toBe(true);
    expect(seen.endsWith('\n> \nGoodbye.\n')).toBe(true);
  });
});

import type { Answer, Citation, Engine } from '../answer/index.ts';
import { describeCandidate } from '../answer/conversation.ts';
import { Sources } from './sources.ts';
import { styleFor, type Style } from './style.ts';

/** How many sentences an answer quotes in the terminal; the rest are counted, and all are in --json. */
const MAX_QUOTES = 3;

/**
 * The terminal's view of the engine: an answer first, then the sentence it came from with the
 * article's first words and publication date; help as example questions; the timeline with each
 * event's own quote.
 */
export class TextRenderer {
  private readonly sources: Sources;
  private readonly style: Style;

  constructor(
    private readonly engine: Engine,
    options: { readonly colour?: boolean } = {},
  ) {
    this.sources = new Sources(engine);
    this.style = styleFor(options.colour ?? false);
  }

  answer(a: Answer): string {
    const lines = [...(a.reading ? [this.style.faint(`(${a.reading}.)`)] : []), this.style.strong(a.answer)];
    const shown = a.citations.slice(0, MAX_QUOTES);
    const quoted = new Set<string>();
    for (const c of shown) {
      lines.push(...this.quote(c, '  '));
      quoted.add(key(c));
    }
    const more = a.citations.length - shown.length;
    if (more > 0)
      lines.push(
        this.style.faint(
          `  (and ${more} more ${more === 1 ? 'source' : 'sources'}: npm run ask -- --json lists them all)`,
        ),
      );
    for (const conflict of a.conflicts) {
      lines.push(`  Sources disagree on the ${conflict.slot}:`);
      for (const v of conflict.values) {
        // A sentence already quoted is pointed to, not repeated.
        if (quoted.has(key(v.citation))) {
          lines.push(`    • ${this.style.strong(v.value)}, in the sentence quoted above`);
          continue;
        }
        lines.push(`    • ${this.style.strong(v.value)}:`, ...this.quote(v.citation, '      '));
        quoted.add(key(v.citation));
      }
    }
    // The other events the question fits, numbered: typing the number answers it for that event.
    const others = a.candidates.filter((c) => c.event !== a.event);
    if (others.length > 0) {
      lines.push(a.reason === 'ambiguous' ? '  Which one? Type its number:' : '  Did you mean (type its number):');
      a.candidates.forEach((c, i) => {
        if (c.event !== a.event) lines.push(`    ${i + 1}. ${describeCandidate(c)}`);
      });
    }
    return lines.join('\n');
  }

  /** `help`: what to ask, as a short list of questions this store can answer. */
  help(): string {
    const articles = this.engine.indexed.store.articles.length;
    const examples = this.engine.examples();
    return [
      this.style.strong(
        `I answer questions about the events in ${articles} news ${articles === 1 ? 'article' : 'articles'}, ` +
          `quoting the sentence each answer comes from.`,
      ),
      ...(examples.length > 0
        ? ['Try, for example:', ...examples.map((q) => `  • ${this.style.accent(q)}`)]
        : ['There are no events to ask about yet: add articles to data/articles and run npm run extract.']),
      `Type "${this.style.accent('list')}" for the timeline of events, "${this.style.accent('exit')}" to leave.`,
    ].join('\n');
  }

  /** `list`: the events in date order, each with a sentence of its own that tells it. */
  timeline(): string {
    const entries = this.engine.timeline();
    if (entries.length === 0) return 'No events yet: add articles to data/articles and run npm run extract.';
    const lines = [this.style.strong(`Known events (${entries.length}), earliest first:`)];
    for (const e of entries) {
      const facts = [e.place, `${e.articles} ${e.articles === 1 ? 'article' : 'articles'}`]
        .filter((f): f is string => f !== null)
        .join(', ');
      lines.push('', `${this.style.accent(e.date ?? 'Date not stated')}: ${this.style.strong(e.label)} (${facts})`);
      const quote = this.sources.quoteFor(e);
      if (quote) lines.push(...this.quote(quote, '  '));
    }
    return lines.join('\n');
  }

  private quote(c: Citation, indent: string): string[] {
    return [`${indent}“${c.snippet}”`, this.style.faint(`${indent}  — from ${this.sources.describe(c)}`)];
  }
}

function key(c: Citation): string {
  return `${c.article}:${c.start}`;
}

/** The JSON-lines contract: exactly these keys, one line per answer. */
export function renderJson(answer: Answer): string {
  return JSON.stringify({
    question: answer.question,
    intent: answer.intent,
    answered: answer.answered,
    answer: answer.answer,
    citations: answer.citations.map((c) => ({
      article: c.article,
      published: c.published,
      snippet: c.snippet,
      start: c.start,
      end: c.end,
    })),
    conflicts: answer.conflicts,
    value: answer.value,
    type: answer.type,
    event: answer.event,
    reason: answer.reason,
    candidates: answer.candidates,
    reading: answer.reading,
    remember: answer.remember,
  });
}

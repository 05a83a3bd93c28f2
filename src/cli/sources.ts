import type { Citation, Engine, TimelineEntry } from '../answer/index.ts';

/** How many words of an article's opening stand for its title (the articles have none of their own). */
const TITLE_WORDS = 8;

const PUBLISHED = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/**
 * What a person needs to know about where a quote comes from: which article (by its first words, since
 * the articles carry no title) and when it was published. Article ids and character offsets mean
 * something only to developers; they stay in `--json`.
 */
export class Sources {
  private titles: Map<string, string> | undefined;
  private events: Map<string, Engine['indexed']['store']['events'][number]> | undefined;

  constructor(private readonly engine: Engine) {}

  /** `“Chancellor Ann Berg will hold talks with…”, published March 8, 2023`. */
  describe(c: Citation): string {
    return `${this.title(c.article)}, ${published(c.published)}`;
  }

  /** The article's first words, from its first sentence that is not a photo caption. */
  title(article: string): string {
    this.titles ??= new Map();
    let title = this.titles.get(article);
    if (title === undefined) {
      const { store } = this.engine.indexed;
      const { first, count } = store.sentencesOf(article);
      title = 'an article';
      for (let i = first; i < first + count; i += 1) {
        const s = store.sentence(i);
        if (s.caption) continue;
        title = `“${firstWords(s.text, TITLE_WORDS)}”`;
        break;
      }
      this.titles.set(article, title);
    }
    return title;
  }

  /**
   * The sentence a timeline entry is best shown with: one of the event's own sources, not a photo
   * caption (a caption names the people in a picture, it does not tell the event).
   */
  quoteFor(entry: TimelineEntry): Citation | null {
    if (entry.citation && !this.isCaption(entry.citation)) return entry.citation;
    if (!this.events) this.events = new Map(this.engine.indexed.store.events.map((e) => [e.id, e]));
    for (const source of this.events.get(entry.id)?.sources ?? []) {
      const s = this.engine.indexed.sentenceAt(source.article, source.start);
      if (s && !s.caption)
        return {
          article: s.article,
          published: this.engine.indexed.published.get(s.article) ?? null,
          snippet: s.text,
          start: s.start,
          end: s.end,
        };
    }
    return null;
  }

  isCaption(c: Citation): boolean {
    return this.engine.indexed.sentenceAt(c.article, c.start)?.caption === true;
  }
}

/** "published June 29, 2018", or that the article gives no date. */
export function published(iso: string | null): string {
  if (!iso) return 'publication date not given';
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? `published ${iso}` : `published ${PUBLISHED.format(date)}`;
}

function firstWords(text: string, count: number): string {
  const words = text.trim().split(/\s+/);
  return words.length <= count
    ? words.join(' ')
    : `${words
        .slice(0, count)
        .join(' ')
        .replace(/[,;:]$/, '')}…`;
}

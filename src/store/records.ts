import { PackError, readInts } from './packed.ts';

const QUOTE = 0x22;
const COMMA = 0x2c;
const NEWLINE = 0x0a;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE = 0x7d;

/**
 * The sentence records of a store file (one packed string a line, see lean-format.ts) kept as the
 * file's bytes, outside the JavaScript heap: a large store's are most of its records, and a
 * record is read only when its sentence is. Packed strings are ASCII without quotes or
 * backslashes, so a record's bytes are its characters.
 */
export class PackedRecords {
  private constructor(
    private readonly bytes: Buffer,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
  ) {}

  get count(): number {
    return this.starts.length;
  }

  text(i: number): string {
    return this.bytes.toString('latin1', this.starts[i]!, this.ends[i]!);
  }

  /**
   * The list of numbers at the start of record `i`, appended to `out.ids` from `at` (grown when
   * full); returns where the next list goes. Reading every sentence's terms at load this way
   * makes no string and no array per sentence.
   */
  appendList(i: number, out: { ids: Int32Array }, at: number): number {
    return readInts(this.bytes, this.starts[i]!, this.ends[i]!, out, at);
  }

  /**
   * The records of the section that starts at `from` in a store file: `"…",` lines up to the one
   * that ends the file with `"…"]}`, or `]}` alone when there are none. The records stay in `file`:
   * a caller that reads a whole file passes a copy of its last sections, so the rest can be let go.
   */
  static fromFile(file: Buffer, from: number): PackedRecords {
    const starts: number[] = [];
    const ends: number[] = [];
    let at = file[from] === NEWLINE ? from + 1 : from;
    for (;;) {
      const newline = file.indexOf(NEWLINE, at);
      const end = newline < 0 ? file.length : newline;
      if (starts.length === 0 && end - at === 2 && file[at] === CLOSE_BRACKET && file[at + 1] === CLOSE_BRACE) break;
      const last = end - at >= 3 && file[end - 2] === CLOSE_BRACKET && file[end - 1] === CLOSE_BRACE;
      const close = last ? end - 3 : end - 2;
      if (file[at] !== QUOTE || close <= at || file[close] !== QUOTE || (!last && file[close + 1] !== COMMA))
        throw new PackError(`sentences.${starts.length}: not a packed string`);
      starts.push(at + 1);
      ends.push(close);
      if (last) break;
      if (newline < 0) throw new PackError('the sentences are not closed');
      at = newline + 1;
    }
    return new PackedRecords(file, Int32Array.from(starts), Int32Array.from(ends));
  }

  /** Records given as strings (a store file read whole). */
  static of(records: readonly string[]): PackedRecords {
    records.forEach((r, i) => {
      if (/[^\x20-\x7e]/.test(r)) throw new PackError(`sentences.${i}: not a packed string`);
    });
    const starts = new Int32Array(records.length);
    const ends = new Int32Array(records.length);
    let at = 0;
    records.forEach((r, i) => {
      starts[i] = at;
      at += r.length;
      ends[i] = at;
    });
    return new PackedRecords(Buffer.from(records.join(''), 'latin1'), starts, ends);
  }
}

/**
 * The articles' texts (lean-format.ts), kept as the file's bytes: one JSON string a line. A text whose
 * line holds as many bytes as the text has characters is ASCII with nothing escaped, so any span of it
 * is the same span of its bytes; any other text is decoded whole when read.
 */
export class ArticleTexts {
  private constructor(
    private readonly bytes: Buffer,
    /** Where each text's characters start and end in `bytes` (inside its quotes). */
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    private readonly decoded: readonly string[] | null,
  ) {}

  get count(): number {
    return this.starts.length;
  }

  /** Whether a span of text `a` can be read from its bytes as they are. */
  isPlain(a: number, chars: number): boolean {
    return this.decoded === null && this.ends[a]! - this.starts[a]! === chars;
  }

  /** Characters `from` to `to` of a plain text (see `isPlain`). */
  plainSlice(a: number, from: number, to: number): string {
    return this.bytes.toString('latin1', this.starts[a]! + from, this.starts[a]! + to);
  }

  text(a: number): string {
    if (this.decoded !== null) return this.decoded[a]!;
    const line = this.bytes.toString('utf8', this.starts[a]! - 1, this.ends[a]! + 1);
    let text: unknown;
    try {
      text = JSON.parse(line);
    } catch {
      throw new PackError(`text ${a}: not a JSON string`);
    }
    if (typeof text !== 'string') throw new PackError(`text ${a}: not a string`);
    return text;
  }

  /**
   * The `count` texts of the section that starts at `from` in a store file: `"…",` lines, the last
   * one `"…"],` (the sentences follow), or `],` alone when there are none.
   */
  static fromFile(file: Buffer, from: number, count: number): ArticleTexts {
    const starts = new Int32Array(count);
    const ends = new Int32Array(count);
    let at = file[from] === NEWLINE ? from + 1 : from;
    for (let a = 0; a < count; a += 1) {
      const newline = file.indexOf(NEWLINE, at);
      if (newline < 0) throw new PackError('the texts are not closed');
      const last = a === count - 1;
      // `",` ends a line, `"],` the last one.
      const close = last ? newline - 3 : newline - 2;
      if (
        file[at] !== QUOTE ||
        close <= at ||
        file[close] !== QUOTE ||
        (last ? file[close + 1] !== CLOSE_BRACKET || file[close + 2] !== COMMA : file[close + 1] !== COMMA)
      )
        throw new PackError(`texts.${a}: not a string`);
      starts[a] = at + 1;
      ends[a] = close;
      at = newline + 1;
    }
    if (count === 0 && (file[at] !== CLOSE_BRACKET || file[at + 1] !== COMMA))
      throw new PackError('more texts than articles');
    return new ArticleTexts(file, starts, ends, null);
  }

  /** Texts given as strings (a store file read whole). */
  static of(texts: readonly string[]): ArticleTexts {
    return new ArticleTexts(Buffer.alloc(0), new Int32Array(texts.length), new Int32Array(texts.length), texts);
  }
}

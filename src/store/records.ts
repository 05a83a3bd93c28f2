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
   * that ends the file with `"…"]}`, or `]}` alone when there are none.
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
      starts.push(at + 1 - from);
      ends.push(close - from);
      if (last) break;
      if (newline < 0) throw new PackError('the sentences are not closed');
      at = newline + 1;
    }
    // Its own copy, so that the rest of the file's bytes can be let go.
    return new PackedRecords(Buffer.from(file.subarray(from)), Int32Array.from(starts), Int32Array.from(ends));
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

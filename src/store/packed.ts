/**
 * Lists of non-negative integers written as short strings, for the lean store: each number is a run
 * of base-32 digits, least significant first, where every digit but the last comes from one alphabet
 * and the last from another, so numbers need no separator. Below 32 a number takes one character,
 * below 1,024 two. Both alphabets avoid `"` and `\`, so a packed string stays itself inside JSON.
 */
const MORE = '#$%&()*+-./0123456789:;<=>?@ABCD';
const LAST = 'EFGHIJKLMNOPQRSTUVWXYZ[]^_`abcde';

/** Character code → digit value, with 32 added for a closing digit; -1 for any other character. */
const DIGIT = new Int8Array(128).fill(-1);
for (let d = 0; d < 32; d += 1) {
  DIGIT[MORE.charCodeAt(d)] = d;
  DIGIT[LAST.charCodeAt(d)] = d + 32;
}

/** Appends numbers to a packed string. */
export class PackWriter {
  private readonly parts: string[] = [];

  int(n: number): this {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`cannot pack ${n}`);
    let rest = n;
    let out = '';
    while (rest >= 32) {
      out += MORE[rest % 32];
      rest = Math.floor(rest / 32);
    }
    this.parts.push(out + LAST[rest]);
    return this;
  }

  /** Any integer: 0, -1, 1, -2, 2… as 0, 1, 2, 3, 4… */
  signed(n: number): this {
    return this.int(n >= 0 ? n * 2 : -n * 2 - 1);
  }

  /** A count followed by one entry per element. */
  list<T>(items: readonly T[], each: (item: T) => void): this {
    this.int(items.length);
    for (const item of items) each(item);
    return this;
  }

  toString(): string {
    return this.parts.join('');
  }
}

/** Thrown when a packed string does not hold what its reader expects: the store is damaged. */
export class PackError extends Error {}

/** Reads numbers back from a packed string, in the order they were written. */
export class PackReader {
  constructor(
    private readonly text: string,
    private at = 0,
  ) {}

  /** Where the next number starts: a reader made with it reads on from here. */
  get position(): number {
    return this.at;
  }

  int(): number {
    let n = 0;
    let scale = 1;
    for (;;) {
      const code = this.text.charCodeAt(this.at);
      const digit = code < 128 ? DIGIT[code]! : -1;
      if (digit < 0)
        throw new PackError(`unexpected ${this.at < this.text.length ? 'character' : 'end'} at ${this.at}`);
      this.at += 1;
      if (digit >= 32) return n + (digit - 32) * scale;
      n += digit * scale;
      scale *= 32;
    }
  }

  signed(): number {
    const z = this.int();
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }

  /** A number below `limit`: an index into a table of that length. */
  below(limit: number): number {
    const n = this.int();
    if (n >= limit) throw new PackError(`index ${n} out of range ${limit}`);
    return n;
  }

  /**
   * Sized up front: an array grown by push keeps room for ~16 more elements, which over the
   * hundreds of thousands of short lists a store decodes is most of their memory.
   */
  list<T>(each: () => T): T[] {
    const count = this.int();
    if (count > this.text.length - this.at)
      throw new PackError(`a list of ${count} at ${this.at} is longer than its record`);
    const out = new Array<T>(count);
    for (let i = 0; i < count; i += 1) out[i] = each();
    return out;
  }

  get done(): boolean {
    return this.at >= this.text.length;
  }
}

/**
 * The list of numbers at `from` in `bytes` (a packed string's characters, ending at `end`),
 * appended to `out.ids` from `at` (grown when full); returns where the next list goes.
 */
export function readInts(bytes: Uint8Array, from: number, end: number, out: { ids: Int32Array }, at: number): number {
  cursor = from;
  const count = intAt(bytes, end);
  if (count > end - cursor) throw new PackError(`a list of ${count} at ${cursor} is longer than its record`);
  if (at + count > out.ids.length) {
    const grown = new Int32Array(Math.max(out.ids.length * 2, at + count));
    grown.set(out.ids);
    out.ids = grown;
  }
  for (let k = 0; k < count; k += 1) out.ids[at + k] = intAt(bytes, end);
  return at + count;
}

/** Where `intAt` reads next. */
let cursor = 0;

function intAt(bytes: Uint8Array, end: number): number {
  let n = 0;
  let scale = 1;
  for (;;) {
    const code = cursor < end ? bytes[cursor]! : 128;
    const digit = code < 128 ? DIGIT[code]! : -1;
    if (digit < 0) throw new PackError(`unexpected ${cursor < end ? 'character' : 'end'} at ${cursor}`);
    cursor += 1;
    if (digit >= 32) return n + (digit - 32) * scale;
    n += digit * scale;
    scale *= 32;
  }
}

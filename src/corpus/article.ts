/** One news article as stored on disk: its id is the file name, `text` is the whole file content. */
export interface Article {
  readonly id: string;
  /** Publication date (YYYY-MM-DD) from the optional ` date YYYY-MM-DD` header, or null when undated. */
  readonly published: string | null;
  /** The full file content: every citation span indexes into this exact string. */
  readonly text: string;
  /** Offset where the body begins, after the date header if there is one. */
  readonly bodyStart: number;
}

// The header may be preceded by whitespace and is followed on the same line by the first sentence.
const DATE_HEADER = /^\s*date\s+(\d{4})-(\d{2})-(\d{2})\b[ \t]*/;

export function parseArticle(id: string, text: string): Article {
  const header = DATE_HEADER.exec(text);
  if (header && isRealDate(Number(header[1]), Number(header[2]), Number(header[3]))) {
    return { id, published: `${header[1]}-${header[2]}-${header[3]}`, text, bodyStart: header[0].length };
  }
  return { id, published: null, text, bodyStart: 0 };
}

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Article ids are file names without the `.txt` extension. */
export function articleIdFromFileName(fileName: string): string {
  return fileName.replace(/\.txt$/i, '');
}

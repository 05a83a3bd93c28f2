import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { articleIdFromFileName, parseArticle, type Article } from './article.ts';

export interface CorpusWarning {
  readonly path: string;
  readonly message: string;
}

export interface Corpus {
  readonly articles: Article[];
  readonly warnings: CorpusWarning[];
}

/**
 * Reads article files and folders (only `*.txt` inside folders). Unreadable, empty or binary
 * files are skipped with a warning so one bad file never stops a rebuild.
 */
export async function readCorpus(paths: readonly string[]): Promise<Corpus> {
  const files: string[] = [];
  const warnings: CorpusWarning[] = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        const names = (await readdir(path)).filter((n) => n.toLowerCase().endsWith('.txt')).sort();
        files.push(...names.map((n) => join(path, n)));
      } else {
        files.push(path);
      }
    } catch (error) {
      warnings.push({ path, message: `cannot read: ${describe(error)}` });
    }
  }

  const articles: Article[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    const id = articleIdFromFileName(basename(file));
    if (seen.has(id)) {
      warnings.push({ path: file, message: `skipped: another file already has the article id ${id}` });
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      warnings.push({ path: file, message: `cannot read: ${describe(error)}` });
      continue;
    }
    const problem = contentProblem(bytes);
    if (problem) {
      warnings.push({ path: file, message: `skipped: ${problem}` });
      continue;
    }
    seen.add(id);
    articles.push(parseArticle(id, bytes.toString('utf8')));
  }
  articles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { articles, warnings };
}

function contentProblem(bytes: Buffer): string | null {
  if (bytes.toString('utf8').trim() === '') return 'the file is empty';
  if (bytes.includes(0)) return 'the file looks binary (it contains NUL bytes)';
  return null;
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) return String((error as { code: unknown }).code);
  return error instanceof Error ? error.message : String(error);
}

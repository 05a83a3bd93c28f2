import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The q-quantile (0..1) of a sample, nearest-rank. */
export function quantile(values: ArrayLike<number>, q: number): number {
  const sorted = Float64Array.from(values).sort();
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

export const median = (values: ArrayLike<number>): number => quantile(values, 0.5);

/** Rounds for reporting: integers above 100, else 3 significant digits. */
export function round(x: number): number {
  if (!Number.isFinite(x)) return x;
  if (Math.abs(x) >= 100) return Math.round(x);
  return Number(x.toPrecision(3));
}

export const MB = 1024 * 1024;

/** Microseconds elapsed since `start` (from process.hrtime.bigint()). */
export function since(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1000;
}

/**
 * A hash of everything a generated store depends on: the generator, the extraction code, the
 * knowledge files and the versions of the libraries extraction calls. A cached store is only
 * reused when this is unchanged, so a cache hit is the same store a fresh build would give.
 */
export function sourceHash(paths: readonly string[], packages: readonly string[]): string {
  const hash = createHash('sha256');
  const files: string[] = [];
  const walk = (path: string): void => {
    const info = statSync(path);
    if (info.isDirectory()) for (const name of readdirSync(path).sort()) walk(join(path, name));
    else files.push(path);
  };
  for (const p of paths) walk(p);
  for (const file of files.sort()) {
    hash.update(file);
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  for (const name of packages) {
    const pkg = JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as { version?: string };
    hash.update(`${name}@${pkg.version ?? '?'}\0`);
  }
  return hash.digest('hex').slice(0, 16);
}

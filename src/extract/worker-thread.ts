import { Worker } from 'node:worker_threads';

/**
 * A worker thread on one of our entry points (`entry`: its path under src/ without extension, "extract/worker"):
 * dist/<entry>.js when this runs compiled (scripts/build.mjs puts every output two folders below the root, as
 * src/ files are); else (tests, the bench: tsx) the TypeScript, through tsx registered inside the worker, which
 * node 20 does not do for a worker's `--import`.
 */
export function startWorker(entry: string, workerData: unknown): Worker {
  const root = new URL('../../', import.meta.url);
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL(`dist/${entry}.js`, root), { workerData });
  const source = JSON.stringify(new URL(`src/${entry}.ts`, root).href);
  const code = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${source}); });`;
  return new Worker(code, { eval: true, workerData });
}

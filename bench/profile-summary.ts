/**
 * Where a `node --cpu-prof` profile spent its time: self time by function and by package or source
 * folder, heaviest first.
 *
 *   node --import tsx bench/profile-summary.ts FILE.cpuprofile [TOP]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, top = '40'] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-summary.ts FILE.cpuprofile [TOP]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);

/** node_modules/<package>, src/<folder>, bench, node:<builtin>, or the V8 pseudo-frames. */
function area(url: string, name: string): string {
  if (!url) return `(${name || 'anonymous'})`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const ours = /\/(src\/[^/]+|bench)\//.exec(url);
  if (ours) return ours[1]!;
  if (url.startsWith('node:')) return url;
  return url.replace(/^.*\//, '');
}

const functions = new Map<string, number>();
const areas = new Map<string, number>();
for (const [id, us] of self) {
  const n = byId.get(id)!;
  const { functionName, url, lineNumber } = n.callFrame;
  const where = url.replace(/^.*\/(node_modules|src|bench)\//, '$1/');
  const key = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
  functions.set(key, (functions.get(key) ?? 0) + us);
  const a = area(url, functionName);
  areas.set(a, (areas.get(a) ?? 0) + us);
}
const show = (m: Map<string, number>, n: number): void => {
  for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n))
    process.stdout.write(
      `${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}\n`,
    );
};
// Inclusive time: each sample counts once for every distinct function on its stack.
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (n: ProfileNode): string =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/(node_modules|src|bench)\//, '$1/')}`;
const inclusive = new Map<string, number>();
for (const [id, us] of self) {
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) seen.add(label(byId.get(at)!));
  for (const k of seen) inclusive.set(k, (inclusive.get(k) ?? 0) + us);
}

process.stdout.write(`total ${(total / 1000).toFixed(0)} ms sampled\n\nby area:\n`);
show(areas, 25);
process.stdout.write(`\nby function (self time):\n`);
show(functions, Number(top));
process.stdout.write(`\nby function (inclusive, our code and the Slack packages):\n`);
show(new Map([...inclusive].filter(([k]) => /src\/|@slack|bench\//.test(k))), Number(top));

// @ts-check
/**
 * A seeded random sample of the code lines of src/understand and src/answer, as Stryker's `--mutate`
 * list: `npm run mutate:sample` measures the mutation score on it in about half an hour on two cores,
 * where the full run takes most of a day. The same seed and share give the same lines until the code
 * changes; the score is an estimate of the whole, so report it with the sample's size.
 *
 *   node scripts/mutation-sample.mjs [SHARE=0.1] [SEED=20261202]
 */
import { readFileSync, readdirSync } from 'node:fs';

const share = Number(process.argv[2] ?? 0.1);
let state = Number(process.argv[3] ?? 20261202) >>> 0;
const random = () => {
  state = (Math.imul(state, 1103515245) + 12345) >>> 0;
  return state / 2 ** 32;
};
const files = ['src/understand', 'src/answer'].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `${dir}/${f}`),
);
const picked = [];
for (const file of files)
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const code = line.trim();
      // Blank lines, comments and imports hold no mutants: they would only thin the sample.
      if (!code || /^(?:\/\/|\/\*|\*|import )/.test(code)) return;
      if (random() < share) picked.push(`${file}:${i + 1}-${i + 1}`);
    });
process.stdout.write(picked.join(','));

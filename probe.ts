import { readdirSync, readFileSync } from 'node:fs';
import { seedEngine } from './test/helpers/engine.ts';
import { engineFor } from './test/helpers/build.ts';
import { rankEvents } from './src/answer/select.ts';
const seed = await seedEngine();
const texts = Object.fromEntries(readdirSync('test/articles').map((n) => [n.slice(0, -4), readFileSync('test/articles/' + n, 'utf8')]));
const { engine: gen } = await engineFor(texts);
for (const [name, e] of [['seed', seed], ['gen', gen]] as const) {
  console.log('==', name);
  for (const ev of e.indexed.store.events) console.log(ev.id, '|', ev.kind, '|', ev.label, '|', Object.keys(ev.slots).join(','));
  for (const ev of e.indexed.store.events) {
    for (const q of [`when is the ${ev.label}?`, `where is the ${ev.label}?`, `who took part in the ${ev.label}?`]) {
      const a = e.answer(q);
      console.log(a.event === ev.id ? 'OK ' : 'XX ', q, '=>', a.answered, a.value, a.event);
    }
  }
}

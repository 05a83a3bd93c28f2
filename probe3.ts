import { readdirSync, readFileSync } from 'node:fs';
import { engineFor } from './test/helpers/build.ts';
const texts = Object.fromEntries(readdirSync('test/articles').map((n) => [n.slice(0, -4), readFileSync('test/articles/' + n, 'utf8')]));
const { engine: gen } = await engineFor(texts);
for (const q of ['When was the Han River Cup final played?', 'Where was the Han River Cup final played?', 'On which day was a launch attempt called off?', 'where did aditi launch from', 'when was aditi launched', 'How many teachers went on strike?']) {
  const a = gen.answer(q); console.log(q, a.answered, a.reason, a.value, a.event, a.candidates.map(c=>c.event+'/'+c.date).join(' '));
}

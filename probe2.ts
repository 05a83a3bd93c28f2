import { readdirSync, readFileSync } from 'node:fs';
import { seedEngine } from './test/helpers/engine.ts';
import { engineFor } from './test/helpers/build.ts';
import type { Engine, ConversationContext } from './src/answer/index.ts';
const seed = await seedEngine();
const texts = Object.fromEntries(readdirSync('test/articles').map((n) => [n.slice(0, -4), readFileSync('test/articles/' + n, 'utf8')]));
const { engine: gen } = await engineFor(texts);
function run(e: Engine, turns: string[]) {
  let ctx: ConversationContext | null = null;
  for (const t of turns) {
    const a = e.answer(t, ctx);
    console.log(`  ${t} -> [${a.reading ?? ''}] ${a.answered ? 'A' : 'D:' + a.reason} value=${a.value} ev=${a.event} cands=${a.candidates.map((c) => c.event).join(',')} | ${a.answer.slice(0, 90)}`);
    ctx = a.remember ?? ctx;
  }
  console.log('');
}
const seedConvs = [
  ['when is the Helsinki summit?', 'and where?', 'who announced it?', 'what will they talk about there?'],
  ['where did trump and putin first meet?', 'what about the second one?', 'when was that?'],
  ['where is the summit?', 'the other one?', '2'],
  ['where was the summit?', '2'],
  ['when is the Helsinki summit?', 'who confirmed it?', 'when was it announced?'],
  ['who confirmed the g20 meeting?', 'where?'],
  ['when did Trump fire Comey?', 'who was fired?'],
  ['when is the Helsinki summit?', 'who else?'],
  ['when is the Helsinki summit?', 'who took part in that meeting?'],
  ['when is the Helsinki summit?', 'what about the Hamburg summit?'],
];
for (const c of seedConvs) run(seed, c);
const genConvs = [
  ['when did the earthquake hit?', 'how many people were injured in it?', 'where was it felt?'],
  ['who won the Han River Cup final?', 'where was it played?', 'how many people watched it?'],
  ['when was the Althing election?', 'how many seats did the Reform Alliance win in it?', 'who leads it?'],
  ['who resigned?', 'when?'],
  ['when is the launch?', 'where?'],
  ['how many teachers went on strike?', 'when did it begin?'],
  ['who was convicted?', 'when?'],
  ['who bought Castlegate Partners?', 'how much did it cost?'],
];
for (const c of genConvs) run(gen, c);

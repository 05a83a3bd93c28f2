/**
 * A deterministic generator of news articles for the benchmark: many different people,
 * organisations, places and dates, and main events of many kinds (bench/corpus-events.ts), written
 * as paragraphs of news prose, so that a store built from 10,000 of them really grows.
 *
 * What makes answering hard at scale is there on purpose: people share first or last names (within
 * an article too, where a careful writer then repeats the full name), storms are named like people,
 * clubs and events are named after cities, and every article names other cities, people and events
 * besides its main one.
 *
 * Places come from the gazetteer (data/knowledge/gazetteer.json); people are first and last names
 * combined; organisations are made from name parts and cue words. Every article is derived from
 * (seed, index) alone, so `generateCorpus(1000, s)` is the first thousand of `generateCorpus(10000, s)`.
 *
 * Each article comes with the facts it plants about its main event and questions about them; the
 * engine must find the answers by extraction, never here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge, phraseKey, type Knowledge } from '../src/extract/knowledge.ts';
import type { Answer } from '../src/answer/index.ts';
import {
  between,
  cap,
  chance,
  mainEvent,
  pick,
  spoken,
  type City,
  type Fact,
  type PlantedDate,
  type PlantedPerson,
  type Rng,
  type Scene,
} from './corpus-events.ts';
import {
  ADJECTIVES,
  ANALYST_ROLES,
  FEW,
  FIRST_NAMES,
  LAST_NAMES,
  LEADER_ROLES,
  NUMBERS,
  ORG_CUES,
  ORG_FIELDS,
  ORG_PREFIXES,
  OUTLET_CUES,
  SECTORS,
  TOPICS,
  WEEKDAYS,
} from './corpus-words.ts';

export type { PlantedDate, PlantedPerson } from './corpus-events.ts';

/** What an article states about its main event. */
export interface PlantedEvent {
  /** Event kind of data/knowledge/events.json ("earthquake", "summit", "verdict"). */
  readonly kind: string;
  /** The word the article uses for it. */
  readonly noun: string;
  readonly city: string;
  readonly country: string;
  readonly when: PlantedDate;
  /** The people or organisations at its centre. */
  readonly who: readonly string[];
  readonly quantity: string | null;
}

export interface GeneratedArticle {
  readonly id: string;
  /** The whole file content, starting with ` date YYYY-MM-DD` when the article is dated. */
  readonly text: string;
  readonly published: string | null;
  readonly facts: PlantedEvent;
  /** The event kinds the article tells of: its main event's and a side story's. */
  readonly kinds: readonly string[];
  /** Everyone and every place the article names, for variety checks. */
  readonly people: readonly string[];
  readonly places: readonly string[];
  readonly organisations: readonly string[];
  /** Questions about the main event, before the corpus-wide check that each has one answer. */
  readonly questions: readonly PlantedQuestion[];
}

/** A question about a planted fact, and what its answer must contain. */
export interface PlantedQuestion {
  readonly article: string;
  readonly fact: Fact;
  readonly q: string;
  /** Words a right answer contains (case and accents aside); for `when`, the ISO date. */
  readonly expect: string;
  /** What the question names the event by; see QuestionSeed in corpus-events.ts. */
  readonly key: string;
}

// ---------------------------------------------------------------------------------------------
// ---------------------------------------------------------------------------------------------
// Random numbers: mulberry32, seeded per article from (seed, index).

function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mix(seed: number, index: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}

/** `count` different items of `list` (fewer if the list is shorter). */
function distinct<T>(rng: Rng, list: readonly T[], count: number): T[] {
  const out: T[] = [];
  for (let guard = 0; out.length < Math.min(count, list.length) && guard < count * 50; guard += 1) {
    const x = pick(rng, list);
    if (!out.includes(x)) out.push(x);
  }
  return out;
}

function shuffle<T>(rng: Rng, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Pools built once from the knowledge files.

// ---------------------------------------------------------------------------------------------
// Pools built once from the knowledge files.

interface Pools {
  readonly firstNames: readonly string[];
  readonly lastNames: readonly string[];
  readonly cities: readonly City[];
  readonly byCountry: ReadonlyMap<string, readonly City[]>;
}

let pools: Pools | undefined;

function buildPools(knowledgeDir: string): Pools {
  const knowledge = loadKnowledge(knowledgeDir);
  // Cities of 100,000 people or more from the gazetteer, named with their country's demonym.
  const gazetteer = JSON.parse(readFileSync(join(knowledgeDir, 'gazetteer.json'), 'utf8')) as {
    countries: Array<{ code: string; name: string; demonyms: string[] }>;
    cities: Array<[name: string, country: string, population: number]>;
  };
  const countryOf = new Map(gazetteer.countries.map((c) => [c.code, c]));
  // A name must read as a name: not a place, organisation, demonym or role word of the knowledge files.
  const plainName = (w: string): boolean => !isKnownWord(knowledge, w);
  const cities: City[] = [];
  for (const [name, code, population] of gazetteer.cities) {
    const country = countryOf.get(code);
    const demonym = country?.demonyms.find((d) => !/s$/.test(d)) ?? country?.demonyms[0];
    if (!country || !demonym || population < 100_000 || !/^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/.test(name)) continue;
    // Only cities that the gazetteer resolves to themselves (not a country or region of the same name).
    const info = knowledge.places.get(phraseKey(name));
    if (!info || info.kind !== 'city' || info.name !== name) continue;
    cities.push({ name, country: country.name, demonym });
  }
  const byCountry = new Map<string, City[]>();
  for (const c of cities) byCountry.set(c.country, [...(byCountry.get(c.country) ?? []), c]);
  return { firstNames: FIRST_NAMES.filter(plainName), lastNames: LAST_NAMES.filter(plainName), cities, byCountry };
}

function isKnownWord(k: Knowledge, w: string): boolean {
  const key = phraseKey(w);
  const lower = w.toLowerCase();
  return (
    k.places.has(key) ||
    k.organisations.has(key) ||
    k.demonyms.has(key) ||
    k.roleHeads.has(lower) ||
    k.roleModifiers.has(lower) ||
    k.honorifics.has(lower) ||
    k.eventNouns.has(lower) ||
    k.eventVerbs.has(lower)
  );
}

// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// One article.

const DAY = 86_400_000;
const isoOf = (d: Date): string => d.toISOString().slice(0, 10);

/** The people of one article: new names, sometimes sharing a first or last name with someone already in it. */
function castOf(rng: Rng, p: Pools): Pick<Scene, 'person' | 'ref'> & { readonly all: PlantedPerson[] } {
  const all: PlantedPerson[] = [];
  // Surnames already used alone to refer to someone: a namesake must not make those ambiguous.
  const referred = new Set<string>();
  const taken = (first: string, last: string): boolean => all.some((x) => x.first === first && x.last === last);
  const person = (role: string): PlantedPerson => {
    for (;;) {
      let first = pick(rng, p.firstNames);
      let last = pick(rng, p.lastNames);
      const other = all.length > 0 && chance(rng, 0.3) ? pick(rng, all) : undefined;
      if (other && chance(rng, 0.5)) first = other.first;
      else if (other && !referred.has(other.last)) last = other.last;
      if (taken(first, last) || (!other && all.some((x) => x.first === first || x.last === last))) continue;
      const made = { name: `${first} ${last}`, first, last, role };
      all.push(made);
      return made;
    }
  };
  const ref = (x: PlantedPerson): string => {
    if (all.some((y) => y !== x && y.last === x.last)) return x.name;
    referred.add(x.last);
    return x.last;
  };
  return { person, ref, all };
}

function article(seed: number, index: number, p: Pools): GeneratedArticle {
  const rng = mulberry32(mix(seed, index));
  const id = `${String(index).padStart(5, '0')}_${mix(seed, index).toString(16).padStart(8, '0')}${mix(
    seed ^ 0x5bd1e995,
    index,
  )
    .toString(16)
    .padStart(8, '0')}`;
  const dated = !chance(rng, 0.08);
  const published = new Date(Date.UTC(2012, 0, 1) + between(rng, 0, 12 * 365) * DAY);

  // The main event's city, another of its country when there is one, and two abroad.
  const city = pick(rng, p.cities);
  const home = (p.byCountry.get(city.country) ?? []).filter((c) => c !== city);
  const [abroad, elsewhere] = distinct(
    rng,
    p.cities.filter((c) => c.country !== city.country),
    2,
  ) as [City, City];
  const nearby = home.length > 0 ? pick(rng, home) : elsewhere;
  const cast = castOf(rng, p);
  const orgs: string[] = [];
  const org = (cues: readonly string[]): string => {
    for (;;) {
      const name = `${pick(rng, ORG_PREFIXES)} ${pick(rng, ORG_FIELDS)} ${pick(rng, cues)}`;
      if (orgs.some((o) => o.split(' ')[0] === name.split(' ')[0])) continue;
      orgs.push(name);
      return name;
    }
  };
  const [topic, topic2] = distinct(rng, TOPICS, 2) as [string, string];
  const scene: Scene = {
    rng,
    published,
    dated,
    city,
    nearby,
    abroad,
    person: cast.person,
    ref: cast.ref,
    org,
    topic,
    leaderRole: () => pick(rng, LEADER_ROLES),
  };
  const main = mainEvent(scene);
  const outlet = `${pick(rng, ORG_PREFIXES)} ${pick(rng, OUTLET_CUES)}`;
  const analyst = cast.person(pick(rng, ANALYST_ROLES));
  const leader = cast.person(`${elsewhere.demonym} ${pick(rng, LEADER_ROLES)}`);
  const other = cast.person(`${elsewhere.demonym} ${pick(rng, LEADER_ROLES)}`);
  const side = sideStory(rng, leader, other, elsewhere, org(ORG_CUES), published, cast.ref);
  const paragraphs = [
    ...main.paragraphs,
    ...shuffle(rng, [
      reaction(rng, analyst, main.label, city, outlet, topic2, cast.ref),
      background(rng, main.kind, city, nearby, elsewhere, published, topic2),
      side.text,
      voices(
        rng,
        cast.person(`${city.demonym} ${pick(rng, LEADER_ROLES)}`),
        cast.person('spokesperson'),
        abroad,
        topic,
        cast.ref,
      ),
    ]),
    closing(rng, main.label, org(ORG_CUES), outlet, nearby),
  ];
  // Sometimes a caption line, as news pages have under photos.
  if (chance(rng, 0.3)) paragraphs.splice(1, 0, `${cap(main.label)}: a scene in ${city.name}`);
  const body = paragraphs.join('\n\n');
  return {
    id,
    text: dated ? ` date ${isoOf(published)} ${body}` : body,
    published: dated ? isoOf(published) : null,
    facts: {
      kind: main.kind,
      noun: main.noun,
      city: main.city,
      country: city.country,
      when: main.when,
      who: main.who,
      quantity: main.quantity,
    },
    kinds: [main.kind, side.kind],
    people: cast.all.map((x) => x.name),
    places: [city.name, nearby.name, abroad.name, elsewhere.name, city.country],
    organisations: [...orgs, outlet],
    // Dates are only asked where the article's date lets the text be resolved, and a question names a year
    // only where the article states it: an undated article says "on Sunday", and nothing in it tells the year.
    questions: main.questions
      .filter((q) => (q.fact !== 'when' || q.expect !== '') && (dated || !/\b(?:1[5-9]|20)\d\d\b/.test(q.q)))
      .map((q) => ({ article: id, ...q })),
  };
}

function reaction(
  rng: Rng,
  analyst: PlantedPerson,
  label: string,
  city: City,
  outlet: string,
  topic: string,
  ref: (p: PlantedPerson) => string,
): string {
  const quote = pick(rng, [
    `"Nobody here has seen anything like ${label}," ${analyst.role} ${analyst.name} said.`,
    `${cap(analyst.role)} ${analyst.name} said ${label} showed how much had changed. "We were not ` +
      `ready," ${ref(analyst)} added.`,
    `"People will remember ${label} for a long time," ${analyst.name}, a ${analyst.role}, told the ${outlet}.`,
  ]);
  const more = [
    `Opposition lawmakers were ${pick(rng, ADJECTIVES)}, saying the government had explained too little.`,
    `Business groups in ${city.name} asked to be consulted on ${topic}.`,
    `Markets were calm, and the currency was little changed by the end of trading.`,
    `Commentators in the ${outlet} described the mood in ${city.name} as ${pick(rng, ADJECTIVES)}.`,
    `A poll published by the ${outlet} found ${between(rng, 20, 70)} percent of ${pick(rng, SECTORS)} ` +
      `worried about ${topic}.`,
  ];
  return [quote, ...shuffle(rng, more).slice(0, between(rng, 2, 3))].join(' ');
}

/** What others said: a leader, a spokesperson, a neighbour abroad; numbers and dates besides the planted ones. */
function voices(
  rng: Rng,
  official: PlantedPerson,
  spokes: PlantedPerson,
  abroad: City,
  topic: string,
  ref: (p: PlantedPerson) => string,
): string {
  const lines = [
    `${cap(official.role)} ${official.name} promised help within ${pick(rng, FEW)} days and said more ` +
      `would be spent on ${topic}.`,
    `${cap(ref(official))} later cancelled a trip to ${abroad.name}, ${spokes.role} ${spokes.name} said.`,
    `The government in ${countryName(abroad.country)} offered assistance, according to ${spokes.name}.`,
    `Asked about ${topic}, ${ref(spokes)} said a decision was expected by the end of the year.`,
    `About ${between(rng, 3, 60)} percent of households in the region rely on ${pick(rng, SECTORS)} for ` +
      `work, ${ref(spokes)} noted.`,
  ];
  return shuffle(rng, lines)
    .slice(0, between(rng, 2, 4))
    .join(' ');
}

/** Context with other places, years, numbers and an earlier event named after another city. */
function background(
  rng: Rng,
  kind: string,
  city: City,
  nearby: City,
  elsewhere: City,
  published: Date,
  topic: string,
): string {
  const year = published.getUTCFullYear() - between(rng, 2, 9);
  const lines = [
    `It recalled the ${elsewhere.name} ${kind} of ${year}, which is still discussed in ${nearby.name}.`,
    `${cap(city.demonym)} officials have long argued that ${topic} cannot be handled by one country alone.`,
    `${city.name} has about ${between(rng, 110, 990)},000 inhabitants and is ` +
      `${pick(rng, ['an important port', 'a regional capital', 'an industrial centre', 'a university town'])}.`,
    `Since ${year}, spending on ${topic} in ${countryName(city.country)} has risen ${pick(rng, NUMBERS)} times.`,
    `A report last year estimated that problems with ${topic} cost ${pick(rng, SECTORS)} ` +
      `${pick(rng, NUMBERS)} billion dollars a year.`,
  ];
  return shuffle(rng, lines)
    .slice(0, between(rng, 2, 4))
    .join(' ');
}

/** A second, shorter story of another kind elsewhere, so the store holds more events than the main ones. */
function sideStory(
  rng: Rng,
  leader: PlantedPerson,
  other: PlantedPerson,
  elsewhere: City,
  org: string,
  published: Date,
  ref: (p: PlantedPerson) => string,
): { kind: string; text: string } {
  const recent = new Date(published.getTime() - between(rng, 1, 6) * DAY);
  const weekday = WEEKDAYS[recent.getUTCDay()]!;
  const month = spoken(new Date(published.getTime() + between(rng, 20, 150) * DAY)).split(' ')[0]!;
  const stories: Array<[string, string]> = [
    [
      'firing',
      `Separately, ${leader.role} ${leader.name} dismissed ${other.name} on ${weekday}, citing ` +
        `${pick(rng, ['a loss of confidence', 'disagreements over the budget'])}.`,
    ],
    [
      'appointment',
      `In ${elsewhere.name}, ${leader.role} ${leader.name} named ${other.name} special envoy on ${weekday}.`,
    ],
    [
      'protest',
      `Thousands of ${pick(rng, SECTORS)} rallied in ${elsewhere.name} on ${weekday} against ` +
        `${pick(rng, ['new taxes', 'rising fuel prices'])}.`,
    ],
    ['launch', `The ${org} will open a fund for ${pick(rng, TOPICS)} in ${elsewhere.name} in ${month}.`],
    [
      'election',
      `${cap(countryName(elsewhere.country))} will hold an election in ${month}, and ${leader.name} leads the polls.`,
    ],
    [
      'investigation',
      `Prosecutors in ${elsewhere.name} have opened an inquiry into ${pick(rng, TOPICS)}, and ` +
        `${other.name} is expected to testify.`,
    ],
    [
      'conversation',
      `${cap(leader.role)} ${leader.name} spoke with ${other.role} ${other.name} by phone on ${weekday}; ` +
        `${ref(leader)} said the call was ${pick(rng, ADJECTIVES)}.`,
    ],
    [
      'meeting',
      `${leader.name} and ${other.name} met in ${elsewhere.name} on ${weekday} for ${pick(rng, FEW)} ` +
        `hours of talks on ${pick(rng, TOPICS)}.`,
    ],
  ];
  const [kind, text] = pick(rng, stories);
  return { kind, text };
}

function closing(rng: Rng, label: string, org: string, outlet: string, nearby: City): string {
  const lines = [
    `Further details will be published by the ${org} later this week.`,
    `The ${outlet} said a fuller account of ${label} would follow.`,
    `Officials in ${nearby.name} said they were following events closely.`,
    `No one was available for comment at the ${org}.`,
  ];
  return shuffle(rng, lines)
    .slice(0, between(rng, 1, 2))
    .join(' ');
}

const PLURAL_OR_TITLED = /\b(?:United|Republic|Islands|Kingdom|States|Emirates|Federation)\b/;
const ARTICLED = /^(?:Netherlands|Philippines|Bahamas|Gambia|Maldives|Seychelles|Comoros)$/;

/** "the United Kingdom", "the Philippines", "Kenya". */
function countryName(name: string): string {
  return PLURAL_OR_TITLED.test(name) || ARTICLED.test(name) ? `the ${name}` : name;
}

// ---------------------------------------------------------------------------------------------

/**
 * `count` articles, the same for the same `seed` every time. Ids are unique and sort in
 * generation order. `knowledgeDir` is where the gazetteer is read from.
 */
export function generateCorpus(count: number, seed: number, knowledgeDir = 'data/knowledge'): GeneratedArticle[] {
  pools ??= buildPools(knowledgeDir);
  const out: GeneratedArticle[] = [];
  for (let i = 0; i < count; i += 1) out.push(article(seed, i, pools));
  return out;
}

/**
 * The questions of a corpus that have one right answer in it: a question naming its event by a key
 * (two people, a storm's name, a city and a kind …) that another article's main event also has is
 * left out, since either article would answer it.
 */
export function plantedQuestions(corpus: readonly GeneratedArticle[]): PlantedQuestion[] {
  const articlesOf = new Map<string, Set<string>>();
  for (const a of corpus)
    for (const q of a.questions) articlesOf.set(q.key, (articlesOf.get(q.key) ?? new Set()).add(a.id));
  return corpus.flatMap((a) => a.questions.filter((q) => articlesOf.get(q.key)!.size === 1));
}

/** The questions about one article's main event (all of them, unchecked against a corpus). */
export function questionsAbout(a: GeneratedArticle): readonly PlantedQuestion[] {
  return a.questions;
}

export type Verdict = 'right' | 'wrong' | 'declined';

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(\d),(?=\d{3}\b)/g, '$1');

/**
 * Right: answered with the planted value, citing the planted article. Wrong: answered otherwise. A
 * date is right when the answer's value is that day (or its text says it with the year); a number
 * when the answer says it as a whole number ("4,000" and "4000" alike).
 */
export function judge(q: PlantedQuestion, a: Answer): Verdict {
  if (!a.answered) return 'declined';
  if (!a.citations.some((c) => c.article === q.article)) return 'wrong';
  const text = fold(a.answer);
  if (q.fact === 'when') {
    const d = new Date(`${q.expect}T12:00:00Z`);
    const said = fold(`${spoken(d)}, ${d.getUTCFullYear()}`);
    return a.value?.startsWith(q.expect) || text.includes(said) ? 'right' : 'wrong';
  }
  const expect = fold(q.expect);
  const at = text.search(
    new RegExp(`(?<![\\p{L}\\p{N}])${expect.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u'),
  );
  return at >= 0 ? 'right' : 'wrong';
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';

const PlacesFile = z.object({
  countries: z.array(
    z.object({ name: z.string(), aliases: z.array(z.string()).default([]), demonyms: z.array(z.string()).default([]) }),
  ),
  cities: z.array(z.object({ name: z.string(), country: z.string() })),
  regions: z.array(z.object({ name: z.string(), aliases: z.array(z.string()).default([]) })).default([]),
});
const isCity = (c: unknown): boolean =>
  Array.isArray(c) &&
  c.length === 3 &&
  typeof c[0] === 'string' &&
  typeof c[1] === 'string' &&
  typeof c[2] === 'number';
/** The generated table (scripts/build-gazetteer.ts); countries by ISO code, cities as [name, code, population]. */
const GazetteerFile = z.object({
  countries: z.array(
    z.object({ code: z.string(), name: z.string(), aliases: z.array(z.string()), demonyms: z.array(z.string()) }),
  ),
  regions: z.array(z.object({ name: z.string(), country: z.string() })),
  // Checked in one pass: as 23,000 zod tuples it took as long as building the tables from it.
  cities: z.custom<Array<[string, string, number]>>(
    (v) => Array.isArray(v) && v.every(isCity),
    'each city must be [name, country code, population]',
  ),
});
const NamesFile = z.object({
  facilityHeads: z.array(z.string()),
  sharedHeads: z.array(z.string()),
  regionHeads: z.array(z.string()),
  leadingPlaceWords: z.record(z.string(), z.enum(['city', 'region'])),
  eventNameHeads: z.array(z.string()),
  thingHeads: z.array(z.string()),
  creditLabels: z.array(z.string()),
  creditWords: z.array(z.string()),
});
const OrganisationsFile = z.object({
  cueWords: z.array(z.string()),
  /** A company's legal form, written after its name and often a comma: "Inc.", "Ltd", "GmbH". */
  legalForms: z.array(z.string()),
  known: z.array(z.object({ name: z.string(), aliases: z.array(z.string()).default([]) })),
});
const RoleArity = z.enum(['symmetric', 'agent-patient', 'agent']);
const EventsFile = z.object({
  kinds: z.array(
    z.object({
      kind: z.string(),
      label: z.string(),
      nouns: z.array(z.string()),
      verbs: z.array(z.string()),
      roles: RoleArity,
      family: z.string(),
      /** Verbs of the kind that say the same of the same party ("beat" and "defeat" are winning); others differ. */
      sameVerbs: z.array(z.array(z.string())).default([]),
    }),
  ),
  reporting: z.array(
    z.object({ slot: z.string(), dateSlot: z.string(), verbs: z.array(z.string()), nouns: z.array(z.string()) }),
  ),
  lightVerbs: z.array(z.string()),
  /** Nouns that name a verb's act without being an event of their own: "victory" is winning. */
  actNouns: z.record(z.string(), z.string()).default({}),
  /** Words news prose uses for one another where WordNet does not link them: "made landfall", "came ashore". */
  paraphrases: z.array(z.array(z.string())).default([]),
  /** A verb → the one whose outcome it causes ("were killed" bears out "died"): WordNet's cause relation. */
  causes: z.record(z.string(), z.string()).default({}),
  /** Verbs whose place object is where the event happens: "will visit Kiel", "an earthquake hit Kiel". */
  placeVerbs: z.array(z.string()).default([]),
  topicCues: z.object({ verbs: z.array(z.string()), nouns: z.array(z.string()), prepositions: z.array(z.string()) }),
  futureMarkers: z.array(z.string()),
  pastMarkers: z.array(z.string()),
});
const RolesFile = z.object({
  heads: z.array(z.string()),
  modifiers: z.array(z.string()),
  honorifics: z.array(z.string()),
  groupWords: z.array(z.string()),
});

/** A venue is a named site or facility (a palace, a stadium, a space centre). */
export type PlaceKind = 'venue' | 'city' | 'region' | 'country';
export interface PlaceInfo {
  readonly name: string;
  readonly kind: PlaceKind;
  /** For cities and regions: the country they are in. */
  readonly country?: string;
  /** For cities from the gazetteer: GeoNames population, to rank places of the same name. */
  readonly population?: number;
}
export type EventKindDef = z.infer<typeof EventsFile>['kinds'][number];
export type ReportingDef = z.infer<typeof EventsFile>['reporting'][number];

/** General knowledge used by extraction and understanding; every lookup key goes through `phraseKey`. */
export interface Knowledge {
  /**
   * Well-known places by name (countries, regions, hand-listed cities, cities of 100,000 people or
   * more), for reading lowercase questions, where a small town named like a word ("Date") would be a false hit.
   */
  readonly places: ReadonlyMap<string, PlaceInfo>;
  /**
   * The most likely place of each name in the whole gazetteer: a country, then a hand-listed or large city, a region, a
   * smaller city. For capitalised names in articles.
   */
  readonly allPlaces: ReadonlyMap<string, PlaceInfo>;
  /** Every place of a name that has more than one, most likely first; context picks among them. */
  readonly placeCandidates: ReadonlyMap<string, readonly PlaceInfo[]>;
  /** Head words (phraseKey) that make a name a place: a venue, a venue or an organisation, a region. */
  readonly facilityHeads: ReadonlySet<string>;
  readonly sharedHeads: ReadonlySet<string>;
  readonly regionHeads: ReadonlySet<string>;
  /** First words that make a name a place of that type ("Lake", "Mount", "Fort"). */
  readonly leadingPlaceWords: ReadonlyMap<string, 'city' | 'region'>;
  /** First words of named storms, operations, flights and the like: such names are not people. */
  readonly eventNameHeads: ReadonlySet<string>;
  /** Last words of named things that are not people ("World Cup", "Peach Bowl", "State Banquet"). */
  readonly thingHeads: ReadonlySet<string>;
  readonly creditLabels: ReadonlySet<string>;
  readonly creditWords: ReadonlySet<string>;
  /** Role heads by phraseKey, so that "Vice-President" meets "vice president". */
  readonly roleHeadKeys: ReadonlySet<string>;
  /** Demonym ("Russian") → country name. */
  readonly demonyms: ReadonlyMap<string, string>;
  /** Organisation alias → canonical name. */
  readonly organisations: ReadonlyMap<string, string>;
  readonly organisationCues: ReadonlySet<string>;
  /** Legal forms of companies ("Inc.", "GmbH"), as `phraseKey`s. */
  readonly legalForms: ReadonlySet<string>;
  readonly roleHeads: ReadonlySet<string>;
  readonly roleModifiers: ReadonlySet<string>;
  readonly honorifics: ReadonlySet<string>;
  readonly groupWords: ReadonlySet<string>;
  readonly eventKinds: readonly EventKindDef[];
  /** Trigger lemma (noun or verb, multiword joined by a space) → event kind. */
  readonly eventNouns: ReadonlyMap<string, EventKindDef>;
  readonly eventVerbs: ReadonlyMap<string, EventKindDef>;
  readonly reportingVerbs: ReadonlyMap<string, ReportingDef>;
  readonly reportingNouns: ReadonlyMap<string, ReportingDef>;
  readonly lightVerbs: ReadonlySet<string>;
  /** Noun → the verb whose act it names ("victory" → "win"), where WordNet's near senses do not link them. */
  readonly actNouns: ReadonlyMap<string, string>;
  /** Word → the words said for it ("landfall" → "ashore"), both ways; lowercase lemmas. */
  readonly paraphrases: ReadonlyMap<string, readonly string[]>;
  /** Verb → the verb whose outcome it causes ("kill" → "die"): a sentence saying the first bears out the second. */
  readonly causes: ReadonlyMap<string, string>;
  /** Verbs whose object, when a place, is where the event happens ("visit Kiel", "an earthquake hit Kiel"). */
  readonly placeVerbs: ReadonlySet<string>;
  readonly topicVerbs: ReadonlySet<string>;
  readonly topicNouns: ReadonlySet<string>;
  /** Prepositions that say what something is about ("a news conference on the crash"). */
  readonly topicPrepositions: ReadonlySet<string>;
  readonly futureMarkers: ReadonlySet<string>;
  readonly pastMarkers: ReadonlySet<string>;
  /** Longest place/organisation/role phrase in tokens, to bound phrase matching. */
  readonly longestPhrase: number;
}

/**
 * The key under which names are looked up: lowercase, without dots, hyphens or spaces, so that
 * "U.S.", "U.S" and "US", or "G-20" and "G20", meet. Applied to single tokens and joined phrases alike.
 */
export function phraseKey(text: string): string {
  return text.toLowerCase().replace(/[.\-\u2010-\u2015'’\s]/g, '');
}

/** Ordinal words and numerals → their number ("third" → 3), for "the third time they meet". */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
  '5th': 5,
  '6th': 6,
  '7th': 7,
  '8th': 8,
  '9th': 9,
  '10th': 10,
};

export const DEFAULT_KNOWLEDGE_DIR = 'data/knowledge';

export function loadKnowledge(dir: string = DEFAULT_KNOWLEDGE_DIR): Knowledge {
  const read = <T>(name: string, schema: z.ZodType<T>): T => {
    const path = join(dir, name);
    const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) throw new Error(`${path} is not a valid knowledge file: ${parsed.error.message}`);
    return parsed.data;
  };
  return buildKnowledge({
    places: read('places.json', PlacesFile),
    gazetteer: read('gazetteer.json', GazetteerFile),
    names: read('names.json', NamesFile),
    organisations: read('organisations.json', OrganisationsFile),
    events: read('events.json', EventsFile),
    roles: read('roles.json', RolesFile),
  });
}

interface KnowledgeFiles {
  places: z.infer<typeof PlacesFile>;
  gazetteer: z.infer<typeof GazetteerFile>;
  names: z.infer<typeof NamesFile>;
  organisations: z.infer<typeof OrganisationsFile>;
  events: z.infer<typeof EventsFile>;
  roles: z.infer<typeof RolesFile>;
}

/** Lowercase without accents: "São Paulo" is also found as "Sao Paulo". */
const fold = (text: string): string => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

/** Gazetteer cities this large are well known: a question may name them in lowercase. */
const WELL_KNOWN_POPULATION = 100_000;

/** Lower is likelier: countries, then hand-listed or large cities, regions, smaller cities. */
function placeRank(p: PlaceInfo): number {
  if (p.kind === 'country') return 0;
  if (p.kind === 'city' && (p.population === undefined || p.population >= 500_000)) return 1;
  return p.kind === 'region' ? 2 : 3;
}

function buildKnowledge(files: KnowledgeFiles): Knowledge {
  const lower = (xs: string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));
  const keys = (xs: string[]): Set<string> => new Set(xs.map(phraseKey));
  const facilityHeads = keys(files.names.facilityHeads);
  const sharedHeads = keys(files.names.sharedHeads);
  const regionHeads = keys(files.names.regionHeads);
  const eventNameHeads = keys(files.names.eventNameHeads);
  const thingHeads = keys(files.names.thingHeads);
  const creditLabels = keys(files.names.creditLabels);
  const creditWords = keys(files.names.creditWords);
  const roleHeadKeys = keys(files.roles.heads);
  // A single common word that is also some town's name ("Police", "Mission") is not read as that town.
  const notPlaces = new Set([
    ...files.organisations.cueWords.map(phraseKey),
    ...roleHeadKeys,
    ...keys(files.roles.modifiers),
    ...keys(files.roles.honorifics),
    ...keys(files.roles.groupWords),
    ...facilityHeads,
    ...sharedHeads,
    ...regionHeads,
    ...eventNameHeads,
    ...thingHeads,
    ...creditLabels,
    ...creditWords,
  ]);

  const demonyms = new Map<string, string>();
  // Most names are one word: only a name with a space in it is split.
  const words = (s: string): number => (/\s/.test(s) ? s.trim().split(/\s+/).length : 1);
  let longestPhrase = 1;
  const countryName = new Map<string, string>(files.gazetteer.countries.map((c) => [c.code, c.name]));
  // "Congolese", "Dominican": a word two countries' people go by names neither for sure.
  const sharedDemonyms = new Set<string>();
  const addDemonym = (demonym: string, country: string): void => {
    const key = phraseKey(demonym);
    const known = demonyms.get(key);
    if (known !== undefined && known !== country) sharedDemonyms.add(key);
    demonyms.set(key, country);
  };
  for (const c of files.gazetteer.countries) {
    for (const name of [c.name, ...c.aliases]) longestPhrase = Math.max(longestPhrase, words(name));
    for (const d of c.demonyms) addDemonym(d, c.name);
  }
  for (const c of files.places.countries) {
    if (!files.gazetteer.countries.some((g) => g.name === c.name))
      throw new Error(`places.json names a country the gazetteer does not have: ${c.name}`);
    for (const a of c.aliases) longestPhrase = Math.max(longestPhrase, words(a));
    for (const d of c.demonyms) addDemonym(d, c.name);
  }
  for (const key of sharedDemonyms) demonyms.delete(key);
  for (const r of files.places.regions)
    for (const name of [r.name, ...r.aliases]) longestPhrase = Math.max(longestPhrase, words(name));
  for (const { name } of [...files.gazetteer.regions, ...files.places.cities])
    longestPhrase = Math.max(longestPhrase, words(name));
  // Indexed, not destructured: these loops run once, before they are optimised, and unpacking each of
  // 23,654 cities through the iterator protocol took most of their time.
  const cities = files.gazetteer.cities;
  for (let i = 0; i < cities.length; i += 1) longestPhrase = Math.max(longestPhrase, words(cities[i]![0]));

  /**
   * Places by key, most likely first, leaving out gazetteer cities smaller than `minPopulation`. Built
   * when first read: questions need only the well-known places (a fifth of the gazetteer), extraction
   * all of them, and a start-up neither before its first question.
   */
  const placeTables = (minPopulation: number): Map<string, PlaceInfo[]> => {
    const candidates = new Map<string, PlaceInfo[]>();
    const addPlace = (name: string, info: PlaceInfo, hand = false): void => {
      const key = phraseKey(name);
      const folded = phraseKey(fold(name));
      addKey(key, info, hand);
      if (folded !== key) addKey(folded, info, hand);
    };
    const addKey = (key: string, info: PlaceInfo, hand: boolean): void => {
      if (!key || (!hand && info.kind === 'city' && notPlaces.has(key))) return;
      const list = candidates.get(key);
      if (!list) candidates.set(key, [info]);
      else if (!list.some((p) => p.name === info.name && p.kind === info.kind && p.country === info.country))
        list.push(info);
    };
    const countryInfo = new Map<string, PlaceInfo>();
    for (const c of files.gazetteer.countries) {
      const info: PlaceInfo = { name: c.name, kind: 'country' };
      countryInfo.set(c.name, info);
      addPlace(c.name, info);
      for (const a of c.aliases) addPlace(a, info);
    }
    for (const c of files.places.countries) for (const a of c.aliases) addPlace(a, countryInfo.get(c.name)!, true);
    for (const r of files.places.regions) {
      const info: PlaceInfo = { name: r.name, kind: 'region' };
      addPlace(r.name, info, true);
      for (const a of r.aliases) addPlace(a, info, true);
    }
    for (const r of files.gazetteer.regions) {
      const country = countryName.get(r.country);
      addPlace(r.name, { name: r.name, kind: 'region', ...(country ? { country } : {}) });
    }
    for (const city of files.places.cities)
      addPlace(city.name, { name: city.name, kind: 'city', country: city.country }, true);
    for (let i = 0; i < cities.length; i += 1) {
      const city = cities[i]!;
      if (city[2] < minPopulation) continue;
      const [name, code, population] = city;
      const country = countryName.get(code);
      addPlace(name, { name, kind: 'city', ...(country ? { country } : {}), population });
    }
    candidates.forEach((list, key) => {
      if (list.length === 1) return;
      // A stable sort keeps hand-listed places ahead of generated ones of the same rank.
      const ranked = list
        .map((p, i) => ({ p, i }))
        .sort(
          (a, b) =>
            placeRank(a.p) - placeRank(b.p) || (b.p.population ?? Infinity) - (a.p.population ?? Infinity) || a.i - b.i,
        )
        .map(({ p }) => p);
      candidates.set(key, ranked);
    });
    return candidates;
  };
  let every: Map<string, PlaceInfo[]> | undefined;
  let allPlaces: Map<string, PlaceInfo> | undefined;
  let placeCandidates: Map<string, readonly PlaceInfo[]> | undefined;
  let places: Map<string, PlaceInfo> | undefined;
  const all = (): Map<string, PlaceInfo[]> => (every ??= placeTables(0));
  const mostLikely = (tables: Map<string, PlaceInfo[]>): Map<string, PlaceInfo> => {
    const first = new Map<string, PlaceInfo>();
    tables.forEach((ranked, key) => first.set(key, ranked[0]!));
    return first;
  };

  const organisations = new Map<string, string>();
  for (const o of files.organisations.known) {
    for (const alias of [o.name, ...o.aliases]) {
      const key = phraseKey(alias);
      if (key && !organisations.has(key)) organisations.set(key, o.name);
      longestPhrase = Math.max(longestPhrase, words(alias));
    }
  }

  const eventNouns = new Map<string, EventKindDef>();
  const eventVerbs = new Map<string, EventKindDef>();
  for (const k of files.events.kinds) {
    for (const n of k.nouns) if (!eventNouns.has(n)) eventNouns.set(n, k);
    for (const v of k.verbs) if (!eventVerbs.has(v)) eventVerbs.set(v, k);
  }
  const reportingVerbs = new Map<string, ReportingDef>();
  const reportingNouns = new Map<string, ReportingDef>();
  for (const r of files.events.reporting) {
    for (const v of r.verbs) reportingVerbs.set(v, r);
    for (const n of r.nouns) reportingNouns.set(n, r);
  }
  for (const h of files.roles.heads) longestPhrase = Math.max(longestPhrase, words(h));

  return {
    // Leaving out a place never reorders the others: the first of the well-known ones is the same.
    get places() {
      places ??= mostLikely(placeTables(WELL_KNOWN_POPULATION));
      return places;
    },
    get allPlaces() {
      allPlaces ??= mostLikely(all());
      return allPlaces;
    },
    get placeCandidates() {
      placeCandidates ??= new Map([...all()].filter(([, ranked]) => ranked.length > 1));
      return placeCandidates;
    },
    facilityHeads,
    sharedHeads,
    regionHeads,
    leadingPlaceWords: new Map(Object.entries(files.names.leadingPlaceWords).map(([k, v]) => [phraseKey(k), v])),
    eventNameHeads,
    thingHeads,
    creditLabels,
    creditWords,
    roleHeadKeys,
    demonyms,
    organisations,
    organisationCues: new Set(files.organisations.cueWords.map(phraseKey)),
    legalForms: new Set(files.organisations.legalForms.map(phraseKey)),
    roleHeads: lower(files.roles.heads),
    roleModifiers: lower(files.roles.modifiers),
    honorifics: lower(files.roles.honorifics),
    groupWords: lower(files.roles.groupWords),
    eventKinds: files.events.kinds,
    eventNouns,
    eventVerbs,
    reportingVerbs,
    reportingNouns,
    lightVerbs: lower(files.events.lightVerbs),
    actNouns: new Map(Object.entries(files.events.actNouns)),
    paraphrases: paraphraseMap(files.events.paraphrases),
    causes: new Map(Object.entries(files.events.causes)),
    placeVerbs: lower(files.events.placeVerbs),
    topicVerbs: lower(files.events.topicCues.verbs),
    topicNouns: lower(files.events.topicCues.nouns),
    topicPrepositions: lower(files.events.topicCues.prepositions),
    futureMarkers: lower(files.events.futureMarkers),
    pastMarkers: lower(files.events.pastMarkers),
    longestPhrase,
  };
}

/** Each word of a group → the group's other words. */
function paraphraseMap(groups: readonly (readonly string[])[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const group of groups)
    for (const word of group) {
      const others = map.get(word.toLowerCase()) ?? [];
      for (const other of group) if (other !== word) others.push(other.toLowerCase());
      map.set(word.toLowerCase(), others);
    }
  return map;
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const PlacesFile = z.object({
  countries: z.array(z.object({ name: z.string(), aliases: z.array(z.string()).default([]), demonyms: z.array(z.string()).default([]) })),
  cities: z.array(z.object({ name: z.string(), country: z.string() })),
  regions: z.array(z.object({ name: z.string(), aliases: z.array(z.string()).default([]) })).default([]),
});
const OrganisationsFile = z.object({
  cueWords: z.array(z.string()),
  known: z.array(z.object({ name: z.string(), aliases: z.array(z.string()).default([]) })),
});
const RoleArity = z.enum(['symmetric', 'agent-patient', 'agent']);
const EventsFile = z.object({
  kinds: z.array(
    z.object({ kind: z.string(), label: z.string(), nouns: z.array(z.string()), verbs: z.array(z.string()), roles: RoleArity, family: z.string() }),
  ),
  reporting: z.array(z.object({ slot: z.string(), dateSlot: z.string(), verbs: z.array(z.string()), nouns: z.array(z.string()) })),
  lightVerbs: z.array(z.string()),
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

export type PlaceKind = 'city' | 'country' | 'region';
export interface PlaceInfo {
  readonly name: string;
  readonly kind: PlaceKind;
  /** For cities: the country they are in. */
  readonly country?: string;
}
export type EventKindDef = z.infer<typeof EventsFile>['kinds'][number];
export type ReportingDef = z.infer<typeof EventsFile>['reporting'][number];

/** General knowledge used by extraction and understanding; every lookup key goes through `phraseKey`. */
export interface Knowledge {
  readonly places: ReadonlyMap<string, PlaceInfo>;
  /** Demonym ("Russian") → country name. */
  readonly demonyms: ReadonlyMap<string, string>;
  /** Organisation alias → canonical name. */
  readonly organisations: ReadonlyMap<string, string>;
  readonly organisationCues: ReadonlySet<string>;
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
  readonly topicVerbs: ReadonlySet<string>;
  readonly topicNouns: ReadonlySet<string>;
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
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5, '6th': 6, '7th': 7, '8th': 8, '9th': 9, '10th': 10,
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
    organisations: read('organisations.json', OrganisationsFile),
    events: read('events.json', EventsFile),
    roles: read('roles.json', RolesFile),
  });
}

interface KnowledgeFiles {
  places: z.infer<typeof PlacesFile>;
  organisations: z.infer<typeof OrganisationsFile>;
  events: z.infer<typeof EventsFile>;
  roles: z.infer<typeof RolesFile>;
}

function buildKnowledge(files: KnowledgeFiles): Knowledge {
  const places = new Map<string, PlaceInfo>();
  const demonyms = new Map<string, string>();
  let longestPhrase = 1;
  const words = (s: string): number => s.trim().split(/\s+/).length;
  const addPlace = (name: string, info: PlaceInfo): void => {
    const key = phraseKey(name);
    // Countries win over cities of the same name (Georgia, Luxembourg): the first entry stays.
    if (key && !places.has(key)) places.set(key, info);
    longestPhrase = Math.max(longestPhrase, words(name));
  };
  for (const c of files.places.countries) {
    const info: PlaceInfo = { name: c.name, kind: 'country' };
    addPlace(c.name, info);
    for (const a of c.aliases) addPlace(a, info);
    for (const d of c.demonyms) demonyms.set(phraseKey(d), c.name);
  }
  for (const r of files.places.regions) {
    const info: PlaceInfo = { name: r.name, kind: 'region' };
    addPlace(r.name, info);
    for (const a of r.aliases) addPlace(a, info);
  }
  for (const city of files.places.cities) addPlace(city.name, { name: city.name, kind: 'city', country: city.country });

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

  const lower = (xs: string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));
  return {
    places,
    demonyms,
    organisations,
    organisationCues: new Set(files.organisations.cueWords.map(phraseKey)),
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
    topicVerbs: lower(files.events.topicCues.verbs),
    topicNouns: lower(files.events.topicCues.nouns),
    topicPrepositions: lower(files.events.topicCues.prepositions),
    futureMarkers: lower(files.events.futureMarkers),
    pastMarkers: lower(files.events.pastMarkers),
    longestPhrase,
  };
}

/**
 * A deterministic generator of news articles for the benchmark: many different people,
 * organisations, places, roles, event kinds and dates, written as paragraphs of news prose, so
 * that a store built from 10,000 of them really grows (new events, entities and sentences).
 *
 * Places come from the gazetteer (data/knowledge/gazetteer.json); people are first and last names
 * combined; organisations are made from name parts and the organisation cue words. Every article
 * is derived from (seed, index) alone, so `generateCorpus(1000, s)` is the first thousand of
 * `generateCorpus(10000, s)`.
 *
 * Each article comes with the facts it plants about its main event, so that tests and the
 * benchmark can ask about them; the engine must find the answers by extraction, never here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge, phraseKey, type Knowledge } from '../src/extract/knowledge.ts';
import { MONTHS, WEEKDAYS } from '../src/answer/format.ts';

export interface PlantedPerson {
  readonly name: string;
  readonly last: string;
  /** The role phrase written right before the name ("Kenyan Foreign Minister"). */
  readonly role: string;
}

export interface PlantedDate {
  /** YYYY-MM-DD, or null when the article is undated (the text then cannot be resolved). */
  readonly iso: string | null;
  /** As written in the article. */
  readonly text: string;
}

/** What an article states about its main event: its kind, when, where, who, and who reported it. */
export interface PlantedEvent {
  /** Event kind of data/knowledge/events.json ("summit", "meeting", "visit"). */
  readonly kind: string;
  /** The event word the article uses for it ("summit", "talks", "visit"). */
  readonly noun: string;
  readonly city: string;
  readonly country: string;
  readonly when: PlantedDate;
  /** The people meeting (host first); for a visit, the visitor then the host. */
  readonly participants: readonly PlantedPerson[];
  readonly confirmedBy: PlantedPerson;
  /** The announcer as written: a person's name, an organisation, or "the <demonym> government". */
  readonly announcedBy: string;
  readonly announcedOn: PlantedDate;
  readonly topic: string;
  /** Which meeting between the two this is (2, 3, …; null for visits), with where and when the first one was. */
  readonly ordinal: number | null;
  readonly firstMeeting: { readonly city: string; readonly year: number };
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
}

// ---------------------------------------------------------------------------------------------
// Random numbers: mulberry32, seeded per article from (seed, index).

type Rng = () => number;

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

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const chance = (rng: Rng, p: number): boolean => rng() < p;
const between = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));

/** `count` different items of `list` (fewer if the list is shorter). */
function distinct<T>(rng: Rng, list: readonly T[], count: number, avoid: ReadonlySet<T> = new Set()): T[] {
  const out: T[] = [];
  for (let guard = 0; out.length < Math.min(count, list.length) && guard < count * 50; guard += 1) {
    const x = pick(rng, list);
    if (!out.includes(x) && !avoid.has(x)) out.push(x);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Word lists.

const FIRST_NAMES = [
  'Amina',
  'Tomas',
  'Ingrid',
  'Kwame',
  'Lucia',
  'Mateo',
  'Priya',
  'Hiroshi',
  'Elena',
  'Olumide',
  'Farah',
  'Jonas',
  'Mireille',
  'Rafael',
  'Sunita',
  'Anders',
  'Leila',
  'Dmitri',
  'Chiara',
  'Kofi',
  'Ayesha',
  'Henrik',
  'Nadia',
  'Pablo',
  'Yuki',
  'Marek',
  'Zanele',
  'Oskar',
  'Lina',
  'Tariq',
  'Beatriz',
  'Emil',
  'Fatima',
  'Jakob',
  'Noor',
  'Stefan',
  'Aurelie',
  'Ravi',
  'Helga',
  'Ibrahim',
  'Camila',
  'Lars',
  'Ngozi',
  'Viktor',
  'Soraya',
  'Dario',
  'Keiko',
  'Mehmet',
  'Anneli',
  'Gustavo',
  'Rania',
  'Piotr',
  'Esther',
  'Kenji',
  'Valentina',
  'Samir',
  'Freya',
  'Joaquin',
  'Malika',
  'Teodor',
  'Adaeze',
  'Luca',
  'Signe',
  'Omar',
  'Ines',
  'Bogdan',
  'Thandiwe',
  'Arjun',
  'Marta',
  'Felix',
  'Yasmin',
  'Nikolai',
  'Carmen',
  'Desmond',
  'Ilse',
  'Rashid',
  'Paula',
  'Bjorn',
  'Aisha',
  'Matteo',
  'Svetlana',
  'Hamid',
  'Tobias',
  'Wanjiru',
  'Emre',
  'Clara',
  'Jorge',
  'Oksana',
  'Sione',
  'Margit',
  'Kaveh',
  'Leticia',
  'Arvid',
  'Nomvula',
  'Fabian',
  'Selin',
  'Hugo',
  'Daniela',
  'Kiran',
  'Ewa',
  'Rolf',
  'Yara',
  'Cyril',
  'Ama',
  'Goran',
  'Pilar',
  'Idris',
  'Astrid',
  'Vusi',
  'Lorena',
  'Tarek',
  'Maren',
  'Ricardo',
  'Mikkel',
  'Chidi',
  'Andrzej',
  'Babajide',
  'Irene',
  'Sanjay',
  'Greta',
  'Youssef',
  'Natalia',
  'Kristof',
  'Abena',
  'Ruben',
  'Elif',
  'Patrice',
  'Mei',
  'Anton',
  'Salma',
  'Emeka',
  'Vera',
  'Dragan',
  'Naledi',
  'Joost',
  'Imani',
  'Teresa',
  'Aleksander',
  'Hannelore',
  'Kojo',
  'Renata',
  'Sven',
  'Zainab',
  'Milos',
  'Rosalind',
  'Takeshi',
  'Orla',
  'Bilal',
  'Magnus',
  'Nkechi',
  'Lorenzo',
  'Saskia',
  'Faisal',
  'Agnieszka',
  'Thabo',
  'Ximena',
];

const LAST_NAMES = [
  'Otieno',
  'Lindqvist',
  'Mensah',
  'Ferreira',
  'Castellano',
  'Nakamura',
  'Haddad',
  'Kowalski',
  'Okafor',
  'Varga',
  'Nielsen',
  'Moreau',
  'Tanaka',
  'Suleiman',
  'Petrov',
  'Andersson',
  'Achebe',
  'Rossi',
  'Kaur',
  'Vasquez',
  'Demir',
  'Yilmaz',
  'Novak',
  'Hoffmann',
  'Dubois',
  'Mwangi',
  'Bergstrom',
  'Ortega',
  'Sato',
  'Kiplagat',
  'Fischer',
  'Laurent',
  'Banda',
  'Horvat',
  'Molina',
  'Chowdhury',
  'Eriksen',
  'Abubakar',
  'Kovac',
  'Mendes',
  'Osei',
  'Takahashi',
  'Rahman',
  'Lindgren',
  'Adeyemi',
  'Marchetti',
  'Holm',
  'Quispe',
  'Szabo',
  'Jensen',
  'Okonkwo',
  'Romero',
  'Watanabe',
  'Hakimi',
  'Dimitrov',
  'Solberg',
  'Nkosi',
  'Esposito',
  'Kimura',
  'Farouk',
  'Johansson',
  'Boateng',
  'Santos',
  'Lehmann',
  'Gupta',
  'Mazur',
  'Aguilar',
  'Nyambura',
  'Renaud',
  'Kaya',
  'Ahmadi',
  'Virtanen',
  'Chukwu',
  'Silva',
  'Yamada',
  'Sherzai',
  'Pereira',
  'Wojcik',
  'Ndlovu',
  'Carvalho',
  'Ishikawa',
  'Mansour',
  'Dahl',
  'Asante',
  'Delgado',
  'Schreiber',
  'Hosseini',
  'Marin',
  'Kobayashi',
  'Owusu',
  'Lombardi',
  'Strand',
  'Navarro',
  'Ogawa',
  'Nasser',
  'Agyeman',
  'Cabrera',
  'Richter',
  'Iqbal',
  'Kaminski',
  'Fuentes',
  'Kariuki',
  'Bianchi',
  'Aalto',
  'Soto',
  'Hashimi',
  'Sorensen',
  'Oduya',
  'Rinaldi',
  'Matsumoto',
  'Bakari',
  'Vidal',
  'Nowak',
  'Haugen',
  'Adebayo',
  'Pineda',
  'Ueda',
  'Khalil',
  'Tshabalala',
  'Sandoval',
  'Darwish',
  'Mutua',
  'Guerrero',
  'Endo',
  'Saleh',
  'Nyberg',
  'Ansah',
  'Rojas',
  'Bauer',
  'Chaudhry',
  'Pawlak',
  'Ibarra',
  'Wekesa',
  'Conti',
  'Hirano',
  'Toure',
  'Morales',
  'Aziz',
  'Owino',
  'Medina',
  'Krause',
  'Siddiqui',
  'Sikora',
  'Paredes',
  'Chege',
  'Greco',
  'Fujita',
  'Diallo',
  'Herrera',
  'Qasim',
  'Lindahl',
  'Ofori',
  'Campos',
  'Vogel',
  'Malik',
  'Zielinski',
  'Cortes',
  'Kamau',
  'Galli',
  'Inoue',
  'Keita',
  'Reyes',
  'Yousef',
  'Wikstrom',
  'Amoah',
  'Ramos',
  'Weber',
  'Bhatt',
  'Kaczmarek',
  'Njoroge',
  'Ricci',
  'Hayashi',
  'Traore',
  'Castro',
  'Hamdan',
  'Ahlberg',
  'Boakye',
  'Mendoza',
  'Schmitt',
  'Ansari',
  'Salazar',
  'Maina',
  'Moretti',
  'Shimizu',
  'Jimenez',
  'Rashed',
  'Blom',
  'Frimpong',
  'Vargas',
  'Neumann',
  'Mirza',
  'Jablonski',
  'Acosta',
  'Ochieng',
  'Barbieri',
  'Okada',
  'Camara',
  'Flores',
  'Qureshi',
  'Sundberg',
  'Kuffour',
  'Rivas',
  'Zimmermann',
  'Naqvi',
  'Grabowski',
  'Villalobos',
  'Wambui',
  'Fontana',
  'Kondo',
  'Cisse',
  'Ruiz',
  'Jaber',
  'Engstrom',
  'Darko',
  'Suarez',
  'Hartmann',
];

// Heads people's roles are written with; "{Demonym} {ROLE} {Name}".
const LEADER_ROLES = [
  'President',
  'Prime Minister',
  'Foreign Minister',
  'Trade Minister',
  'Energy Minister',
  'Finance Minister',
  'Defence Minister',
  'Chancellor',
  'Vice President',
  'Interior Minister',
  'Health Minister',
];
const SPOKES_ROLES = [
  'government spokesman',
  'government spokeswoman',
  'foreign ministry spokesperson',
  'presidential spokesman',
  'deputy foreign minister',
  'senior adviser',
  'press secretary',
];
const ANALYST_ROLES = ['economist', 'analyst', 'professor', 'senior analyst', 'director'];

// Organisations: "{prefix} {field} {cue}" with cue words of data/knowledge/organisations.json.
const ORG_PREFIXES = [
  'Meridian',
  'Northgate',
  'Silverline',
  'Crescent',
  'Harborview',
  'Bluewater',
  'Ironwood',
  'Eastfield',
  'Redstone',
  'Clearwater',
  'Greenway',
  'Highland',
  'Lakeshore',
  'Southbridge',
  'Westmark',
  'Oakridge',
  'Stonebridge',
  'Brightwater',
  'Goldcrest',
  'Riverside',
  'Pinecrest',
  'Coastal',
  'Continental',
  'Atlantic',
  'Pacific',
  'Sahel',
  'Andean',
  'Baltic',
  'Nordic',
  'Alpine',
];
const ORG_FIELDS = [
  'Grain',
  'Shipping',
  'Water',
  'Rail',
  'Textile',
  'Mining',
  'Fisheries',
  'Steel',
  'Solar',
  'Cotton',
  'Coffee',
  'Copper',
  'Timber',
  'Fertiliser',
  'Aviation',
  'Logistics',
  'Dairy',
  'Cement',
  'Pharmaceutical',
  'Semiconductor',
  'Port',
  'Hydropower',
  'Wind',
  'Freight',
  'Tourism',
  'Cocoa',
  'Lithium',
  'Battery',
  'Seed',
  'Insurance',
];
const ORG_CUES = [
  'Group',
  'Council',
  'Institute',
  'Foundation',
  'Association',
  'Corporation',
  'Holdings',
  'Agency',
  'Commission',
  'Federation',
  'Board',
  'Alliance',
  'Network',
  'Exchange',
  'Union',
];
const OUTLET_CUES = ['Herald', 'Tribune', 'Gazette', 'Chronicle', 'Journal', 'Daily', 'Post', 'Times'];

const TOPICS = [
  'energy security',
  'grain exports',
  'fisheries quotas',
  'border demarcation',
  'debt relief',
  'climate finance',
  'migration routes',
  'water sharing',
  'rail links',
  'port access',
  'cyber security',
  'vaccine production',
  'customs rules',
  'electricity trade',
  'mining licences',
  'air traffic rights',
  'refugee returns',
  'drought relief',
  'fertiliser supplies',
  'river navigation',
  'pipeline tariffs',
  'student visas',
  'coastal patrols',
  'wildlife trafficking',
  'semiconductor supply chains',
  'pension reform',
  'flood defences',
  'fishing rights',
  'tourism recovery',
  'road construction',
  'solar investment',
  'nuclear safety',
  'food prices',
  'minimum wages',
  'shipping insurance',
  'copper royalties',
  'lithium extraction',
  'data protection',
  'disaster response',
  'cross-border trucking',
  'wheat stockpiles',
  'digital payments',
  'hospital funding',
  'coffee tariffs',
  'timber exports',
  'drug smuggling',
  'maritime boundaries',
  'battery recycling',
  'cotton subsidies',
  'railway electrification',
];
const SECTORS = [
  'farmers',
  'shipping firms',
  'exporters',
  'trade unions',
  'fishing communities',
  'manufacturers',
  'investors',
  'hauliers',
  'small businesses',
  'airlines',
  'mining companies',
  'hospitals',
  'universities',
  'energy producers',
  'retailers',
];
const VENUES = [
  'the presidential palace',
  'the foreign ministry',
  'a conference centre by the river',
  'the parliament building',
  'a government guest house',
  'the old city hall',
  'a hotel near the airport',
  'the national library',
];
const ADJECTIVES = [
  'cautious',
  'guarded',
  'upbeat',
  'sceptical',
  'hopeful',
  'divided',
  'muted',
  'positive',
  'wary',
  'mixed',
];
const OUTCOMES = [
  'a framework deal',
  'a joint declaration',
  'a new trade corridor',
  'a roadmap for talks',
  'a memorandum of understanding',
  'a funding package',
  'a monitoring mechanism',
  'a timetable for further negotiations',
];
const NUMBERS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'fifteen', 'twenty'];
const FEW = ['two', 'three', 'four', 'five'];
const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth'];
/** Why a minister was fired or resigned, in the side stories (a topic-made one is added where used). */
const DISMISSAL_REASONS = ['a loss of confidence', 'disagreements over the budget'];
const RESIGNATION_CAUSES = ['weeks of pressure', 'a dispute with the cabinet'];
const CEREMONY_OCCASIONS = [
  'the opening of a new bridge',
  'fifty years of diplomatic ties',
  'the end of a long drought',
  'the reopening of the old port',
];

// ---------------------------------------------------------------------------------------------
// Pools built once from the knowledge files.

interface City {
  readonly name: string;
  readonly country: string;
  readonly demonym: string;
}

interface Pools {
  readonly firstNames: readonly string[];
  readonly lastNames: readonly string[];
  readonly cities: readonly City[];
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
  return { firstNames: FIRST_NAMES.filter(plainName), lastNames: LAST_NAMES.filter(plainName), cities };
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
// Dates.

const DAY = 86_400_000;
const isoOf = (d: Date): string => d.toISOString().slice(0, 10);
const spoken = (d: Date): string => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;

// ---------------------------------------------------------------------------------------------
// One article.

interface Cast {
  readonly host: PlantedPerson & { readonly city: City };
  readonly guest: PlantedPerson & { readonly city: City };
  readonly spokes: PlantedPerson;
  readonly analyst: PlantedPerson;
  readonly extra: PlantedPerson;
}

function article(seed: number, index: number, p: Pools): GeneratedArticle {
  const rng = mulberry32(mix(seed, index));
  const id = `${String(index).padStart(5, '0')}_${mix(seed, index).toString(16).padStart(8, '0')}${mix(
    seed ^ 0x5bd1e995,
    index,
  )
    .toString(16)
    .padStart(8, '0')}`;

  // Dates: the article's own, then the event ahead of it and the announcement just before it.
  const dated = !chance(rng, 0.08);
  const published = new Date(Date.UTC(2012, 0, 1) + between(rng, 0, 12 * 365) * DAY);
  const eventDate = new Date(published.getTime() + between(rng, 4, 75) * DAY);
  const announced = new Date(published.getTime() - between(rng, 0, 6) * DAY);

  // People: different first and last names within an article.
  const used = new Set<string>();
  const person = (role: string): PlantedPerson => {
    for (;;) {
      const first = pick(rng, p.firstNames);
      const last = pick(rng, p.lastNames);
      if (used.has(last) || used.has(first)) continue;
      used.add(first);
      used.add(last);
      return { name: `${first} ${last}`, last, role };
    }
  };
  // The event is in a city of the host's country; the guest comes from another country.
  const [city, guestCity, firstCity, elsewhere] = distinct(rng, p.cities, 4) as [City, City, City, City];
  const guestHome =
    guestCity.country === city.country
      ? pick(
          rng,
          p.cities.filter((c) => c.country !== city.country),
        )
      : guestCity;
  const cast: Cast = {
    host: { ...person(`${city.demonym} ${pick(rng, LEADER_ROLES)}`), city },
    guest: { ...person(`${guestHome.demonym} ${pick(rng, LEADER_ROLES)}`), city: guestHome },
    spokes: person(pick(rng, SPOKES_ROLES)),
    analyst: person(pick(rng, ANALYST_ROLES)),
    extra: person(`${city.demonym} ${pick(rng, LEADER_ROLES)}`),
  };
  const sidePerson = person(`${guestHome.demonym} ${pick(rng, LEADER_ROLES)}`);
  const org = `${pick(rng, ORG_PREFIXES)} ${pick(rng, ORG_FIELDS)} ${pick(rng, ORG_CUES)}`;
  const otherOrg = `${pick(
    rng,
    ORG_PREFIXES.filter((x) => !org.startsWith(x)),
  )} ${pick(rng, ORG_FIELDS)} ${pick(rng, ORG_CUES)}`;
  const outlet = `${pick(rng, ORG_PREFIXES)} ${pick(rng, OUTLET_CUES)}`;
  const [topic, topic2, topic3] = distinct(rng, TOPICS, 3) as [string, string, string];
  const noun = pick(rng, ['summit', 'summit', 'talks', 'meeting', 'visit'] as const);
  const kind = noun === 'talks' ? 'meeting' : noun;
  const ordinal = kind === 'visit' ? null : between(rng, 2, 4);
  const firstYear = published.getUTCFullYear() - between(rng, 2, 6);

  const when: PlantedDate = { iso: dated ? isoOf(eventDate) : null, text: spoken(eventDate) };
  const announcer = pick(rng, ['government', 'ministry', 'org', 'person'] as const);
  const announcedBy =
    announcer === 'government'
      ? `the ${city.demonym} government`
      : announcer === 'ministry'
        ? `the ${city.demonym} foreign ministry`
        : announcer === 'org'
          ? `the ${org}`
          : full(cast.extra);
  const announcedText = chance(rng, 0.5)
    ? WEEKDAYS[announced.getUTCDay()]!
    : `${WEEKDAYS[announced.getUTCDay()]}, ${spoken(announced)}`;

  const side = sideStory(rng, cast, sidePerson, elsewhere, org, published);
  const paragraphs = [
    lead(rng, noun, cast, city, when, announcedBy, announcedText, topic),
    confirmation(rng, noun, cast, city, topic2),
    history(rng, cast, noun, city, ordinal, firstCity, firstYear, otherOrg),
    ...shuffle(rng, [
      stakes(rng, cast, topic, topic2, topic3, org, outlet),
      reaction(rng, cast, topic, city, outlet),
      background(rng, cast, city, guestHome, topic3),
      side.text,
    ]),
    closing(rng, cast, city, otherOrg, outlet, eventDate),
  ];
  // Sometimes a caption line, as news pages have under photos.
  if (chance(rng, 0.3))
    paragraphs.splice(1, 0, `${cast.host.name} and ${cast.guest.name} at an earlier meeting in ${firstCity.name}`);
  const body = paragraphs.join('\n\n');
  return {
    id,
    text: dated ? ` date ${isoOf(published)} ${body}` : body,
    published: dated ? isoOf(published) : null,
    facts: {
      kind,
      noun,
      city: city.name,
      country: city.country,
      when,
      participants: [cast.host, cast.guest].map(({ name, last, role }) => ({ name, last, role })),
      confirmedBy: cast.spokes,
      announcedBy: announcer === 'person' ? cast.extra.name : announcedBy.replace(/^the /, ''),
      announcedOn: { iso: dated ? isoOf(announced) : null, text: announcedText },
      topic,
      ordinal,
      firstMeeting: { city: firstCity.name, year: firstYear },
    },
    kinds: [kind, side.kind],
    people: [cast.host.name, cast.guest.name, cast.spokes.name, cast.analyst.name, cast.extra.name, sidePerson.name],
    places: [city.name, firstCity.name, elsewhere.name, city.country, guestHome.country],
    organisations: [org, otherOrg, outlet],
  };
}

function shuffle<T>(rng: Rng, xs: T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const full = (x: PlantedPerson): string => `${x.role} ${x.name}`;

function lead(
  rng: Rng,
  noun: 'summit' | 'talks' | 'meeting' | 'visit',
  c: Cast,
  city: City,
  when: PlantedDate,
  by: string,
  announcedText: string,
  topic: string,
): string {
  const day = `on ${when.text}`;
  if (noun === 'visit') {
    const first = pick(rng, [
      `${full(c.guest)} will arrive in ${city.name} ${day} for a ${pick(rng, FEW)}-day visit, ${by} announced ` +
        `on ${announcedText}.`,
      `${full(c.guest)} will travel to ${city.name} ${day} for an official visit, as ${by} announced ` +
        `on ${announcedText}.`,
    ]);
    const second = pick(rng, [
      `During the visit, ${c.guest.last} will discuss ${topic} with ${full(c.host)}.`,
      `${c.guest.last} is expected to discuss ${topic} on the visit, and will also see ${full(c.host)} ` +
        `at ${pick(rng, VENUES)}.`,
    ]);
    return `${first} ${second}`;
  }
  const event = noun === 'talks' ? 'talks' : `a ${noun}`;
  const first = pick(rng, [
    `${full(c.host)} will hold ${event} with ${full(c.guest)}, as ${by} announced on ${announcedText}.`,
    `${full(c.host)} and ${full(c.guest)} will hold ${event}, ${by} announced on ${announcedText}.`,
  ]);
  const the = noun === 'talks' ? 'The talks' : `The ${noun}`;
  const second = pick(rng, [
    `${the} will take place ${day} in ${city.name}. The two leaders will discuss ${topic} at the ${noun}.`,
    `${the} will be held ${day} in ${city.name} at ${pick(rng, VENUES)}. ${c.host.last} and ${c.guest.last} are ` +
      `expected to discuss ${topic} during the ${noun}.`,
    `${the} will be held in ${city.name} ${day}. At the ${noun}, the leaders will discuss ${topic} ` +
      `and ${pick(rng, ['related issues', 'a possible follow-up meeting', 'the work of their ministers'])}.`,
  ]);
  return `${first} ${second}`;
}

function confirmation(rng: Rng, noun: string, c: Cast, city: City, topic2: string): string {
  const the = noun === 'talks' ? 'talks' : noun;
  const verb = noun === 'talks' ? 'were' : 'was';
  const first = pick(rng, [
    `The ${the} ${verb} confirmed by ${full(c.spokes)}.`,
    `The ${the} ${verb} later confirmed by ${full(c.spokes)}, who said preparations were under way.`,
  ]);
  const extra = pick(rng, [
    `Officials in ${city.name} said security around ${pick(rng, VENUES)} would be tightened ` +
      `for ${pick(rng, FEW)} days.`,
    `Diplomats said ${topic2} could also be raised, although no document had been drafted yet.`,
    `Both delegations are expected to bring ${pick(rng, NUMBERS)} ministers, according to people familiar with ` +
      `the plans.`,
    `Local officials said roads near ${pick(rng, VENUES)} would be closed to traffic during the visit of the ` +
      `delegations.`,
  ]);
  return `${first} ${extra}`;
}

function history(
  rng: Rng,
  c: Cast,
  noun: string,
  city: City,
  ordinal: number | null,
  firstCity: City,
  firstYear: number,
  org: string,
): string {
  const the = noun === 'talks' ? `The ${city.name} talks` : `The ${city.name} ${noun}`;
  const first =
    ordinal === null
      ? pick(rng, [
          `${c.guest.last} and ${c.host.last} have met several times before.`,
          `It will not be the first encounter between ${c.guest.last} and ${c.host.last}.`,
        ])
      : pick(rng, [
          `${the} will be the ${ORDINALS[ordinal]} meeting between ${c.host.last} and ${c.guest.last}.`,
          `${the} will only be the ${ORDINALS[ordinal]} time that ${c.host.last} and ${c.guest.last} meet in person.`,
        ]);
  const second = pick(rng, [
    `Their first meeting was in ${firstYear}, on the sidelines of a ${org} conference in ${firstCity.name}.`,
    `The two first met in ${firstCity.name} in ${firstYear}, when both attended a forum hosted by the ${org}.`,
  ]);
  const third = pick(rng, [
    `Relations have been ${pick(rng, ADJECTIVES)} since then, with disputes over ${pick(rng, TOPICS)} never ` +
      `fully settled.`,
    `Since then, officials from both sides have met ${pick(rng, NUMBERS)} times at a lower level.`,
    `Little came of that encounter beyond a short statement on ${pick(rng, TOPICS)}.`,
  ]);
  return `${first} ${second} ${third}`;
}

function stakes(rng: Rng, c: Cast, topic: string, topic2: string, topic3: string, org: string, outlet: string): string {
  const analyst =
    `${cap(full(c.analyst))} said that progress on ${topic2} would depend on whether both governments could agree ` +
    `on funding. "We expect hard questions on ${topic}, but also real opportunities," ${c.analyst.last} said.`;
  const lines = [
    `The question of ${topic} has become pressing for ${pick(rng, SECTORS)} in both countries, ` +
      `and ${pick(rng, SECTORS)} have asked for clearer rules.`,
    `According to the ${org}, the talks could lead to ${pick(rng, OUTCOMES)} before the end of the year.`,
    `A report published by the ${outlet} last month estimated that disputes over ${topic3} ` +
      `cost ${pick(rng, SECTORS)} ${pick(rng, NUMBERS)} billion dollars a year.`,
    `Negotiators have spent ${pick(rng, NUMBERS)} months preparing ${pick(rng, OUTCOMES)} on ${topic2}.`,
  ];
  return [analyst, ...shuffle(rng, lines).slice(0, between(rng, 2, 3))].join(' ');
}

function reaction(rng: Rng, c: Cast, topic: string, city: City, outlet: string): string {
  const quote = pick(rng, [
    `"This is a chance to settle questions that have waited far too long," ${c.host.last} told reporters.`,
    `"We are coming with concrete proposals on ${topic}," ${c.guest.last} said in a statement.`,
    `"Nobody expects miracles, but the direction matters," ${c.host.last} said at a news conference.`,
    `"Our citizens want results, not photographs," ${c.guest.last} told the ${outlet}.`,
  ]);
  const more = [
    `Opposition lawmakers were ${pick(rng, ADJECTIVES)}, saying the government had not explained what it would offer.`,
    `Business groups in ${city.name} welcomed the plan and asked to be consulted before any agreement is signed.`,
    `Markets reacted calmly, and the national currency was little changed by the end of trading.`,
    `Several civil society groups said they would hold a rally outside the venue to draw attention ` +
      `to ${pick(rng, TOPICS)}.`,
    `Commentators in the ${outlet} described the mood ahead of the meeting as ${pick(rng, ADJECTIVES)}.`,
  ];
  return [quote, ...shuffle(rng, more).slice(0, between(rng, 2, 3))].join(' ');
}

function background(rng: Rng, c: Cast, home: City, guestHome: City, topic3: string): string {
  const lines = [
    `${c.host.last} took office ${pick(rng, NUMBERS)} years ago, promising closer ties with neighbouring countries.`,
    `${c.guest.last} has faced criticism at home over rising prices and a slow response to ${topic3}.`,
    `Trade between ${countryName(home.country)} and ${countryName(guestHome.country)} has grown steadily over ` +
      `the past decade, according to official figures.`,
    `Earlier this year, ${c.guest.last} sought support in ${pick(rng, ['several', 'three', 'four'])} capitals ` +
      `for a regional plan on ${topic3}.`,
    `${home.demonym} officials have long argued that ${topic3} cannot be handled by one country alone.`,
    `Both leaders face elections within the next ${pick(rng, FEW)} years, which some observers say makes a ` +
      `visible result more likely.`,
  ];
  return shuffle(rng, lines)
    .slice(0, between(rng, 3, 4))
    .join(' ');
}

/** A second, shorter story of another kind (firing, protest, agreement, …), so the store holds many event kinds. */
function sideStory(
  rng: Rng,
  c: Cast,
  other: PlantedPerson,
  elsewhere: City,
  org: string,
  published: Date,
): { kind: string; text: string } {
  const recent = new Date(published.getTime() - between(rng, 1, 6) * DAY);
  const weekday = WEEKDAYS[recent.getUTCDay()]!;
  const month = MONTHS[(published.getUTCMonth() + between(rng, 1, 5)) % 12]!;
  const past = MONTHS[(published.getUTCMonth() + 12 - between(rng, 1, 5)) % 12]!;
  const stories: Array<[string, string]> = [
    [
      'firing',
      `On ${weekday}, ${c.host.last} fired ${full(other)}, ` +
        `citing ${pick(rng, [...DISMISSAL_REASONS, 'the handling of ' + pick(rng, TOPICS)])}. ` +
        'The dismissal drew criticism from opposition parties.',
    ],
    [
      'resignation',
      `${cap(full(other))} resigned on ${weekday} ` +
        `after ${pick(rng, [...RESIGNATION_CAUSES, 'a row over ' + pick(rng, TOPICS)])}. ` +
        `The resignation leaves ${c.host.last} without a key negotiator.`,
    ],
    [
      'appointment',
      `${c.host.last} appointed ${other.name} ` +
        `as ${pick(rng, ['chief negotiator', 'special envoy', 'trade adviser', 'deputy minister'])} on ${weekday}. ` +
        `The appointment was welcomed by ${pick(rng, SECTORS)}.`,
    ],
    [
      'protest',
      `Thousands of ${pick(rng, SECTORS)} rallied in ${elsewhere.name} on ${weekday} to protest ` +
        `against ${pick(rng, ['new taxes', 'rising fuel prices', 'plans for ' + pick(rng, TOPICS)])}. Organisers ` +
        `said the protest was the largest in ${pick(rng, FEW)} years.`,
    ],
    [
      'agreement',
      `In ${past}, the two governments signed an agreement on ${pick(rng, TOPICS)} in ${elsewhere.name}. The ` +
        `agreement has been only partly carried out, according to the ${org}.`,
    ],
    [
      'launch',
      `The ${org} will launch a fund for ${pick(rng, TOPICS)} in ${elsewhere.name} in ${month}. The launch had ` +
        `been delayed ${pick(rng, FEW)} times.`,
    ],
    [
      'election',
      `${cap(countryName(elsewhere.country))} will hold a parliamentary election in ${month}, and polls show a ` +
        `close race.`,
    ],
    [
      'investigation',
      `Prosecutors in ${elsewhere.name} opened an investigation into ${pick(rng, TOPICS)} in ${past}, ` +
        `and ${other.name} is expected to testify.`,
    ],
    [
      'arrest',
      `Police in ${elsewhere.name} arrested ${other.name}, a ` +
        `former ${pick(rng, ['customs official', 'ministry official', 'port manager'])}, on ${weekday} on ` +
        `suspicion of bribery.`,
    ],
    [
      'ceremony',
      `A ceremony in ${elsewhere.name} on ${spoken(new Date(published.getTime() + between(rng, 2, 40) * DAY))} ` +
        `will mark ${pick(rng, CEREMONY_OCCASIONS)}.`,
    ],
    [
      'conversation',
      `${c.host.last} spoke with ${other.name} by phone on ${weekday} about ${pick(rng, TOPICS)}, officials said.`,
    ],
  ];
  const [kind, text] = pick(rng, stories);
  return { kind, text };
}

function closing(rng: Rng, c: Cast, city: City, org: string, outlet: string, eventDate: Date): string {
  const lines = [
    `Further details of the programme will be published by the ${org} later this week.`,
    `${cap(full(c.spokes))} said a joint news conference was planned for the end of the ${city.name} meeting.`,
    `The ${outlet} reported that a dinner for both delegations is planned for the evening of ${spoken(eventDate)}.`,
    `Neither side has said whether a written agreement will be signed.`,
  ];
  return shuffle(rng, lines)
    .slice(0, between(rng, 2, 3))
    .join(' ');
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "the United Kingdom", "the Philippines", "Kenya". */
function countryName(name: string): string {
  // A descriptive name ("the Czech Republic", "the Marshall Islands") or one of the few that take "the".
  const descriptive = /\b(?:United|Republic|Islands|Kingdom|States|Emirates|Federation)\b/.test(name);
  return descriptive || /^(?:Netherlands|Philippines|Bahamas|Gambia|Maldives|Seychelles|Comoros)$/.test(name)
    ? `the ${name}`
    : name;
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

/** A question about a planted fact, and what its answer must contain (case-insensitively). */
export interface PlantedQuestion {
  readonly article: string;
  /** Which fact it asks about. */
  readonly fact: 'where' | 'when' | 'confirmedBy' | 'role' | 'about';
  readonly q: string;
  readonly expect: readonly string[];
}

/** Questions about the main event of an article, answerable from its text alone. */
export function questionsAbout(a: GeneratedArticle): PlantedQuestion[] {
  const f = a.facts;
  const [host, guest] = f.participants as [PlantedPerson, PlantedPerson];
  const label = `${f.city} ${f.kind}`;
  const visit = f.kind === 'visit';
  const between = visit ? `${guest.name}'s visit` : `the ${f.kind} between ${host.name} and ${guest.name}`;
  const out: PlantedQuestion[] = [
    {
      article: a.id,
      fact: 'where',
      q: visit ? `Where will ${guest.name} visit?` : `Where will ${host.name} and ${guest.name} meet?`,
      expect: [f.city],
    },
    { article: a.id, fact: 'confirmedBy', q: `Who confirmed the ${label}?`, expect: [f.confirmedBy.name] },
    { article: a.id, fact: 'confirmedBy', q: `Who confirmed ${between}?`, expect: [f.confirmedBy.name] },
    { article: a.id, fact: 'role', q: `Who is ${host.name}?`, expect: [host.role] },
    { article: a.id, fact: 'about', q: `What will the ${label} be about?`, expect: [f.topic] },
  ];
  if (f.when.iso) {
    const d = new Date(`${f.when.iso}T12:00:00Z`);
    const day = `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
    out.push({ article: a.id, fact: 'when', q: `When is the ${label}?`, expect: [day] });
    out.push({
      article: a.id,
      fact: 'when',
      q: visit ? `When will ${guest.name} visit ${f.city}?` : `When will ${host.name} and ${guest.name} meet?`,
      expect: [day],
    });
  }
  return out;
}

/**
 * The main event of a generated article, of one of many kinds (summits and visits, but also finals,
 * earthquakes, storms, verdicts, acquisitions, launches, resignations, elections, strikes …), each
 * written by several templates that vary the wording, the order of the facts, the tense and who
 * reports them. Each kind also says which questions its facts answer and how a reader would name
 * the event in a question: by its people, its place ("the Osaka earthquake"), its name or its date.
 *
 * The templates are news prose of our own; none follows a sentence of the seed articles.
 */
import { MONTHS } from '../src/store/dates.ts';

export type Rng = () => number;

export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
export const chance = (rng: Rng, p: number): boolean => rng() < p;
export const between = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export interface City {
  readonly name: string;
  readonly country: string;
  readonly demonym: string;
}

export interface PlantedPerson {
  readonly name: string;
  readonly first: string;
  readonly last: string;
  /** The role phrase written right before the name ("Kenyan Foreign Minister"). */
  readonly role: string;
}

export interface PlantedDate {
  /** YYYY-MM-DD, or null when the article is undated and the text is a weekday only. */
  readonly iso: string | null;
  /** As written in the article ("on Tuesday", "on March 3"). */
  readonly text: string;
}

/** What a planted question asks, and what a right answer holds. */
export type Fact = 'when' | 'where' | 'who' | 'quantity';

export interface QuestionSeed {
  readonly fact: Fact;
  readonly q: string;
  /** Words a right answer contains (case and accents aside); for `when`, the ISO date. */
  readonly expect: string;
  /**
   * What the question names the event by ("pair:Ana Silva|Jon Berg", "label:osaka:earthquake"): a
   * question is only asked when no other article's main event shares this key, since otherwise it
   * has no one right answer.
   */
  readonly key: string;
}

/** What the article states about its main event. */
export interface MainEvent {
  /** Event kind of data/knowledge/events.json. */
  readonly kind: string;
  /** The word the article uses for it ("quake", "talks", "walkout"). */
  readonly noun: string;
  readonly city: string;
  readonly when: PlantedDate;
  /** The people or organisations at its centre, as named. */
  readonly who: readonly string[];
  /** A number the article gives about it ("37", "2.4 billion"), when it gives one. */
  readonly quantity: string | null;
  /** The opening paragraphs. */
  readonly paragraphs: readonly string[];
  /** How later paragraphs refer to it ("the Osaka earthquake", "the talks"). */
  readonly label: string;
  readonly questions: readonly QuestionSeed[];
}

/** What a template may use: the article's date, its city, and people and names made for it. */
export interface Scene {
  readonly rng: Rng;
  readonly published: Date;
  readonly dated: boolean;
  /** Where the main event happens. */
  readonly city: City;
  /** Another city of the same country, and one abroad: distractors and second places. */
  readonly nearby: City;
  readonly abroad: City;
  /** A new person of the article (sometimes sharing a first or last name with one already in it). */
  person(role: string): PlantedPerson;
  /** How the article refers to someone again: the surname, or the full name when two share it. */
  ref(p: PlantedPerson): string;
  /** A new organisation name ending with one of `cues`. */
  org(cues: readonly string[]): string;
  readonly topic: string;
  readonly leaderRole: () => string;
}

// ---------------------------------------------------------------------------------------------
// Dates.

const DAY = 86_400_000;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const isoOf = (d: Date): string => d.toISOString().slice(0, 10);
export const spoken = (d: Date): string => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
const withYear = (d: Date): string => `${spoken(d)}, ${d.getUTCFullYear()}`;
const weekday = (d: Date): string => WEEKDAYS[d.getUTCDay()]!;

/** A day shortly before the article's date, written as a reporter would: a weekday, a date, or both. */
function pastDay(s: Scene): { date: Date; when: PlantedDate } {
  const date = new Date(s.published.getTime() - between(s.rng, 1, 6) * DAY);
  const style = s.dated ? between(s.rng, 0, 2) : between(s.rng, 1, 2);
  const text = style === 0 ? weekday(date) : style === 1 ? spoken(date) : `${weekday(date)}, ${spoken(date)}`;
  return { date, when: { iso: s.dated ? isoOf(date) : null, text } };
}

/** A day weeks after the article's date: always with its month, sometimes with its weekday. */
function futureDay(s: Scene): { date: Date; when: PlantedDate } {
  const date = new Date(s.published.getTime() + between(s.rng, 4, 75) * DAY);
  const text = chance(s.rng, 0.6) ? spoken(date) : `${weekday(date)}, ${spoken(date)}`;
  return { date, when: { iso: s.dated ? isoOf(date) : null, text } };
}

// ---------------------------------------------------------------------------------------------
// Word lists for the kinds.

const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const SPOKES = ['a government spokeswoman', 'a government spokesman', 'officials', 'the interior ministry'];
const CRIMES = ['bribery', 'fraud', 'money laundering', 'tax evasion', 'embezzlement', 'smuggling'];
const CRASHES: ReadonlyArray<[noun: string, vehicle: string]> = [
  ['train crash', 'a passenger train'],
  ['bus crash', 'a crowded bus'],
  ['ferry sinking', 'a ferry'],
  ['plane crash', 'a small passenger plane'],
];
const STORMS = ['Typhoon', 'Cyclone', 'Hurricane', 'Storm'] as const;
const PRODUCTS = [
  'satellite',
  'electric bus',
  'mobile payment service',
  'weather satellite',
  'cargo drone',
  'vaccine plant',
  'solar farm',
  'high-speed rail line',
];
const CUPS = ['Cup', 'Trophy', 'Shield', 'Championship'];
const CLUB_FORMS = ['{c} United', '{c} City', 'FC {c}', '{c} Rovers', 'Sporting {c}', '{c} Athletic'];
const UNION_CUES = ['Union', 'Federation'];
const COMPANY_CUES = ['Group', 'Holdings', 'Corporation', 'Company'];
const AGENCY_CUES = ['Agency', 'Commission', 'Bureau'];

// ---------------------------------------------------------------------------------------------
// The kinds. Each returns its paragraphs, facts and questions; `pair` keys sort the two names.

type Make = (s: Scene) => MainEvent;

const pairKey = (a: string, b: string): string => `pair:${[a, b].sort().join('|')}`;
const labelKey = (city: City, kind: string): string => `label:${city.name.toLowerCase()}:${kind}`;

/** Summit, talks or meeting between two leaders, ahead of it. */
const meeting: Make = (s) => {
  const { rng, city } = s;
  const noun = pick(rng, ['summit', 'talks', 'meeting'] as const);
  const kind = noun === 'summit' ? 'summit' : 'meeting';
  const host = s.person(`${city.demonym} ${s.leaderRole()}`);
  const guest = s.person(`${s.abroad.demonym} ${s.leaderRole()}`);
  const { when } = futureDay(s);
  const a = noun === 'talks' ? 'talks' : `a ${noun}`;
  const the = `the ${noun}`;
  const source = pick(rng, SPOKES);
  const lead = pick(rng, [
    `${cap(guest.role)} ${guest.name} is due in ${city.name} on ${when.text} for ${a} with ${host.role} ` +
      `${host.name}, ${source} said.`,
    `On ${when.text}, ${host.role} ${host.name} will host ${guest.role} ${guest.name} in ${city.name} ` +
      `for ${a} on ${s.topic}.`,
    `${cap(host.role)} ${host.name} and ${guest.role} ${guest.name} are to meet in ${city.name} on ` +
      `${when.text}, according to ${source}.`,
    `${cap(source)} said ${host.role} ${host.name} would sit down with ${guest.role} ${guest.name} in ` +
      `${city.name} on ${when.text}.`,
  ]);
  const second = pick(rng, [
    `${cap(the)} is expected to focus on ${s.topic}.`,
    `${s.ref(guest)} wants ${the} to produce an agreement on ${s.topic}, aides said.`,
    `Both sides played down hopes of a breakthrough on ${s.topic} before ${the}.`,
  ]);
  const label = `the ${city.name} ${noun}`;
  return {
    kind,
    noun,
    city: city.name,
    when,
    who: [host.name, guest.name],
    quantity: null,
    paragraphs: [`${lead} ${second}`],
    label,
    questions: [
      {
        fact: 'where',
        q: pick(rng, [
          `Where will ${host.name} and ${guest.name} meet?`,
          `Where are ${guest.name} and ${host.name} meeting?`,
        ]),
        expect: city.name,
        key: pairKey(host.name, guest.name),
      },
      {
        fact: 'when',
        q: pick(rng, [
          `When will ${host.name} meet ${guest.name}?`,
          `When is the ${noun} between ${host.name} and ${guest.name}?`,
        ]),
        expect: when.iso ?? '',
        key: pairKey(host.name, guest.name),
      },
      {
        fact: 'who',
        q: `Who will ${guest.name} meet in ${city.name}?`,
        expect: host.name,
        key: `meets:${guest.name}:${city.name}`,
      },
    ],
  };
};

/** A leader's visit abroad, announced ahead of it. */
const visit: Make = (s) => {
  const { rng, city } = s;
  const visitor = s.person(`${s.abroad.demonym} ${s.leaderRole()}`);
  const host = s.person(`${city.demonym} ${s.leaderRole()}`);
  const { when } = futureDay(s);
  const days = pick(rng, NUMBER_WORDS.slice(0, 4));
  const lead = pick(rng, [
    `${cap(visitor.role)} ${visitor.name} will visit ${city.name} on ${when.text}, the first stop of a ` +
      `${days}-day tour.`,
    `${cap(visitor.role)} ${visitor.name} is to travel to ${city.name} on ${when.text}, ` +
      `${pick(rng, SPOKES)} said, and will be received by ${host.role} ${host.name}.`,
    `A ${days}-day visit to ${city.name} by ${visitor.role} ${visitor.name} will begin on ${when.text}, ` +
      `the foreign ministry announced.`,
  ]);
  const second = pick(rng, [
    `${s.ref(visitor)} is expected to meet ${host.role} ${host.name} during the visit.`,
    `During the trip ${s.ref(visitor)} will hold talks on ${s.topic} with ${host.name}.`,
    `Officials said ${s.ref(visitor)} and ${host.name} would discuss ${s.topic}.`,
  ]);
  return {
    kind: 'visit',
    noun: 'visit',
    city: city.name,
    when,
    who: [visitor.name, host.name],
    quantity: null,
    paragraphs: [`${lead} ${second}`],
    label: `the visit`,
    questions: [
      {
        fact: 'where',
        q: pick(rng, [`Which city will ${visitor.name} visit?`, `Where will ${visitor.name} travel to?`]),
        expect: city.name,
        key: `visit:${visitor.name}`,
      },
      {
        fact: 'when',
        q: `When will ${visitor.name} visit ${city.name}?`,
        expect: when.iso ?? '',
        key: `visit:${visitor.name}`,
      },
      {
        fact: 'who',
        q: `Who will visit ${city.name} on ${withDate(when, s)}?`,
        expect: visitor.name,
        key: `visit-on:${city.name}:${when.iso ?? when.text}`,
      },
    ],
  };
};

const withDate = (when: PlantedDate, s: Scene): string =>
  when.iso ? withYear(new Date(`${when.iso}T12:00:00Z`)) : `${when.text}, ${s.published.getUTCFullYear()}`;

/** An earthquake near a city, reported the days after it. */
const earthquake: Make = (s) => {
  const { rng, city } = s;
  const { when } = pastDay(s);
  const magnitude = `${between(rng, 4, 7)}.${between(rng, 0, 9)}`;
  const dead = String(between(rng, 3, 480));
  const official = s.person(pick(rng, ['civil protection chief', 'interior minister', 'regional governor']));
  const noun = pick(rng, ['earthquake', 'quake']);
  const lead = pick(rng, [
    `A magnitude ${magnitude} ${noun} struck near ${city.name} on ${when.text}, killing at least ${dead} ` +
      `people, ${official.role} ${official.name} said.`,
    `At least ${dead} people died when a magnitude ${magnitude} ${noun} hit ${city.name} on ` +
      `${when.text}, according to ${official.role} ${official.name}.`,
    `Rescue teams were still searching the rubble in ${city.name}, where a ${noun} of magnitude ` +
      `${magnitude} killed ${dead} people on ${when.text}.`,
  ]);
  const second = pick(rng, [
    `The ${noun} was felt as far away as ${s.nearby.name}.`,
    `Tremors were reported in ${s.nearby.name}, but no damage was recorded there.`,
    `Several aftershocks followed, and schools in ${s.nearby.name} were closed as a precaution.`,
  ]);
  const label = `the ${city.name} earthquake`;
  return {
    kind: 'earthquake',
    noun,
    city: city.name,
    when,
    who: [official.name],
    quantity: dead,
    paragraphs: [`${lead} ${second}`],
    label,
    questions: [
      {
        fact: 'when',
        q: `When did the earthquake near ${city.name} strike?`,
        expect: when.iso ?? '',
        key: labelKey(city, 'earthquake'),
      },
      {
        fact: 'quantity',
        q: pick(rng, [
          `How many people died in the ${city.name} earthquake?`,
          `How many people did the ${city.name} earthquake kill?`,
        ]),
        expect: dead,
        key: labelKey(city, 'earthquake'),
      },
    ],
  };
};

/** A named storm making landfall; storms are named like people, and their names recur. */
const storm: Make = (s) => {
  const { rng, city } = s;
  const { date, when } = pastDay(s);
  const type = pick(rng, STORMS);
  const name = `${type} ${s.person('').first}`;
  const dead = String(between(rng, 2, 90));
  const speed = String(between(rng, 9, 24) * 10);
  const lead = pick(rng, [
    `${name} made landfall near ${city.name} on ${when.text} with winds of ${speed} kilometres an hour, ` +
      `killing ${dead} people.`,
    `${name} killed at least ${dead} people after it came ashore near ${city.name} on ${when.text}, officials said.`,
    `Winds of up to ${speed} kilometres an hour tore roofs off homes in ${city.name} when ${name} made ` +
      `landfall there on ${when.text}; ${dead} people were killed.`,
  ]);
  const second = pick(rng, [
    `Power was cut to much of ${s.nearby.name}.`,
    `Flights from ${s.nearby.name} were cancelled as the storm moved inland.`,
  ]);
  const year = date.getUTCFullYear();
  return {
    kind: 'storm',
    noun: type.toLowerCase(),
    city: city.name,
    when,
    who: [],
    quantity: dead,
    paragraphs: [`${lead} ${second}`],
    label: name,
    questions: [
      // Storm names come back year after year: the question names the year, as a reader would.
      {
        fact: 'where',
        q: `Where did ${name} make landfall in ${year}?`,
        expect: city.name,
        key: `storm:${name}:${year}`,
      },
      { fact: 'when', q: `When did ${name} make landfall?`, expect: when.iso ?? '', key: `storm:${name}` },
      {
        fact: 'quantity',
        q: `How many people did ${name} kill in ${year}?`,
        expect: dead,
        key: `storm:${name}:${year}`,
      },
    ],
  };
};

/** A train, bus, ferry or plane crash. */
const crash: Make = (s) => {
  const { rng, city } = s;
  const { when } = pastDay(s);
  const [noun, vehicle] = pick(rng, CRASHES);
  const dead = String(between(rng, 2, 140));
  const agency = s.org(AGENCY_CUES);
  const lead = pick(rng, [
    `${cap(vehicle)} crashed near ${city.name} on ${when.text}, killing ${dead} people, the ${agency} said.`,
    `${dead} people were killed on ${when.text} when ${vehicle} crashed outside ${city.name}, according ` +
      `to the ${agency}.`,
    `The ${agency} said ${dead} people had died when ${vehicle} crashed near ${city.name} on ${when.text}.`,
  ]);
  return {
    kind: 'crash',
    noun,
    city: city.name,
    when,
    who: [agency],
    quantity: dead,
    paragraphs: [`${lead} Investigators from ${s.nearby.name} were sent to the site.`],
    label: `the ${city.name} ${noun}`,
    questions: [
      {
        fact: 'quantity',
        q: `How many people died in the ${noun} near ${city.name}?`,
        expect: dead,
        key: labelKey(city, 'crash'),
      },
      {
        fact: 'when',
        q: `When did the ${city.name} ${noun} happen?`,
        expect: when.iso ?? '',
        key: labelKey(city, 'crash'),
      },
    ],
  };
};

/** A court's verdict and sentence. */
const verdict: Make = (s) => {
  const { rng, city } = s;
  const { when } = pastDay(s);
  const defendant = s.person(pick(rng, ['former port manager', 'former mayor', 'businessman', 'former customs chief']));
  const judge = s.person('judge');
  const years = String(between(rng, 2, 25));
  const crime = pick(rng, CRIMES);
  const lead = pick(rng, [
    `A court in ${city.name} sentenced ${defendant.role} ${defendant.name} to ${years} years in prison ` +
      `for ${crime} on ${when.text}.`,
    `${cap(defendant.role)} ${defendant.name} was jailed for ${years} years on ${when.text} when a court ` +
      `in ${city.name} convicted the ${defendant.role} of ${crime}.`,
    `On ${when.text}, Judge ${judge.name} sentenced ${defendant.name}, a ${defendant.role}, to ${years} ` +
      `years for ${crime}, ending a trial in ${city.name}.`,
  ]);
  const second = pick(rng, [
    `${s.ref(defendant)}'s lawyers said they would appeal.`,
    `Prosecutors had asked for a longer sentence.`,
    `The case had been brought by prosecutors in ${s.nearby.name}.`,
  ]);
  return {
    kind: 'verdict',
    noun: 'sentence',
    city: city.name,
    when,
    who: [defendant.name],
    quantity: `${years} years`,
    paragraphs: [`${lead} ${second}`],
    label: 'the verdict',
    questions: [
      {
        fact: 'where',
        q: `Where was ${defendant.name} sentenced?`,
        expect: city.name,
        key: `sentenced:${defendant.name}`,
      },
      {
        fact: 'when',
        q: `When was ${defendant.name} sentenced?`,
        expect: when.iso ?? '',
        key: `sentenced:${defendant.name}`,
      },
      {
        fact: 'quantity',
        q: pick(rng, [
          `How long was ${defendant.name} sentenced to?`,
          `How many years in prison did ${defendant.name} get?`,
        ]),
        expect: `${years} years`,
        key: `sentenced:${defendant.name}`,
      },
    ],
  };
};

/** One company buying another. */
const acquisition: Make = (s) => {
  const { rng, city } = s;
  const { when } = pastDay(s);
  const buyer = s.org(COMPANY_CUES);
  const target = s.org(COMPANY_CUES);
  const price = `${between(rng, 1, 9)}.${between(rng, 1, 9)} billion`;
  const boss = s.person('chief executive');
  const lead = pick(rng, [
    `${buyer} agreed on ${when.text} to buy ${target} for $${price}, the companies said in ${city.name}.`,
    `${target} is being bought by ${buyer} for $${price}, the two firms announced in ${city.name} on ${when.text}.`,
    `In a deal announced in ${city.name} on ${when.text}, ${buyer} will acquire ${target} for $${price}.`,
  ]);
  return {
    kind: 'acquisition',
    noun: 'deal',
    city: city.name,
    when,
    who: [buyer],
    quantity: price,
    paragraphs: [`${lead} ${cap(boss.role)} ${boss.name} said the deal would close within a year.`],
    label: 'the deal',
    questions: [
      {
        fact: 'who',
        q: pick(rng, [`Who bought ${target}?`, `Which company is buying ${target}?`]),
        expect: buyer,
        key: `bought:${target}`,
      },
      { fact: 'quantity', q: `How much will ${buyer} pay for ${target}?`, expect: price, key: `bought:${target}` },
      { fact: 'when', q: `When was the ${target} deal announced?`, expect: when.iso ?? '', key: `bought:${target}` },
    ],
  };
};

/** A product, service or satellite launched or about to be. */
const launch: Make = (s) => {
  const { rng, city } = s;
  const { when } = futureDay(s);
  const maker = s.org(COMPANY_CUES);
  const product = pick(rng, PRODUCTS);
  const cost = `${between(rng, 10, 900)} million`;
  const lead = pick(rng, [
    `${maker} will launch its first ${product} in ${city.name} on ${when.text}, the company said.`,
    `The ${product} built by ${maker} is due to be launched in ${city.name} on ${when.text}.`,
    `On ${when.text}, ${maker} plans to launch a ${product} from ${city.name}, at a cost of $${cost}.`,
  ]);
  return {
    kind: 'launch',
    noun: 'launch',
    city: city.name,
    when,
    who: [maker],
    quantity: null,
    paragraphs: [`${lead} The project cost about $${cost}, according to company filings.`],
    label: 'the launch',
    questions: [
      {
        fact: 'who',
        q: `Who will launch the ${product} in ${city.name}?`,
        expect: maker,
        key: `launch:${product}:${city.name}`,
      },
      { fact: 'when', q: `When will ${maker} launch the ${product}?`, expect: when.iso ?? '', key: `launch:${maker}` },
      { fact: 'where', q: `Where will ${maker} launch the ${product}?`, expect: city.name, key: `launch:${maker}` },
    ],
  };
};

/** A minister or official resigning. */
const resignation: Make = (s) => {
  const { rng, city } = s;
  const { when } = pastDay(s);
  const role = `${city.demonym} ${s.leaderRole()}`;
  const who = s.person(role);
  const reason = pick(rng, ['a row over the budget', 'weeks of pressure', 'a dispute over ' + s.topic, 'a scandal']);
  const lead = pick(rng, [
    `${cap(role)} ${who.name} resigned on ${when.text} after ${reason}, ${pick(rng, SPOKES)} said in ${city.name}.`,
    `${who.name} stepped down as ${role} in ${city.name} on ${when.text}, following ${reason}.`,
    `After ${reason}, ${role} ${who.name} quit on ${when.text}, announcing the decision at a news ` +
      `conference in ${city.name}.`,
  ]);
  return {
    kind: 'resignation',
    noun: 'resignation',
    city: city.name,
    when,
    who: [who.name],
    quantity: null,
    paragraphs: [`${lead} ${s.ref(who)} had held the post for ${pick(rng, NUMBER_WORDS)} years.`],
    label: `${s.ref(who)}'s resignation`,
    questions: [
      { fact: 'when', q: `When did ${who.name} resign?`, expect: when.iso ?? '', key: `resigned:${who.name}` },
      { fact: 'who', q: `Who resigned as ${role}?`, expect: who.name, key: `resigned-as:${role.toLowerCase()}` },
    ],
  };
};

/** A national election and its winner. */
const election: Make = (s) => {
  const { rng, city } = s;
  const { when } = pastDay(s);
  const winner = s.person(`${city.demonym} ${pick(rng, ['opposition leader', 'former finance minister', 'senator'])}`);
  const share = String(between(rng, 41, 68));
  const office = pick(rng, ['presidential', 'parliamentary']);
  const lead = pick(rng, [
    `${cap(winner.role)} ${winner.name} won the ${office} election held on ${when.text} with ${share} ` +
      `percent of the vote, the electoral commission said in ${city.name}.`,
    `Voters in ${city.name} and across the country handed ${winner.name} victory in the ${office} ` +
      `election on ${when.text}; the ${winner.role} took ${share} percent.`,
    `The electoral commission in ${city.name} declared ${winner.name} the winner of the ${office} ` +
      `election, which took place on ${when.text}, with ${share} percent.`,
  ]);
  const year = s.published.getUTCFullYear();
  const country = city.demonym;
  return {
    kind: 'election',
    noun: 'election',
    city: city.name,
    when,
    who: [winner.name],
    quantity: `${share} percent`,
    paragraphs: [`${lead} Turnout was lower than at the last election.`],
    label: `the ${country} election`,
    questions: [
      {
        fact: 'who',
        q: `Who won the ${year} ${country} ${office} election?`,
        expect: winner.name,
        key: `election:${country}:${office}:${year}`,
      },
      {
        fact: 'when',
        q: `When was the election that ${winner.name} won?`,
        expect: when.iso ?? '',
        key: `won:${winner.name}`,
      },
    ],
  };
};

/** A strike at a company, called by a union. */
const strike: Make = (s) => {
  const { rng, city } = s;
  const { when } = pastDay(s);
  const employer = s.org(COMPANY_CUES);
  const union = s.org(UNION_CUES);
  const workers = `${between(rng, 2, 40)},${pick(rng, ['000', '500'])}`;
  const trade = pick(rng, ['dock workers', 'miners', 'nurses', 'bus drivers', 'factory workers']);
  const leads = [
    `About ${workers} ${trade} at ${employer} went on strike in ${city.name} on ${when.text}, in a ` +
      `walkout called by the ${union}.`,
    `The ${union} called ${workers} ${trade} out on strike at ${employer} in ${city.name} on ${when.text} over pay.`,
    `On ${when.text}, ${workers} ${trade} walked out at ${employer}'s sites in ${city.name}, the ${union} said.`,
  ];
  const lead = pick(rng, leads);
  // The last lead has the union report the walkout, not call it: who called the strike is not planted there.
  const called = lead !== leads[2];
  return {
    kind: 'strike',
    noun: 'strike',
    city: city.name,
    when,
    who: [union],
    quantity: workers,
    paragraphs: [`${lead} Managers at ${employer} called the action unlawful.`],
    label: 'the strike',
    questions: [
      {
        fact: 'quantity',
        q: `How many workers went on strike at ${employer}?`,
        expect: workers,
        key: `strike:${employer}`,
      },
      ...(called
        ? [
            {
              fact: 'who' as const,
              q: `Who called the strike at ${employer}?`,
              expect: union,
              key: `strike:${employer}`,
            },
          ]
        : []),
      {
        fact: 'when',
        q: `When did the strike at ${employer} begin?`,
        expect: when.iso ?? '',
        key: `strike:${employer}`,
      },
    ],
  };
};

/** An arrest by police. */
const arrest: Make = (s) => {
  const { rng, city } = s;
  const { when } = pastDay(s);
  const suspect = s.person(pick(rng, ['former minister', 'businessman', 'customs official', 'property developer']));
  const crime = pick(rng, CRIMES);
  const lead = pick(rng, [
    `Police in ${city.name} arrested ${suspect.role} ${suspect.name} on ${when.text} on suspicion of ${crime}.`,
    `${cap(suspect.role)} ${suspect.name} was detained in ${city.name} on ${when.text}, accused of ` +
      `${crime}, police said.`,
    `On ${when.text}, officers arrested ${suspect.name}, a ${suspect.role}, at a house in ${city.name} ` +
      `in an inquiry into ${crime}.`,
  ]);
  return {
    kind: 'arrest',
    noun: 'arrest',
    city: city.name,
    when,
    who: [suspect.name],
    quantity: null,
    paragraphs: [`${lead} ${s.ref(suspect)} denies wrongdoing.`],
    label: `${s.ref(suspect)}'s arrest`,
    questions: [
      { fact: 'where', q: `Where was ${suspect.name} arrested?`, expect: city.name, key: `arrested:${suspect.name}` },
      {
        fact: 'when',
        q: `When was ${suspect.name} arrested?`,
        expect: when.iso ?? '',
        key: `arrested:${suspect.name}`,
      },
    ],
  };
};

/** A protest in a city. */
const protest: Make = (s) => {
  const { rng, city } = s;
  const { when } = pastDay(s);
  const crowd = `${between(rng, 2, 90)},000`;
  const against = pick(rng, [
    'fuel prices',
    'a new tax on bread',
    'pension cuts',
    'plans for a new airport',
    'water shortages',
  ]);
  const organiser = s.person('protest organiser');
  const lead = pick(rng, [
    `About ${crowd} people marched through ${city.name} on ${when.text} to protest against ${against}.`,
    `Protesters filled the streets of ${city.name} on ${when.text}; organisers put the crowd at ` +
      `${crowd}, angry over ${against}.`,
    `On ${when.text}, some ${crowd} people rallied in ${city.name} against ${against}, ${organiser.role} ` +
      `${organiser.name} said.`,
  ]);
  return {
    kind: 'protest',
    noun: 'protest',
    city: city.name,
    when,
    who: [organiser.name],
    quantity: crowd,
    paragraphs: [`${lead} Smaller rallies were held in ${s.nearby.name}.`],
    label: `the ${city.name} protest`,
    questions: [
      {
        fact: 'quantity',
        q: `How many people protested against ${against} in ${city.name}?`,
        expect: crowd,
        key: labelKey(city, 'protest'),
      },
      {
        fact: 'when',
        q: `When was the protest against ${against} in ${city.name}?`,
        expect: when.iso ?? '',
        key: labelKey(city, 'protest'),
      },
    ],
  };
};

/** A cup final between clubs named after cities, played in a third city. */
const final: Make = (s) => {
  const { rng, city } = s;
  const { when } = pastDay(s);
  const club = (c: City): string => pick(rng, CLUB_FORMS).replace('{c}', c.name);
  const winner = club(s.nearby);
  const loser = club(s.abroad);
  const cup = `${s.org(['X']).split(' ')[0]!} ${pick(rng, CUPS)}`;
  const goals = between(rng, 1, 4);
  const crowd = `${between(rng, 12, 80)},000`;
  const scorer = s.person('striker');
  const lead = pick(rng, [
    `${winner} beat ${loser} ${goals}-${goals - 1} in the ${cup} final in ${city.name} on ${when.text}, ` +
      `in front of ${crowd} spectators.`,
    `${crowd} fans watched ${winner} win the ${cup} final against ${loser} in ${city.name} on ${when.text}.`,
    `The ${cup} final, played in ${city.name} on ${when.text}, went to ${winner}, who defeated ${loser} ` +
      `before a crowd of ${crowd}.`,
  ]);
  const year = s.published.getUTCFullYear();
  return {
    kind: 'final',
    noun: 'final',
    city: city.name,
    when,
    who: [winner],
    quantity: crowd,
    paragraphs: [`${lead} ${cap(scorer.role)} ${scorer.name} scored the winning goal.`],
    label: `the ${cup} final`,
    questions: [
      { fact: 'who', q: `Who won the ${year} ${cup} final?`, expect: winner, key: `cup:${cup}:${year}` },
      { fact: 'where', q: `Where was the ${year} ${cup} final played?`, expect: city.name, key: `cup:${cup}:${year}` },
      {
        fact: 'quantity',
        q: `How many spectators watched the ${year} ${cup} final?`,
        expect: crowd,
        key: `cup:${cup}:${year}`,
      },
    ],
  };
};

/** Main kinds and how often each opens an article. */
export const KINDS: ReadonlyArray<[Make, number]> = [
  [meeting, 3],
  [visit, 2],
  [earthquake, 1],
  [storm, 1],
  [crash, 1],
  [verdict, 1],
  [acquisition, 1],
  [launch, 1],
  [resignation, 1],
  [election, 1],
  [strike, 1],
  [arrest, 1],
  [protest, 1],
  [final, 1],
];

export function mainEvent(s: Scene): MainEvent {
  const total = KINDS.reduce((n, [, w]) => n + w, 0);
  let x = s.rng() * total;
  for (const [make, weight] of KINDS) {
    x -= weight;
    if (x < 0) return make(s);
  }
  return KINDS[0]![0](s);
}

import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/corpus/index.ts';
import { extractStore, loadKnowledge } from '../src/extract/index.ts';
import { findDates } from '../src/extract/dates.ts';
import { creditTokens, findNames, isCreditLine, type NameMention } from '../src/extract/names.ts';
import { analyse } from '../src/nlp/analyse.ts';
import { sharedNlp } from '../src/nlp/wink.ts';

// Sentences written for these tests; each checks one rule of name finding with exact spans and kinds.
const nlp = sharedNlp();
const knowledge = loadKnowledge();

function names(sentence: string): NameMention[] {
  const { tokens, entities } = analyse(nlp, sentence);
  const dates = findDates(tokens, entities, '2021-03-10', knowledge);
  const dateTokens = new Set<number>();
  for (const d of dates) for (let t = d.first; t <= d.last; t += 1) dateTokens.add(t);
  return findNames(tokens, dateTokens, knowledge);
}

/** text → kind (and place type) of every name in the sentence, in order. */
function kinds(sentence: string): string[] {
  return names(sentence).map((n) => `${n.text}: ${n.kind}${n.placeType ? `/${n.placeType}` : ''}`);
}

function named(sentence: string, text: string): NameMention {
  const found = names(sentence).find((n) => n.text === text);
  if (!found) throw new Error(`no name "${text}" in: ${kinds(sentence).join('; ')}`);
  return found;
}

describe('hyphenated and apostrophe names stay whole', () => {
  it('keeps a hyphenated given name and does not find the UN in it', () => {
    expect(kinds('Kim Jong-un inspected a new factory near the coast.')).toEqual(['Kim Jong-un: person']);
  });
  it('keeps a hyphenated surname and a hyphenated given name', () => {
    expect(kinds('The talks were chaired by Ana Sousa-Pereira and Lee Hsien-yu.')).toEqual([
      'Ana Sousa-Pereira: person',
      'Lee Hsien-yu: person',
    ]);
  });
  it('keeps a name with a number whole', () => {
    expect(kinds('On the pad, Starhopper-3 was ready to fly again.').map((k) => k.split(':')[0])).toEqual([
      'Starhopper-3',
    ]);
  });
  it('keeps apostrophe names whole', () => {
    expect(kinds("People queued for hours outside Lord's Cricket Ground to see Siobhan O'Brien bat.")).toEqual([
      "Lord's Cricket Ground: place/venue",
      "Siobhan O'Brien: person",
    ]);
  });
  it('does not join two known places written with a hyphen', () => {
    expect(kinds('Analysts expect US-China trade to recover.')).toEqual(['US: place/country', 'China: place/country']);
  });
});

describe('a capitalised word wink tags a verb', () => {
  it('is the first word of the name after it, wherever the sentence puts it', () => {
    expect(kinds('The riders were driven to Walk Hill Arena for the start.')).toEqual(['Walk Hill Arena: place/venue']);
  });
});

describe('venue and facility words make places', () => {
  it.each([
    ['The reception was held at Kensington Palace on Friday evening.', 'Kensington Palace'],
    ['Crowds gathered in Trafalgar Square after the result.', 'Trafalgar Square'],
    ['The final will be played at Wembley Stadium.', 'Wembley Stadium'],
    ['The rocket lifted off from the Vostochny Launch Pad before dawn.', 'Vostochny Launch Pad'],
    ['Flights were cancelled at Gatwick Airport all morning.', 'Gatwick Airport'],
    ['The couple married in Salisbury Cathedral.', 'Salisbury Cathedral'],
  ])('%s', (sentence, text) => {
    const n = named(sentence, text);
    expect(n.kind).toBe('place');
    expect(n.placeType).toBe('venue');
  });

  it('takes a lowercase facility noun after a name into the venue', () => {
    const n = named('The delegates stayed at the Marigold hotel in Singapore.', 'Marigold hotel');
    expect([n.kind, n.placeType]).toEqual(['place', 'venue']);
  });

  it('reads Court and Centre as a venue after a word of place, else as an organisation', () => {
    expect(
      named('The satellite was built at the Dawson Space Centre last year.', 'Dawson Space Centre').placeType,
    ).toBe('venue');
    expect(named('The Dawson Space Centre said the satellite was ready.', 'Dawson Space Centre').kind).toBe(
      'organisation',
    );
  });

  it('makes a region of a name ending in a region word', () => {
    const n = named('Floodwater covered roads across Marlow Parish overnight.', 'Marlow Parish');
    expect([n.kind, n.placeType]).toEqual(['place', 'region']);
  });
});

describe('the gazetteer', () => {
  it('types US states as regions with their country', () => {
    for (const state of ['Louisiana', 'Texas', 'Ohio']) {
      const n = named(`Storms are forecast for ${state} this week.`, state);
      expect([n.kind, n.placeType, n.country]).toEqual(['place', 'region', 'United States']);
    }
  });
  it('types cities and countries with their country', () => {
    const n = names('The minister flew from Nairobi to Lagos and then to Finland.');
    expect(n.map((m) => [m.text, m.placeType, m.country])).toEqual([
      ['Nairobi', 'city', 'Kenya'],
      ['Lagos', 'city', 'Nigeria'],
      ['Finland', 'country', 'Finland'],
    ]);
  });
  it('finds a city written without its accents', () => {
    expect(named('The summit moved to Sao Paulo.', 'Sao Paulo').country).toBe('Brazil');
  });
  it('takes the place in the region written after an ambiguous name', () => {
    // Without context the larger city; with a country written after it, that country's.
    expect(named('The plane came down near Hyderabad on Monday.', 'Hyderabad').country).toBe('India');
    const n = named('The plane came down near Hyderabad, Pakistan, on Monday.', 'Hyderabad');
    expect(n.country).toBe('Pakistan');
    expect(n.candidates?.length).toBeGreaterThan(1);
  });
  it('keeps a town named like a surname inside a person', () => {
    expect(kinds('Judge Rosa Lincoln Houston read the sentence aloud.')).toEqual(['Rosa Lincoln Houston: person']);
  });
});

describe('long names and named things', () => {
  it('keeps an organisation name with "and" whole', () => {
    expect(
      kinds('The Bureau of Fisheries said the Coastal Survey and Mapping Administration had warned ministers.'),
    ).toEqual(['Bureau of Fisheries: organisation', 'Coastal Survey and Mapping Administration: organisation']);
  });
  it('keeps a storm and its category from being people', () => {
    expect(kinds('It is feared that Typhoon Mireille could reach Category 5 by Sunday.')).toEqual([
      'Typhoon Mireille: other',
      'Category 5: other',
    ]);
  });
  it("takes a company's legal form after a comma as part of its name, not a name of its own", () => {
    expect(kinds('Orbis Motors, Inc. on Tuesday rolled out its new car.')).toEqual(['Orbis Motors: organisation']);
    expect(kinds('Shares of Zentrova, Ltd., rose after the report.')).toEqual(['Zentrova: organisation']);
    // Not after a place ("AB" is also Alberta), nor when the word opens another name ("Inc. magazine").
    expect(kinds('Crews flew to Calgary, AB, on Monday.')[0]).toBe('Calgary: place/city');
    expect(kinds('Jane Smith, Inc. magazine editor, said so.')).toEqual(['Jane Smith: person', 'Inc.: organisation']);
  });
  it('reads "Paris-based" as a place and a modifier of the name after it, not part of that name', () => {
    expect(kinds('Lisbon-based Tejo Brewing bought Oslo-listed Norhav.')).toEqual([
      'Lisbon: place/city',
      'Tejo Brewing: organisation',
      'Oslo: place/city',
      'Norhav: other',
    ]);
    // Other hyphenated names stay whole.
    expect(kinds('Kim Jong-un met Ying-jeou.').map((k) => k.split(':')[0])).toEqual(['Kim Jong-un', 'Ying-jeou']);
  });
  it('keeps every proper name, even of unknown kind', () => {
    expect(kinds('The shares of Zentrova rose after the Plovix launch.').map((k) => k.split(':')[0])).toEqual([
      'Zentrova',
      'Plovix',
    ]);
  });
});

describe('role words', () => {
  it('keeps the words of a title inside the role, not an entity of their own', () => {
    const n = names('District Judge Maria Okafor dismissed the case.');
    expect(n.map((m) => `${m.text}: ${m.kind}`)).toEqual(['Maria Okafor: person']);
    expect(n[0]!.role).toBe('District Judge');
  });
  it('reads a hyphenated title as a role', () => {
    const n = names('Vice-President Tomas Reyes opened the bridge.');
    expect(n.map((m) => m.text)).toEqual(['Tomas Reyes']);
    expect(n[0]!.role).toBe('Vice-President');
  });
});

describe('demonyms and plurals', () => {
  it.each([
    ['the Saudis', 'Saudis', 'Saudi Arabia'],
    ['Finnish', 'Finnish', 'Finland'],
    ['Japanese', 'Japanese', 'Japan'],
    ['the Kenyans', 'Kenyans', 'Kenya'],
  ])('%s → %s', (phrase, text, country) => {
    const n = named(`Officials said ${phrase} welcomed the plan.`, text);
    expect([n.kind, n.name]).toEqual(['demonym', country]);
  });
  it('finds the party from its members', () => {
    expect(named('Aides said the Democrats would oppose the bill.', 'Democrats')).toMatchObject({
      kind: 'organisation',
      name: 'Democratic Party',
    });
  });
  it('resolves a demonym to the country entity in the store', () => {
    const store = extractStore(
      [parseArticle('t1', 'Finnish officials met their Estonian counterparts in Tallinn.')],
      nlp,
      knowledge,
    );
    const spans = store.sentences[0]!.spans.filter((s) => s.kind !== 'date');
    expect(spans.map((s) => [s.text, s.entity])).toEqual([
      ['Finnish', 'place:finland'],
      ['Estonian', 'place:estonia'],
      ['Tallinn', 'place:tallinn'],
    ]);
    const finland = store.entities.find((e) => e.id === 'place:finland');
    expect(finland).toMatchObject({ placeType: 'country', country: 'Finland' });
  });
});

describe('credit lines', () => {
  const tokensOf = (s: string) => analyse(nlp, s).tokens;
  it('flags a labelled credit line and types nobody in it as a person', () => {
    const line = 'Photo: Petra Lindqvist/Pool via AP';
    expect(isCreditLine(tokensOf(line), knowledge)).toBe(true);
    const n = names(line);
    expect(n.every((m) => m.credit === true && m.kind !== 'person')).toBe(true);
  });
  it('flags the credit at the start of a caption but not the caption', () => {
    const line = 'Wikimedia Commons/www.example.org Two ministers shake hands in Oslo';
    expect(isCreditLine(tokensOf(line), knowledge)).toBe(false);
    const n = names(line);
    expect(n.filter((m) => m.credit).map((m) => m.text)).toEqual(['Wikimedia Commons']);
    expect(n.find((m) => m.text === 'Oslo')?.credit).toBeUndefined();
  });
  it('flags a photographer and agency joined by a slash', () => {
    const tokens = tokensOf('Rescue teams search the rubble. Gareth Mwangi/Getty Images');
    expect(creditTokens(tokens, knowledge).size).toBeGreaterThan(0);
    expect(isCreditLine(tokensOf('Gareth Mwangi/Getty Images'), knowledge)).toBe(true);
  });
  it('does not flag an ordinary sentence with a slash', () => {
    expect(isCreditLine(tokensOf('The and/or clause was removed by Parliament.'), knowledge)).toBe(false);
  });
});

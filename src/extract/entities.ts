import { type Entity, type EntityKind, type Source } from '../store/schema.ts';
import { phraseKey, type PlaceInfo } from './knowledge.ts';
import type { NameMention } from './names.ts';

export interface LocatedName {
  readonly mention: NameMention;
  readonly source: Source;
}

export interface EntityRegistry {
  readonly entities: Entity[];
  /** The entity a name mention (seen while building) stands for; a demonym stands for its country. */
  resolve(source: Source, mention: NameMention): Entity | null;
}

const words = (name: string): string[] => name.split(/\s+/).filter(Boolean);

/**
 * Builds the people, organisations and places of the corpus from their mentions. A person's
 * canonical name is their most frequent full name; a single word ("Merkel", "Angela") or a
 * longer form ending in a known full name ("Frau Angela Merkel") is an alias of it, looked up in
 * the same article first and then across the corpus when that is unambiguous.
 */
export function buildEntities(names: readonly LocatedName[]): EntityRegistry {
  const fullNames = new Map<string, { name: string; count: number; articles: Set<string>; words: string[] }>();
  for (const { mention, source } of names) {
    if (mention.kind !== 'person' || words(mention.name).length < 2) continue;
    const key = phraseKey(mention.name);
    let entry = fullNames.get(key);
    if (!entry) {
      entry = { name: mention.name, count: 0, articles: new Set<string>(), words: words(mention.name).map(phraseKey) };
      fullNames.set(key, entry);
    }
    entry.count += 1;
    entry.articles.add(source.article);
  }
  // A full name that ends with another full name is that person with an epithet or middle name.
  // The first such shorter name in `people` order wins; names are looked up by their words, not scanned.
  const canonicalOf = new Map<string, string>();
  const people = [...fullNames.values()].sort(
    (a, b) => a.words.length - b.words.length || a.name.localeCompare(b.name),
  );
  const byWords = new Map<string, { index: number; name: string }>();
  people.forEach((p, index) => {
    const k = p.words.join(' ');
    if (!byWords.has(k)) byWords.set(k, { index, name: p.name });
  });
  for (const p of people) {
    const pw = p.words;
    let shorter: { index: number; name: string } | undefined;
    for (let n = 1; n < pw.length; n += 1) {
      const q = byWords.get(pw.slice(pw.length - n).join(' '));
      if (q && (!shorter || q.index < shorter.index)) shorter = q;
    }
    canonicalOf.set(phraseKey(p.name), shorter ? (canonicalOf.get(phraseKey(shorter.name)) ?? shorter.name) : p.name);
  }

  // First or last word of a full name → the people it may stand for, in one article and in the
  // whole corpus, for short mentions ("Merkel", "Angela"). A lookup, not a scan of every full name.
  const inArticle = new Map<string, Set<string>>();
  const inCorpus = new Map<string, Set<string>>();
  const note = (map: Map<string, Set<string>>, key: string, person: string): void => {
    const set = map.get(key);
    if (set) set.add(person);
    else map.set(key, new Set([person]));
  };
  for (const [key, p] of fullNames) {
    const person = canonicalOf.get(key) ?? p.name;
    for (const w of new Set([p.words[0]!, p.words[p.words.length - 1]!])) {
      note(inCorpus, w, person);
      for (const article of p.articles) note(inArticle, `${article}\u0000${w}`, person);
    }
  }
  const personByWord = (article: string | null, word: string): string | null => {
    const hits = article ? inArticle.get(`${article}\u0000${word}`) : inCorpus.get(word);
    return hits?.size === 1 ? [...hits][0]! : null;
  };

  const byId = new Map<string, Entity>();
  // Per entity: the keys of its aliases, mentions and roles, so that adding one never scans the lists.
  const seen = new Map<string, { aliases: Set<string>; mentions: Set<string>; roles: Set<string> }>();
  const assignments = new Map<string, Entity | null>();
  const idFor = (kind: EntityKind, name: string): string => `${kind}:${slug(name)}`;
  const entityFor = (kind: EntityKind, name: string, country?: string, placeType?: Entity['placeType']): Entity => {
    const id = idFor(kind, name);
    let e = byId.get(id);
    if (!e) {
      e = {
        id,
        kind,
        name,
        aliases: [],
        roles: [],
        mentions: [],
        ...(country ? { country } : {}),
        ...(placeType ? { placeType } : {}),
      };
      byId.set(id, e);
      seen.set(id, { aliases: new Set([phraseKey(name)]), mentions: new Set(), roles: new Set() });
    }
    return e;
  };

  // The countries each article names, so that a place name several places share is read in its article's context.
  const countriesOf = new Map<string, Set<string>>();
  for (const { mention, source } of names) {
    const country =
      mention.kind === 'demonym'
        ? mention.name
        : mention.kind === 'place' && !mention.candidates
          ? mention.country
          : undefined;
    if (!country) continue;
    const set = countriesOf.get(source.article) ?? new Set<string>();
    set.add(country);
    countriesOf.set(source.article, set);
  }
  const placeIn = (article: string, m: NameMention): PlaceInfo | undefined => {
    const named = countriesOf.get(article);
    // Context overrides only a place that is not large (a capital,
    // a big city) and whose country the article does not name.
    const dominant =
      m.place && (m.place.kind !== 'city' || m.place.population === undefined || m.place.population >= 1_000_000);
    if (!m.candidates || !named || dominant || (m.place?.country && named.has(m.place.country))) return m.place;
    return m.candidates.find((p) => named.has(p.kind === 'country' ? p.name : (p.country ?? ''))) ?? m.place;
  };

  const decide = (article: string, m: NameMention): Entity | null => {
    if (m.kind === 'demonym') return entityFor('place', m.name, m.name, 'country');
    if (m.kind === 'place') {
      const place = placeIn(article, m);
      // A one-word town's name that is the surname of someone named in the article is that person ("Santos").
      if (place?.kind === 'city' && words(m.text).length === 1) {
        const person = personByWord(article, phraseKey(m.text));
        if (person) return entityFor('person', person);
      }
      const name = place?.name ?? m.name;
      const country = place ? (place.kind === 'country' ? place.name : place.country) : m.country;
      return entityFor('place', name, country, place?.kind ?? m.placeType);
    }
    if (m.kind === 'organisation') return entityFor('organisation', m.name);
    const ws = words(m.name);
    if (ws.length >= 2) {
      const canonical = canonicalOf.get(phraseKey(m.name));
      if (canonical) return entityFor('person', canonical);
    }
    if (ws.length === 1) {
      const person = personByWord(article, phraseKey(m.name)) ?? personByWord(null, phraseKey(m.name));
      if (person) return entityFor('person', person);
    }
    return m.kind === 'person' ? entityFor('person', m.name) : entityFor('other', m.name);
  };

  for (const { mention, source } of names) {
    const e = decide(source.article, mention);
    assignments.set(assignmentKey(source, mention), e);
    if (!e) continue;
    const known = seen.get(e.id)!;
    const alias =
      mention.kind === 'person' || mention.kind === 'other'
        ? mention.name
        : mention.text.replace(/^the\s+/i, '').replace(/['’]s$/, '');
    const aliasKey = phraseKey(alias);
    if (!known.aliases.has(aliasKey)) {
      known.aliases.add(aliasKey);
      e.aliases.push(alias);
    }
    const sourceKey = `${source.article}\u0000${source.start}\u0000${source.end}`;
    if (!known.mentions.has(sourceKey)) {
      known.mentions.add(sourceKey);
      e.mentions.push(source);
    }
    if (mention.role) {
      const roleKey = phraseKey(mention.role);
      if (!known.roles.has(roleKey)) {
        known.roles.add(roleKey);
        e.roles.push({ text: mention.role, source });
      }
    }
  }

  const entities = [...byId.values()]
    .map((e) => ({ ...e, aliases: [...e.aliases].sort() }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const finalById = new Map(entities.map((e) => [e.id, e]));
  return {
    entities,
    resolve(source, mention) {
      const key = assignmentKey(source, mention);
      const e = assignments.has(key) ? assignments.get(key) : decide(source.article, mention);
      return e ? (finalById.get(e.id) ?? null) : null;
    },
  };
}

function assignmentKey(source: Source, m: NameMention): string {
  return `${source.article}@${source.start}:${m.first}#${m.text}`;
}

export function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}

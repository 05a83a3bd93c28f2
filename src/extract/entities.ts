import { sameSource, type Entity, type EntityKind, type Source } from '../store/schema.ts';
import { phraseKey } from './knowledge.ts';
import type { NameMention } from './names.ts';

export interface LocatedName {
  readonly mention: NameMention;
  readonly source: Source;
}

export interface EntityRegistry {
  readonly entities: Entity[];
  /** The entity a name mention (seen while building) stands for, or null for demonyms. */
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
  const fullNames = new Map<string, { name: string; count: number; articles: Set<string> }>();
  for (const { mention, source } of names) {
    if (mention.kind !== 'person' || words(mention.name).length < 2) continue;
    const key = phraseKey(mention.name);
    const entry = fullNames.get(key) ?? { name: mention.name, count: 0, articles: new Set<string>() };
    entry.count += 1;
    entry.articles.add(source.article);
    fullNames.set(key, entry);
  }
  // A full name that ends with another full name is that person with an epithet or middle name.
  const canonicalOf = new Map<string, string>();
  const people = [...fullNames.values()].sort((a, b) => words(a.name).length - words(b.name).length || a.name.localeCompare(b.name));
  for (const p of people) {
    const pw = words(p.name).map(phraseKey);
    const shorter = people.find((q) => {
      const qw = words(q.name).map(phraseKey);
      return q !== p && qw.length < pw.length && qw.every((w, i) => pw[pw.length - qw.length + i] === w);
    });
    canonicalOf.set(phraseKey(p.name), shorter ? canonicalOf.get(phraseKey(shorter.name)) ?? shorter.name : p.name);
  }

  const personByWord = (article: string | null, word: string): string | null => {
    const hits = new Set<string>();
    for (const [key, p] of fullNames) {
      if (article && !p.articles.has(article)) continue;
      const ws = words(p.name).map(phraseKey);
      if (ws[0] === word || ws[ws.length - 1] === word) hits.add(canonicalOf.get(key) ?? p.name);
    }
    return hits.size === 1 ? [...hits][0]! : null;
  };

  const byId = new Map<string, Entity>();
  const assignments = new Map<string, Entity | null>();
  const idFor = (kind: EntityKind, name: string): string => `${kind}:${slug(name)}`;
  const entityFor = (kind: EntityKind, name: string, country?: string): Entity => {
    const id = idFor(kind, name);
    let e = byId.get(id);
    if (!e) {
      e = { id, kind, name, aliases: [], roles: [], mentions: [], ...(country ? { country } : {}) };
      byId.set(id, e);
    }
    return e;
  };

  const decide = (article: string, m: NameMention): Entity | null => {
    if (m.kind === 'demonym') return null;
    if (m.kind === 'place') return entityFor('place', m.name, m.place?.kind === 'city' ? m.place.country : m.place?.kind === 'country' ? m.name : undefined);
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
    const alias = mention.kind === 'person' || mention.kind === 'other' ? mention.name : mention.text.replace(/^the\s+/i, '');
    if (phraseKey(alias) !== phraseKey(e.name) && !e.aliases.some((a) => phraseKey(a) === phraseKey(alias))) e.aliases.push(alias);
    if (!e.mentions.some((s) => sameSource(s, source))) e.mentions.push(source);
    if (mention.role && !e.roles.some((r) => phraseKey(r.text) === phraseKey(mention.role!))) e.roles.push({ text: mention.role, source });
  }

  const entities = [...byId.values()]
    .map((e) => ({ ...e, aliases: [...e.aliases].sort() }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const finalById = new Map(entities.map((e) => [e.id, e]));
  return {
    entities,
    resolve(source, mention) {
      const e = assignments.has(assignmentKey(source, mention)) ? assignments.get(assignmentKey(source, mention)) : decide(source.article, mention);
      return e ? finalById.get(e.id) ?? null : null;
    },
  };
}

function assignmentKey(source: Source, m: NameMention): string {
  return `${source.article}@${source.start}:${m.first}#${m.text}`;
}


export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'x';
}

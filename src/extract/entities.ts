import { slug } from '../store/ids.ts';
import { type Entity, type EntityKind, type Source } from '../store/schema.ts';
import { phraseKey } from './knowledge.ts';
import type { LocatedName, NameMention } from './names.ts';
import { indexPeople, personByWord, words, type People } from './people.ts';
import { countriesByArticle, placeInContext, type CountriesNamed } from './place-context.ts';

export interface EntityRegistry {
  readonly entities: Entity[];
  /** The entity a name mention (seen while building) stands for; a demonym stands for its country. */
  resolve(source: Source, mention: NameMention): Entity | null;
}

/** What a mention stands for, before its entity exists: the id follows from kind and name. */
interface Identity {
  readonly kind: EntityKind;
  readonly name: string;
  readonly country?: string;
  readonly placeType?: Entity['placeType'];
}

/** A mention with what it stands for and the id of that entity. */
interface Identified extends LocatedName {
  readonly identity: Identity;
  readonly id: string;
}

/** What identifying a mention reads besides the mention: the corpus's people and each article's countries. */
interface Context {
  readonly people: People;
  readonly countries: CountriesNamed;
}

/**
 * Builds the people, organisations and places of the corpus from their mentions: each mention is
 * identified (see `indexPeople` for people's canonical names, `placeInContext` for shared place names),
 * then the mentions of one identity are collected into its entity.
 */
export function buildEntities(names: readonly LocatedName[]): EntityRegistry {
  const context: Context = { people: indexPeople(names), countries: countriesByArticle(names) };
  const identified = names.map((n): Identified => {
    const identity = identify(n.mention, n.source.article, context);
    return { ...n, identity, id: idOf(identity) };
  });
  const entities = collectEntities(identified);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const assigned = new Map(identified.map((n) => [assignmentKey(n.source, n.mention), n.id]));
  return {
    entities,
    resolve(source, mention) {
      const id = assigned.get(assignmentKey(source, mention)) ?? idOf(identify(mention, source.article, context));
      return byId.get(id) ?? null;
    },
  };
}

function identify(m: NameMention, article: string, context: Context): Identity {
  if (m.kind === 'demonym') return { kind: 'place', name: m.name, country: m.name, placeType: 'country' };
  if (m.kind === 'place') return placeIdentity(m, article, context);
  if (m.kind === 'organisation') return { kind: 'organisation', name: m.name };
  return personIdentity(m, article, context.people);
}

function placeIdentity(m: NameMention, article: string, context: Context): Identity {
  const place = placeInContext(m, context.countries.get(article));
  // A one-word town's name that is the surname of someone named in the article is that person ("Santos").
  if (place?.kind === 'city' && words(m.text).length === 1) {
    const person = personByWord(context.people, article, phraseKey(m.text));
    if (person) return { kind: 'person', name: person };
  }
  return {
    kind: 'place',
    name: place?.name ?? m.name,
    country: place ? (place.kind === 'country' ? place.name : place.country) : m.country,
    placeType: place?.kind ?? m.placeType,
  };
}

/** A full name stands for its canonical person; a single word for the one person it names, if any. */
function personIdentity(m: NameMention, article: string, people: People): Identity {
  const count = words(m.name).length;
  const key = phraseKey(m.name);
  const person =
    count >= 2
      ? people.canonical.get(key)
      : count === 1
        ? (personByWord(people, article, key) ?? personByWord(people, null, key))
        : null;
  if (person) return { kind: 'person', name: person };
  return { kind: m.kind === 'person' ? 'person' : 'other', name: m.name };
}

/** An entity being collected, with the keys of what it holds so that adding one never scans its lists. */
interface Collecting {
  readonly entity: Entity;
  readonly aliases: Set<string>;
  readonly mentions: Set<string>;
  readonly roles: Set<string>;
}

/** One entity per identity, first seen first, with every alias, mention and role its mentions give it. */
function collectEntities(identified: readonly Identified[]): Entity[] {
  const byId = new Map<string, Collecting>();
  for (const { mention, source, identity, id } of identified) {
    let c = byId.get(id);
    if (!c) {
      c = {
        entity: newEntity(id, identity),
        aliases: new Set([phraseKey(identity.name)]),
        mentions: new Set(),
        roles: new Set(),
      };
      byId.set(id, c);
    }
    const alias = aliasOf(mention);
    if (addKey(c.aliases, phraseKey(alias))) c.entity.aliases.push(alias);
    if (addKey(c.mentions, `${source.article}\u0000${source.start}\u0000${source.end}`)) c.entity.mentions.push(source);
    if (mention.role && addKey(c.roles, phraseKey(mention.role))) c.entity.roles.push({ text: mention.role, source });
  }
  return [...byId.values()]
    .map(({ entity }) => ({ ...entity, aliases: [...entity.aliases].sort() }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Adds a key; true when it was new. */
function addKey(keys: Set<string>, key: string): boolean {
  if (keys.has(key)) return false;
  keys.add(key);
  return true;
}

function newEntity(id: string, { kind, name, country, placeType }: Identity): Entity {
  return {
    id,
    kind,
    name,
    aliases: [],
    roles: [],
    mentions: [],
    ...(country ? { country } : {}),
    ...(placeType ? { placeType } : {}),
  };
}

/** A name as written, for people and unknowns; without "the" and a possessive for the rest ("the Ministry's"). */
function aliasOf(m: NameMention): string {
  return m.kind === 'person' || m.kind === 'other' ? m.name : m.text.replace(/^the\s+/i, '').replace(/['’]s$/, '');
}

const idOf = (identity: Identity): string => `${identity.kind}:${slug(identity.name)}`;

function assignmentKey(source: Source, m: NameMention): string {
  return `${source.article}@${source.start}:${m.first}#${m.text}`;
}

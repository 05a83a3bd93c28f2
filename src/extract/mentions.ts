import type { Token, TokenEntity } from '../nlp/analyse.ts';
import { splitClauses } from './clauses.ts';
import type { DateMention } from './dates.ts';
import { ORDINAL_WORDS, type EventKindDef, type Knowledge, type ReportingDef } from './knowledge.ts';
import { spanText, type NameMention } from './names.ts';

/** Someone (named) or a group ("both U.S. and Russian governments") acting in an event. */
export interface Actor {
  /** The phrase as written. */
  readonly text: string;
  /** The name mention, when the actor is named; a group written out has none. */
  readonly mention?: NameMention;
}

/** Who reported an event, and when, as stated in one clause. */
export interface ReportMention {
  readonly slot: string;
  readonly dateSlot: string;
  readonly agents: Actor[];
  readonly dates: DateMention[];
}

/** One event as one sentence tells of it; several mentions later merge into one event. */
export interface EventMention {
  readonly kind: EventKindDef;
  /** "the meeting", "this summit": points back to an event told of before. */
  readonly anaphoric: boolean;
  /** "the two Presidents": the participants are those of the event told of before. */
  readonly groupReference: boolean;
  readonly participants: Actor[];
  readonly agents: Actor[];
  readonly patients: Actor[];
  readonly places: NameMention[];
  readonly dates: DateMention[];
  readonly ordinal: number | null;
  /** A named occasion the event belongs to, as written ("G7", "G-20"). */
  readonly occasion: string | null;
  readonly topics: string[];
  readonly reports: ReportMention[];
}

export interface SentenceFacts {
  readonly events: EventMention[];
  /** Reports with no event of their own in the sentence ("The announcement was made by …"). */
  readonly reports: ReportMention[];
  readonly topics: string[];
}

const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their']);

interface Trigger {
  first: number;
  last: number;
  /** Same-family words of the clause folded into this one ("meeting … summit"). */
  members?: Trigger[];
  kind?: EventKindDef;
  report?: ReportingDef;
}

/**
 * Longer than any sentence of news prose (the longest in wire copy run to ~120 words). A "sentence"
 * beyond this is text without sentence punctuation (a table, a dump, one huge line): reading events
 * from it clause by clause costs time that grows with the square of its length and yields no facts
 * worth citing, so it is kept for retrieval only.
 */
export const MAX_FACT_SENTENCE_TOKENS = 400;

/** The sentence as every step reads it: its tokens, the names and dates found in it, and what knowledge says. */
interface SentenceView {
  readonly tokens: readonly Token[];
  readonly entities: readonly TokenEntity[];
  readonly names: readonly NameMention[];
  readonly dates: readonly DateMention[];
  readonly knowledge: Knowledge;
  /** Tokens of a role phrase ("White House press secretary"): the names in it are not actors. */
  readonly insideRole: ReadonlySet<number>;
  /** Tokens of a date: month names ("March", "May") are never event words. */
  readonly dateTokens: ReadonlySet<number>;
}

/** What one clause states: its events, and its reports (which go with its events, or stand loose without one). */
interface ClauseFacts {
  readonly events: EventMention[];
  readonly reports: ReportMention[];
}

/** The names and dates of a clause that its event words share out: each goes to the event word nearest it. */
interface ClauseCandidates {
  readonly actors: readonly NameMention[];
  readonly places: readonly NameMention[];
  readonly dates: readonly DateMention[];
}

/** Reads the events, reports and topics a sentence states, clause by clause. */
export function readSentence(
  tokens: readonly Token[],
  entities: readonly TokenEntity[],
  names: readonly NameMention[],
  dates: readonly DateMention[],
  knowledge: Knowledge,
): SentenceFacts {
  if (tokens.length > MAX_FACT_SENTENCE_TOKENS) return { events: [], reports: [], topics: [] };
  const roleSpans = names.flatMap((n) => (n.roleSpan ? [n.roleSpan] : []));
  const sentence: SentenceView = {
    tokens,
    entities,
    names,
    dates,
    knowledge,
    insideRole: tokensIn(roleSpans),
    dateTokens: tokensIn(dates.map((d) => [d.first, d.last] as const)),
  };
  const events: EventMention[] = [];
  const looseReports: ReportMention[] = [];
  for (const [a, b] of splitClauses(tokens)) {
    const clause = readClause(sentence, a, b);
    if (clause.events.length > 0) events.push(...clause.events);
    else looseReports.push(...clause.reports);
  }
  return { events, reports: looseReports, topics: findTopics(tokens, 0, tokens.length - 1, knowledge) };
}

/** Every token of these inclusive ranges. */
function tokensIn(spans: Iterable<readonly [number, number]>): Set<number> {
  const set = new Set<number>();
  for (const [first, last] of spans) for (let i = first; i <= last; i += 1) set.add(i);
  return set;
}

const within = (x: { first: number; last: number }, a: number, b: number): boolean => x.first >= a && x.last <= b;

/** The reports of the clause's report words, then one event per family of its event words. */
function readClause(s: SentenceView, a: number, b: number): ClauseFacts {
  const triggers = findTriggers(s.tokens, a, b, s.knowledge).filter((t) => !s.dateTokens.has(t.first));
  const eventWords = triggers.filter((t) => t.kind);
  const reportWords = triggers.filter((t) => t.report);
  // A date belongs to the report ("announced on Thursday") only
  // when it is nearer the report word than any event word.
  const reportDates = s.dates.filter(
    (d) => within(d, a, b) && nearestDistance(reportWords, d.first) < nearestDistance(eventWords, d.first),
  );
  const { reports, agentTokens } = readReports(s, a, b, reportWords, reportDates);
  const eventTriggers = mergeSameFamily(eventWords, s.knowledge);
  if (eventTriggers.length === 0) return { events: [], reports };
  const candidates: ClauseCandidates = {
    actors: actorsIn(s, a, b).filter((n) => !agentTokens.has(n.first)),
    places: s.names.filter(
      (n) => within(n, a, b) && n.kind === 'place' && isLocative(s.tokens, n.first) && !s.insideRole.has(n.first),
    ),
    dates: s.dates.filter((d) => within(d, a, b) && !reportDates.includes(d)),
  };
  return { events: eventTriggers.map((t) => eventOf(s, a, b, t, eventTriggers, candidates, reports)), reports };
}

/** The reports a clause's report words make, unless negated, and the tokens of the names they take as agents. */
function readReports(
  s: SentenceView,
  a: number,
  b: number,
  reportWords: readonly Trigger[],
  dates: DateMention[],
): { reports: ReportMention[]; agentTokens: Set<number> } {
  const reports: ReportMention[] = [];
  const agentTokens = new Set<number>();
  for (const r of reportWords) {
    if (isNegated(s.tokens, r.first)) continue;
    const agents = reportAgents(s.tokens, a, b, r, s.names, s.insideRole);
    for (const t of agents.tokens) agentTokens.add(t);
    reports.push({ slot: r.report!.slot, dateSlot: r.report!.dateSlot, agents: agents.actors, dates });
  }
  return { reports, agentTokens };
}

/** People take part in events; organisations only when no person is named, and never a source ("via the Post"). */
function actorsIn(s: SentenceView, a: number, b: number): NameMention[] {
  const inClause = s.names.filter(
    (n) => within(n, a, b) && !s.insideRole.has(n.first) && !isAttribution(s.tokens, n.first),
  );
  const people = inClause.filter(
    (n) =>
      n.kind === 'person' || (n.kind === 'other' && isNamelike(n) && !s.knowledge.eventNouns.has(n.text.toLowerCase())),
  );
  return people.length > 0 ? people : inClause.filter((n) => n.kind === 'organisation' && !/\d/.test(n.text));
}

/** The event one (family-merged) event word tells of, with the clause's candidates nearest to it. */
function eventOf(
  s: SentenceView,
  a: number,
  b: number,
  trig: Trigger,
  all: readonly Trigger[],
  candidates: ClauseCandidates,
  reports: ReportMention[],
): EventMention {
  const kind = trig.kind!;
  const members = trig.members ?? [trig];
  const nearest = <T extends { first: number }>(items: readonly T[]): T[] =>
    items.filter((item) => closestTrigger(all, item.first) === trig);
  const mine = nearest(candidates.actors).filter((n) => !(n.first <= trig.last && n.last >= trig.first));
  return {
    kind,
    anaphoric: isAnaphoric(s.tokens, trig.first),
    groupReference: hasGroupReference(s.tokens, a, b, s.knowledge),
    participants: mine.map(actorOf),
    agents: kind.roles === 'symmetric' ? [] : mine.filter((n) => n.last < trig.first).map(actorOf),
    patients: kind.roles === 'agent-patient' ? mine.filter((n) => n.first > trig.last).map(actorOf) : [],
    places: nearest(candidates.places),
    dates: nearest(candidates.dates),
    ordinal: firstFound(members, (t) => findOrdinal(s.tokens, s.entities, a, b, t)),
    occasion: firstFound(members, (t) => findOccasion(s.tokens, t, s.names)),
    topics: findTopics(s.tokens, a, b, s.knowledge),
    reports,
  };
}

/** The first non-null reading of the merged words, in clause order. */
function firstFound<T>(members: readonly Trigger[], read: (t: Trigger) => T | null): T | null {
  for (const t of members) {
    const found = read(t);
    if (found !== null) return found;
  }
  return null;
}

function actorOf(n: NameMention): Actor {
  return { text: n.text, mention: n };
}

const NEGATIONS = new Set(['not', "n't", 'never', 'yet', 'no', 'refuse', 'deny', 'decline']);

/** "is yet to confirm", "did not announce": a report that did not happen. */
function isNegated(tokens: readonly Token[], first: number): boolean {
  for (let i = first - 1; i >= Math.max(0, first - 4); i -= 1) {
    const t = tokens[i] as Token;
    if (NEGATIONS.has(t.normal) || NEGATIONS.has(t.lemma)) return true;
    if (t.pos === 'PUNCT' || t.pos === 'NOUN' || t.pos === 'PROPN') return false;
  }
  return false;
}

const SUBJECT_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'CCONJ', 'AUX', 'ADV', 'PART', 'NUM']);
const ATTRIBUTION = new Set(['via', 'according', 'by']);

function isAttribution(tokens: readonly Token[], first: number): boolean {
  for (let i = first - 1; i >= Math.max(0, first - 3); i -= 1) {
    const t = tokens[i] as Token;
    if (ATTRIBUTION.has(t.normal) || (t.normal === 'to' && tokens[i - 1]?.normal === 'according')) return true;
    if (t.pos !== 'DET') return false;
  }
  return false;
}

/** A lone capitalised word that may be someone's short name (resolved against full names later). */
function isNamelike(n: NameMention): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(n.text);
}

function findTriggers(tokens: readonly Token[], a: number, b: number, knowledge: Knowledge): Trigger[] {
  const found: Trigger[] = [];
  for (let i = a; i <= b; i += 1) {
    const t = tokens[i] as Token;
    const pair = i < b ? `${t.lemma} ${tokens[i + 1]!.lemma}` : '';
    const isNoun = t.pos === 'NOUN' || t.pos === 'PROPN';
    const isVerb = t.pos === 'VERB';
    const kind =
      (isNoun &&
        (knowledge.eventNouns.get(pair) ?? knowledge.eventNouns.get(t.lemma) ?? knowledge.eventNouns.get(t.normal))) ||
      (isVerb && (knowledge.eventVerbs.get(pair) ?? knowledge.eventVerbs.get(t.lemma))) ||
      undefined;
    const report =
      (isVerb && knowledge.reportingVerbs.get(t.lemma)) ||
      (isNoun && knowledge.reportingNouns.get(t.lemma)) ||
      undefined;
    const last = pair && (knowledge.eventNouns.has(pair) || knowledge.eventVerbs.has(pair)) ? i + 1 : i;
    if (kind) found.push({ first: i, last, kind });
    else if (report) found.push({ first: i, last: i, report });
    i = last;
  }
  return found;
}

/** "The first meeting … during the G7 summit" is one event: same-family words in a clause merge. */
function mergeSameFamily(triggers: readonly Trigger[], knowledge: Knowledge): Trigger[] {
  const out: Trigger[] = [];
  const rank = (k: EventKindDef): number => knowledge.eventKinds.indexOf(k);
  for (const t of triggers) {
    const same = out.find((o) => o.kind!.family === t.kind!.family);
    if (!same) out.push({ ...t, members: [t] });
    else {
      same.members!.push(t);
      if (rank(t.kind!) < rank(same.kind!)) same.kind = t.kind;
    }
  }
  return out;
}

/** Tokens between a word and a trigger; 0 inside it. */
function distanceTo(t: Trigger, index: number): number {
  return index < t.first ? t.first - index : index > t.last ? index - t.last : 0;
}

function nearestDistance(triggers: readonly Trigger[], index: number): number {
  return Math.min(Infinity, ...triggers.map((t) => distanceTo(t, index)));
}

function closestTrigger(triggers: readonly Trigger[], index: number): Trigger | undefined {
  let best: Trigger | undefined;
  let bestDistance = Infinity;
  for (const t of triggers) {
    const d = distanceTo(t, index);
    // Ties go to the earlier trigger: the words after an event word usually belong to it.
    if (d < bestDistance) {
      best = t;
      bestDistance = d;
    }
  }
  return best;
}

function isLocative(tokens: readonly Token[], first: number): boolean {
  for (let i = first - 1; i >= Math.max(0, first - 4); i -= 1) {
    const t = tokens[i] as Token;
    if (['in', 'at', 'to', 'from', 'near', 'outside', 'inside', 'across', 'within'].includes(t.normal)) return true;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NUM' && t.pos !== 'PROPN') return false;
  }
  return false;
}

function isAnaphoric(tokens: readonly Token[], first: number): boolean {
  for (let i = first - 1; i >= Math.max(0, first - 5); i -= 1) {
    const t = tokens[i] as Token;
    if (ORDINAL_WORDS[t.normal] !== undefined) return false;
    if (DETERMINERS.has(t.normal)) return true;
    if (!(t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'ADV')) return false;
  }
  return false;
}

function hasGroupReference(tokens: readonly Token[], a: number, b: number, knowledge: Knowledge): boolean {
  for (let i = a; i <= b; i += 1) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    if ((t.normal !== 'two' && t.normal !== 'both') || !next) continue;
    // "the two Presidents", "the two attended", "both the …"; not "the two countries".
    if (knowledge.groupWords.has(next.normal) || next.pos === 'VERB' || next.pos === 'AUX') return true;
    if (tokens[i - 1]?.normal === 'the' && (next.normal === 'the' || next.pos !== 'NOUN')) return true;
  }
  return false;
}

function findOrdinal(
  tokens: readonly Token[],
  entities: readonly TokenEntity[],
  a: number,
  b: number,
  trig: Trigger,
): number | null {
  for (const e of entities) {
    if (e.type !== 'ORDINAL' || e.first < a || e.last > b) continue;
    const word = tokens[e.first]!.normal;
    const value = ORDINAL_WORDS[word];
    if (value === undefined) continue;
    const next = tokens[e.last + 1];
    const closeBefore = e.last < trig.first && trig.first - e.last <= 3;
    if (closeBefore || next?.normal === 'time') return value;
  }
  return null;
}

/** A capitalised qualifier right before the event word: "G7 summit", "G-20 Osaka Summit". */
function findOccasion(tokens: readonly Token[], trig: Trigger, names: readonly NameMention[]): string | null {
  const parts: string[] = [];
  if (tokens[trig.first]!.pos === 'VERB') return null;
  for (let i = trig.first - 1; i >= Math.max(0, trig.first - 4); i -= 1) {
    const name = names.find((n) => n.first <= i && n.last >= i);
    if (!name) break;
    if (name.kind === 'place' || name.kind === 'demonym') {
      i = name.first;
      continue;
    }
    const acronym = /\d/.test(name.text) || /^\p{Lu}{2,}$/u.test(name.text);
    if (name.kind === 'person' || !(name.kind === 'organisation' || acronym)) break;
    parts.unshift(name.text);
    i = name.first;
  }
  return parts.length > 0 ? parts.join(' ') : null;
}

/** Agents of a reporting word: "by X and Y" when passive, else the names before it in the clause. */
function reportAgents(
  tokens: readonly Token[],
  a: number,
  b: number,
  r: Trigger,
  names: readonly NameMention[],
  insideRole: ReadonlySet<number>,
): { actors: Actor[]; tokens: number[] } {
  const isAgent = (n: NameMention): boolean =>
    (n.kind === 'person' ||
      n.kind === 'organisation' ||
      n.kind === 'place' ||
      n.kind === 'other' ||
      n.kind === 'demonym') &&
    !insideRole.has(n.first);
  let by = -1;
  for (let i = r.last + 1; i <= Math.min(b, r.last + 12); i += 1)
    if (tokens[i]!.normal === 'by') {
      by = i;
      break;
    }
  if (by >= 0) {
    let end = by + 1;
    const stops = (t: Token, i: number): boolean =>
      (t.pos === 'PUNCT' && !(t.text === '.' && i < b)) || (t.pos === 'ADP' && t.normal !== 'of') || t.pos === 'VERB';
    while (end <= b && !stops(tokens[end]!, end)) end += 1;
    const named = names.filter((n) => n.first > by && n.last < end && isAgent(n) && n.kind !== 'other');
    const people = named.filter((n) => n.kind === 'person');
    const chosen = people.length > 0 ? people : named;
    if (chosen.length > 0 && named.every((n) => n.kind !== 'demonym')) {
      return {
        actors: chosen.map(actorOf),
        tokens: named.map((n) => n.first),
      };
    }
    // A group written out ("both U.S. and Russian governments"): keep the phrase as written.
    let start = by + 1;
    while (start < end && ['both', 'the', 'all'].includes(tokens[start]!.normal)) start += 1;
    if (end - 1 >= start) {
      const text = spanText(tokens, start, end - 1);
      return { actors: [{ text }], tokens: named.map((n) => n.first) };
    }
  }
  // The subject: the noun phrase right before the verb, with nothing but nouns, adjectives and auxiliaries between.
  let start = r.first;
  while (start > a && SUBJECT_POS.has(tokens[start - 1]!.pos)) start -= 1;
  const subject = names.filter(
    (n) =>
      n.first >= start &&
      n.last < r.first &&
      isAgent(n) &&
      n.kind !== 'demonym' &&
      (n.kind !== 'other' || (isNamelike(n) && n.first > 0)),
  );
  if (subject.length > 0)
    return {
      actors: subject.map(actorOf),
      tokens: subject.map((n) => n.first),
    };
  // An unnamed group ("the German government"), kept as written when it has a noun of its own.
  let end = r.first - 1;
  while (end >= start && (tokens[end]!.pos === 'AUX' || tokens[end]!.pos === 'ADV' || tokens[end]!.pos === 'PART'))
    end -= 1;
  while (start <= end && (tokens[start]!.pos === 'DET' || tokens[start]!.pos === 'CCONJ')) start += 1;
  const phrase = tokens.slice(start, end + 1);
  if (
    phrase.length > 0 &&
    phrase.length <= 6 &&
    phrase.some((t) => t.pos === 'NOUN' && !t.stop) &&
    !phrase.some((t) => t.pos === 'PRON')
  ) {
    const text = spanText(tokens, start, end);
    return { actors: [{ text }], tokens: [] };
  }
  return { actors: [], tokens: [] };
}

/** What an event is about: the object of "discuss", or the quote after "talking point(s) would be". */
function findTopics(tokens: readonly Token[], a: number, b: number, knowledge: Knowledge): string[] {
  const topics: string[] = [];
  for (let i = a; i <= b; i += 1) {
    const t = tokens[i] as Token;
    const pair = i < b ? `${t.normal} ${tokens[i + 1]!.normal}` : '';
    let from = -1;
    if (t.pos === 'VERB' && knowledge.topicVerbs.has(t.lemma)) from = i + 1;
    else if (
      knowledge.topicNouns.has(pair) ||
      (t.pos === 'NOUN' && knowledge.topicNouns.has(t.normal) && tokens[i + 1]?.pos === 'AUX')
    ) {
      from = pair && knowledge.topicNouns.has(pair) ? i + 2 : i + 1;
      while (from <= b && (tokens[from]!.pos === 'AUX' || tokens[from]!.pos === 'PART' || tokens[from]!.pos === 'VERB'))
        from += 1;
    }
    if (from < 0 || from > b) continue;
    const quoted = /^["“]$/.test(tokens[from]!.text);
    if (quoted) from += 1;
    let end = from;
    while (end <= b) {
      const w = tokens[end] as Token;
      if (quoted ? /^["”]$/.test(w.text) : w.pos === 'PUNCT' && w.text !== ',') break;
      // A date or place phrase closes an unquoted topic ("… conflicts in July").
      if (
        !quoted &&
        w.pos === 'ADP' &&
        ['in', 'on', 'at', 'during', 'before', 'after', 'by', 'with'].includes(w.normal)
      )
        break;
      end += 1;
    }
    let last = end - 1;
    while (last >= from && /^[,"”]$/.test(tokens[last]!.text)) last -= 1;
    if (last >= from && last - from < 40) {
      const text = spanText(tokens, from, last);
      if (/\p{L}{3}/u.test(text) && !/^(it|them|this|that)$/i.test(text)) topics.push(text);
    }
    i = Math.max(i, last);
  }
  return topics;
}

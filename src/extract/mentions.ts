import type { Token, TokenEntity } from '../nlp/analyse.ts';
import { actorOf, isAttribution, isNamelike, isPassive, reportAgents, type Actor } from './actors.ts';
import { splitClauses } from './clauses.ts';
import type { DateMention } from './dates.ts';
import { ORDINAL_WORDS, type EventKindDef, type Knowledge } from './knowledge.ts';
import type { NameMention } from './names.ts';
import { findTopics } from './topics.ts';
import {
  claimantsIn,
  closestTrigger,
  findTriggers,
  mergeSameFamily,
  nearestDistance,
  type Trigger,
} from './triggers.ts';

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

/**
 * Reads the events, reports and topics a sentence states, clause by clause, from its word `opening` on: a
 * dateline before it ("DERBY, June 14 --") tells where the story was filed, no event ("derby").
 */
export function readSentence(
  tokens: readonly Token[],
  entities: readonly TokenEntity[],
  names: readonly NameMention[],
  dates: readonly DateMention[],
  knowledge: Knowledge,
  opening = 0,
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
  const clauses = splitClauses(tokens).flatMap(([a, b]): Array<[number, number]> =>
    b < opening ? [] : [[Math.max(a, opening), b]],
  );
  for (const [a, b] of joinEventRelatives(tokens, clauses, knowledge, sentence.dateTokens)) {
    const clause = readClause(sentence, a, b);
    if (clause.events.length > 0) events.push(...clause.events);
    else looseReports.push(...clause.reports);
  }
  return { events, reports: looseReports, topics: findTopics(tokens, opening, tokens.length - 1, knowledge) };
}

const EVENT_RELATIVES = new Set(['which', 'that']);

/**
 * "the presidential election, which took place on December 18": a relative clause that tells of the event noun
 * just before it, as its subject, and names no event of its own is read with that noun's clause, so its date and
 * place are the event's.
 */
function joinEventRelatives(
  tokens: readonly Token[],
  clauses: ReadonlyArray<[number, number]>,
  knowledge: Knowledge,
  dateTokens: ReadonlySet<number>,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [a, b] of clauses) {
    const opener = tokens[a]!;
    const lone = (c: [number, number] | undefined): boolean => !!c && c[0] === c[1] && tokens[c[0]]!.text === ',';
    const before = lone(out[out.length - 1]) ? out[out.length - 2] : out[out.length - 1];
    const continues =
      before !== undefined &&
      EVENT_RELATIVES.has(opener.normal) &&
      opener.pos !== 'DET' &&
      // The relative's own verb comes next ("which took place"); "the ruling that the law was unlawful" says
      // what the ruling held, in a clause with a subject of its own.
      /^(?:VERB|AUX|ADV)$/.test(tokens[a + 1]?.pos ?? '') &&
      endsWithEventNoun(tokens, before, knowledge) &&
      // ("on March 6": a month is no event word.)
      !findTriggers(tokens, a, b, knowledge).some((t) => t.kind && !dateTokens.has(t.first));
    if (!continues) {
      out.push([a, b]);
      continue;
    }
    if (lone(out[out.length - 1])) out.pop();
    out[out.length - 1] = [before[0], b];
  }
  return out;
}

/** Does the clause end with an event noun ("… of the presidential election")? */
function endsWithEventNoun(tokens: readonly Token[], [a, b]: [number, number], knowledge: Knowledge): boolean {
  const last = findTriggers(tokens, a, b, knowledge).at(-1);
  return !!last?.kind && last.last === b && tokens[b]!.pos !== 'VERB';
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
  // "agreed to buy", "voted on Monday to strike": the event is the one agreed or voted on, with the same actors.
  const leadsInto = (t: Trigger): boolean => {
    let j = t.last + 1;
    while (j <= b && (s.dateTokens.has(j) || s.tokens[j]!.pos === 'ADV' || s.dateTokens.has(j + 1))) j += 1;
    return s.tokens[j]?.normal === 'to' && triggers.some((u) => u.kind && u.first === j + 1);
  };
  const eventWords = triggers.filter((t) => t.kind && !leadsInto(t));
  const reportWords = triggers.filter((t) => t.report);
  // A date belongs to the report ("announced on Thursday") only
  // when it is nearer the report word than any event word.
  // A report after a comma ("a visit … will begin on Tuesday, the ministry announced") leaves the dates
  // between the event word and it to the event.
  const reportDates = s.dates.filter(
    (d) =>
      within(d, a, b) &&
      nearestDistance(reportWords, d.first) < nearestDistance(eventWords, d.first) &&
      !(
        eventWords.some((e) => e.last < d.first) &&
        reportWords.every((r) => r.first > d.last && hasBreak(s.tokens, d.last + 1, r.first))
      ),
  );
  const { reports, agentTokens } = readReports(s, a, b, reportWords, reportDates);
  const eventTriggers = mergeSameFamily(eventWords, s.knowledge);
  if (eventTriggers.length === 0) return { events: [], reports };
  const candidates: ClauseCandidates = {
    actors: actorsIn(s, a, b, eventWords).filter((n) => !agentTokens.has(n.first)),
    places: s.names.filter(
      (n) =>
        within(n, a, b) &&
        n.kind === 'place' &&
        isLocative(s.tokens, n.first, s.knowledge) &&
        !s.insideRole.has(n.first),
    ),
    dates: s.dates.filter((d) => within(d, a, b) && !reportDates.includes(d)),
  };
  const claimants = claimantsIn(s.tokens, b, eventTriggers, s.knowledge);
  return { events: eventTriggers.map((t) => eventOf(s, a, b, t, claimants, candidates, reports)), reports };
}

/** Is there a comma or other break among tokens[from … to - 1]? */
function hasBreak(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (tokens[i]!.pos === 'PUNCT') return true;
  return false;
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

/**
 * People take part in events; organisations only when no person is named, and never a source ("via the
 * Post"), though "by" after an event word names who did it ("the takeover of Hooli by Acme").
 */
function actorsIn(s: SentenceView, a: number, b: number, eventWords: readonly Trigger[]): NameMention[] {
  const inClause = s.names.filter(
    (n) =>
      within(n, a, b) &&
      !s.insideRole.has(n.first) &&
      !namesEvent(s, n, eventWords) &&
      (!isAttribution(s.tokens, n.first) || eventWords.some((t) => isByAgent(s.tokens, n, t))),
  );
  const people = inClause.filter(
    (n) =>
      n.kind === 'person' || (n.kind === 'other' && isNamelike(n) && !s.knowledge.eventNouns.has(n.text.toLowerCase())),
  );
  return people.length > 0 ? people : inClause.filter((n) => n.kind === 'organisation' && !/\d/.test(n.text));
}

/**
 * A name of no person, place or organisation just before an event noun is that event's name ("the Northgate
 * Shield final"), not one who takes part in it.
 */
function namesEvent(s: SentenceView, n: NameMention, eventWords: readonly Trigger[]): boolean {
  return n.kind === 'other' && eventWords.some((t) => t.first === n.last + 1 && s.tokens[t.first]!.pos !== 'VERB');
}

/** The event one (family-merged) event word tells of, with the clause's candidates nearest to it. */
function eventOf(
  s: SentenceView,
  a: number,
  b: number,
  trig: Trigger,
  claimants: (index: number) => readonly Trigger[],
  candidates: ClauseCandidates,
  reports: ReportMention[],
): EventMention {
  const kind = trig.kind!;
  const members = trig.members ?? [trig];
  const nearest = <T extends { first: number }>(items: readonly T[]): T[] =>
    items.filter((item) => closestTrigger(claimants(item.first), item.first) === trig);
  const mine = nearest(candidates.actors).filter((n) => !(n.first <= trig.last && n.last >= trig.first));
  // Before the event word is who did it, after it to whom it was done; a by-phrase and the passive
  // turn that round ("a visit to Kiel by X", "X was arrested by police").
  const passive = isPassive(s.tokens, trig);
  const byAgent = (n: NameMention): boolean => isByAgent(s.tokens, n, trig);
  const doer = (n: NameMention): boolean => byAgent(n) || (!passive && n.last < trig.first && !isOpposed(s.tokens, n));
  // After the event word, its object or "of" phrase ("the sacking of X"), never a source or a companion
  // ("buy X from Y", "a visit with Z").
  const undergoer = (n: NameMention): boolean =>
    (n.first > trig.last && !byAgent(n) && ['', 'of'].includes(prepositionBefore(s.tokens, n, trig))) ||
    (passive && n.last < trig.first);
  return {
    kind,
    anaphoric: isAnaphoric(s.tokens, trig.first),
    groupReference: hasGroupReference(s.tokens, a, b, s.knowledge),
    participants: mine.map(actorOf),
    agents: kind.roles === 'symmetric' ? [] : mine.filter(doer).map(actorOf),
    patients: kind.roles === 'agent-patient' ? mine.filter(undergoer).map(actorOf) : [],
    places: nearest(candidates.places),
    dates: nearest(candidates.dates),
    ordinal: firstFound(members, (t) => findOrdinal(s.tokens, s.entities, a, b, t)),
    occasion: firstFound(members, (t) => findOccasion(s.tokens, t, s.names)),
    topics: findTopics(s.tokens, a, b, s.knowledge),
    reports,
  };
}

/** Words between a name and the preposition it follows: its title and modifiers ("by Cuban Vice President X"). */
const NAME_MODIFIERS = new Set(['PROPN', 'ADJ', 'NOUN', 'DET', 'NUM']);

/** Where the preposition a name follows stands, over its title and modifiers, after the event word; -1 if none. */
function prepositionAt(tokens: readonly Token[], n: NameMention, trig: Trigger): number {
  for (let i = n.first - 1; i > trig.last; i -= 1) {
    const t = tokens[i]!;
    if (t.pos === 'ADP' || t.normal === 'by') return i;
    if (!NAME_MODIFIERS.has(t.pos)) return -1;
  }
  return -1;
}

/** The preposition a name after the event word follows ("from" in "buy X from Y"), or '' for none. */
function prepositionBefore(tokens: readonly Token[], n: NameMention, trig: Trigger): string {
  const at = prepositionAt(tokens, n, trig);
  return at < 0 ? '' : tokens[at]!.normal;
}

/** "a visit to Kiel by X", "was arrested by X": a name in a by-phrase that follows the event word directly. */
function isByAgent(tokens: readonly Token[], n: NameMention, trig: Trigger): boolean {
  if (n.first <= trig.last) return false;
  const by = prepositionAt(tokens, n, trig);
  if (by < 0 || tokens[by]!.normal !== 'by') return false;
  // Nothing but the event's own phrase between ("to Kiel", "of the company"): no verb or clause break.
  for (let i = trig.last + 1; i < by; i += 1) {
    const t = tokens[i]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'SCONJ') return false;
  }
  return true;
}

/** "a win over X", "a protest against X": the one a phrase opposes does not do the event. */
function isOpposed(tokens: readonly Token[], n: NameMention): boolean {
  for (let i = n.first - 1; i >= Math.max(0, n.first - 3); i -= 1) {
    const t = tokens[i]!;
    if (t.normal === 'over' || t.normal === 'against') return true;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NUM') return false;
  }
  return false;
}

/** The first non-null reading of the merged words, in clause order. */
function firstFound<T>(members: readonly Trigger[], read: (t: Trigger) => T | null): T | null {
  for (const t of members) {
    const found = read(t);
    if (found !== null) return found;
  }
  return null;
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

// wink writes the normal form of "through" as "thru".
const LOCATIVES = new Set([
  'in',
  'at',
  'to',
  'from',
  'near',
  'outside',
  'inside',
  'across',
  'within',
  'through',
  'thru',
]);

/**
 * A place after a locative preposition ("in Kiel", "marched through Kiel"), or the object of a verb whose
 * object is where the event happens ("will visit Kiel", "an earthquake hit Kiel").
 */
function isLocative(tokens: readonly Token[], first: number, knowledge: Knowledge): boolean {
  for (let i = first - 1; i >= Math.max(0, first - 4); i -= 1) {
    const t = tokens[i] as Token;
    if (LOCATIVES.has(t.normal)) return true;
    if (t.pos === 'VERB' && knowledge.placeVerbs.has(t.lemma)) return true;
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
  // "Hurricane Laura", "Cyclone Felix": the event word opens a name of its own, which names the event.
  const own = names.find((n) => n.first === trig.first && n.last > trig.last && n.kind === 'other');
  if (own) return own.text;
  for (let i = trig.first - 1; i >= Math.max(0, trig.first - 4); i -= 1) {
    const name = names.find((n) => n.first <= i && n.last >= i);
    if (!name) break;
    if (name.kind === 'place' || name.kind === 'demonym') {
      i = name.first;
      continue;
    }
    // "the G20 summit", "the OPEC meeting", "the Northgate Shield final": an organisation, an acronym or a name
    // of no person, place or organisation names the event.
    const acronym = /\d/.test(name.text) || /^\p{Lu}{2,}$/u.test(name.text);
    if (name.kind === 'person' || !(name.kind === 'organisation' || name.kind === 'other' || acronym)) break;
    parts.unshift(name.text);
    i = name.first;
  }
  return parts.length > 0 ? parts.join(' ') : null;
}

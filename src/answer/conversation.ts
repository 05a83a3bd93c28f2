/**
 * Conversations: a layer around the engine, free of any surface. Given the previous turn (a plain
 * `ConversationContext`, as the last answer's `remember` gave it), a follow-up's references and
 * ellipsis ("and where?", "who announced it?", "what about the second one?") are read into an
 * explicit question, answered by the engine (settled on the context's event when the follow-up is
 * about it), and the answer says how it was read. A question that fits several events about equally
 * well lists them as `candidates`, and is declined as `ambiguous` when nothing tells them apart.
 */
import * as z from 'zod';
import type { IndexedStore } from '../store/indexes.ts';
import type { StoredEvent } from '../store/schema.ts';
import type { Question } from '../understand/question.ts';
import { formatDate, joinList } from './format.ts';
import type { RankedEvent } from './select.ts';
import { bestDate } from './timeline.ts';
import type { Answer, Candidate, ConversationContext, CoreAnswer } from './types.ts';

/** What the layer needs from the engine: reading, answering and ranking, all on one store. */
export interface Turn {
  readonly indexed: IndexedStore;
  understand(text: string): Question;
  respond(q: Question): CoreAnswer;
  rank(q: Question): readonly RankedEvent[];
  /** "summit", "meeting", "election": a noun naming a kind of event. */
  isEventNoun(word: string): boolean;
}

/** At most this many events are offered as a choice. */
export const MAX_CANDIDATES = 5;
/** Events whose rank is within this of the best fit it "about equally". */
const NEAR = 0.5;

const short = (max: number) => z.string().max(max);
/** A context as read back from anywhere outside the process (Slack metadata): bounded, strict, or nothing. */
export const CONTEXT_PAYLOAD_SCHEMA = z.strictObject({
  question: short(1000),
  event: short(300).nullable(),
  subject: short(300).nullable(),
  people: short(500).nullable(),
  place: short(300).nullable(),
  value: short(1000).nullable(),
  candidates: z.array(short(300)).max(MAX_CANDIDATES),
  choice: short(300).optional(),
});

/** A context from untrusted JSON, or null when it is not one. */
export function readContext(value: unknown): ConversationContext | null {
  const parsed = CONTEXT_PAYLOAD_SCHEMA.safeParse(value);
  return parsed.success ? parsed.data : null;
}

interface Reading {
  /** The question as the engine is asked it. */
  readonly text: string;
  /** The event the question is settled on, when the context decides it. */
  readonly focus?: string;
  /** How it was read, when the context was used. */
  readonly note?: string;
}

/** Answers `text`, as a follow-up to `previous` when there is one that still fits the store. */
export function converse(text: string, previous: ConversationContext | null, turn: Turn): Answer {
  const context = previous ? usable(previous, turn.indexed) : null;
  const reading = context ? resolve(text, context, turn) : { text };
  const understood = turn.understand(reading.text);
  const q: Question =
    reading.focus !== undefined && understood.problem === null ? { ...understood, focus: reading.focus } : understood;
  const core = turn.respond(q);
  const answer: CoreAnswer = reading.note
    ? { ...core, question: text.replace(/\s+/g, ' ').trim() || core.question }
    : core;
  const candidates =
    reading.focus !== undefined || q.problem !== null
      ? context?.choice
        ? context.candidates.map((id) => candidateOf(id, turn.indexed)).filter((c) => c !== null)
        : []
      : candidatesFor(q, core, turn);
  const ambiguous = reading.focus === undefined && candidates.length > 1 && cannotPick(q, candidates, turn);
  const final: CoreAnswer = ambiguous ? declineAmbiguous(answer, candidates) : answer;
  return {
    ...final,
    candidates,
    reading: reading.note ?? null,
    remember:
      q.problem === null && (final.answered || ambiguous || final.event !== null)
        ? remember(
            reading.text,
            q,
            final,
            candidates.length > 0
              ? candidates.map((x) => x.event)
              : reading.focus !== undefined && context
                ? context.candidates
                : [],
            context,
            turn,
          )
        : null,
  };
}

/** A context whose events all still exist; any other is ignored (a store rebuilt since, say). */
function usable(c: ConversationContext, indexed: IndexedStore): ConversationContext | null {
  const exists = (id: string): boolean => eventById(indexed, id) !== undefined;
  if (c.event !== null && !exists(c.event)) return null;
  if (c.choice !== undefined && !exists(c.choice)) return null;
  if (!c.candidates.every(exists)) return null;
  return c;
}

function eventById(indexed: IndexedStore, id: string): StoredEvent | undefined {
  return indexed.eventById.get(id);
}

function candidateOf(id: string, indexed: IndexedStore): Candidate | null {
  const e = eventById(indexed, id);
  if (!e) return null;
  const when = bestDate(e.slots.when ?? []);
  return { event: e.id, label: e.label, date: when ? formatDate(when.date!) : null };
}

/** "the Lyon summit (2017)". */
export function describeCandidate(c: Candidate): string {
  return c.date ? `the ${c.label} (${c.date})` : `the ${c.label}`;
}

// ---- Reading a follow-up ---------------------------------------------------------------------------

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, last: -1 };
const WH = /^(when|where|who|what|how many times|how many)(\s+else)?$/;
const LEADS = /^(?:and|so|but|ok|okay|then|also|hmm)\b[\s,]*/i;
const WHAT_ABOUT = /^(?:what|how)\s+about\s+/i;

function resolve(raw: string, c: ConversationContext, turn: Turn): Reading {
  const text = raw.replace(/\s+/g, ' ').trim();
  const subject = c.subject ?? (c.event ? `the ${eventById(turn.indexed, c.event)!.label}` : null);
  // A number or a button: the same question, for the event chosen.
  if (c.choice !== undefined) return { text, focus: c.choice, note: `For ${describe(c.choice, turn)}` };
  const number = /^#?(\d{1,2})[.)]?$/.exec(text);
  if (number && c.candidates.length > 0) {
    const id = c.candidates[Number(number[1]) - 1];
    if (id) return { text: c.question, focus: id, note: `For ${describe(id, turn)}` };
  }
  const bare = text.replace(LEADS, '').replace(/[?!.\s]+$/, '');
  const lower = bare.toLowerCase();
  // "what about the second one?", "the other one?": another event, the same question.
  const about = WHAT_ABOUT.test(bare)
    ? bare.replace(WHAT_ABOUT, '')
    : LEADS.test(text) || /^the\s/i.test(bare)
      ? bare
      : null;
  if (about !== null) {
    const picked = pickEvent(about.toLowerCase(), c, turn);
    if (picked) return { text: c.question, focus: picked, note: `Taking "${about}" as ${describe(picked, turn)}` };
  }
  // "and where?", "who else?", "when?": the question word alone, about what the last answer was about.
  const wh = WH.exec(lower);
  if (wh && subject) {
    const asked = ellipsis(wh[1]!, wh[2] !== undefined, subject, c);
    return { text: asked, ...(c.event ? { focus: c.event } : {}), note: `Taking "${text}" as "${asked}"` };
  }
  // "what about the Lyon summit?": the last question, about something else.
  if (about !== null && WHAT_ABOUT.test(bare) && subject && c.question.toLowerCase().includes(subject.toLowerCase())) {
    const asked = replaceAll(c.question, subject, about);
    return { text: asked, note: `Taking "${text}" as "${asked}"` };
  }
  return references(text, c, subject, turn);
}

function describe(id: string, turn: Turn): string {
  const c = candidateOf(id, turn.indexed);
  return c ? `the ${c.label}` : 'that event';
}

function replaceAll(text: string, find: string, by: string): string {
  return text.replace(new RegExp(escape(find), 'gi'), by);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The event "the second one", "the other one", "the first meeting" points to, from the context. The
 * phrase comes from `resolve`, its spaces already single ones.
 */
function pickEvent(phrase: string, c: ConversationContext, turn: Turn): string | null {
  const other = /^(?:the )?other(?: [a-z-]+)?$/.test(phrase);
  if (other) {
    const pool = c.candidates.length > 1 ? c.candidates : related(c, turn).map((e) => e.id);
    return pool.find((id) => id !== c.event) ?? null;
  }
  const m = /^(?:the )?(first|second|third|fourth|fifth|last) [a-z-]+$/.exec(phrase);
  if (!m) return null;
  const n = ORDINALS[m[1]!]!;
  // Among the events just offered, "the second one" is the second offered.
  if (c.candidates.length > 1) return (n === -1 ? c.candidates[c.candidates.length - 1] : c.candidates[n - 1]) ?? null;
  // Otherwise, the event of that number among those like the context's ("their second meeting").
  const events = related(c, turn);
  const numbered = events.filter((e) => (e.slots.ordinal ?? []).some((v) => Number(v.key) === n));
  return numbered[0]?.id ?? null;
}

/** Events of the same kind family or with the same people as the context's event. */
function related(c: ConversationContext, turn: Turn): StoredEvent[] {
  const base = c.event ? eventById(turn.indexed, c.event) : undefined;
  if (!base) return [];
  // Every event of the store has its facts indexed.
  const actors = turn.indexed.eventFacts.get(base)!.actors;
  return turn.indexed.store.events.filter((e) => {
    if (e.kind === base.kind) return true;
    const theirs = turn.indexed.eventFacts.get(e)!.actors;
    return [...actors].some((a) => turn.indexed.entities.get(a)?.kind === 'person' && theirs.has(a));
  });
}

function ellipsis(wh: string, more: boolean, subject: string, c: ConversationContext): string {
  const aux = /\b(?:was|were|did|had)\b/i.test(c.question) ? 'was' : 'is';
  switch (wh) {
    case 'when':
      return `when ${aux} ${subject}?`;
    case 'where':
      return `where ${aux} ${subject}?`;
    case 'who':
      return more && c.value && /^who\b/i.test(c.question)
        ? `who took part in ${subject} besides ${c.value}?`
        : `who took part in ${subject}?`;
    case 'how many':
    case 'how many times':
      return `how many times have they met counting ${subject}?`;
    default:
      return `what ${aux} ${subject} about?`;
  }
}

/** Pronouns and demonstratives replaced by what they stand for, each noted. `text` has single spaces (resolve). */
function references(text: string, c: ConversationContext, subject: string | null, turn: Turn): Reading {
  const notes: string[] = [];
  let out = text;
  const swap = (pattern: RegExp, by: string | null): void => {
    if (!by) return;
    out = out.replace(pattern, (found: string) => {
      notes.push(`Taking "${found}" as ${by}`);
      return by;
    });
  };
  // "that meeting", "this summit", "the same event".
  out = out.replace(/\b(?:that|this|the same) ([A-Za-z-]+)\b/g, (found: string, noun: string) => {
    if (!subject || !(turn.isEventNoun(noun.toLowerCase()) || /^(?:event|one|thing)$/i.test(noun))) return found;
    notes.push(`Taking "${found}" as ${subject}`);
    return subject;
  });
  const place = subject && c.event ? `at ${subject}` : c.place ? `in ${c.place}` : null;
  swap(/\bthere\b/gi, place);
  swap(/\b(?:they|them)\b/gi, c.people ?? subject);
  swap(/\b(?:he|she|him|her)\b/gi, c.people && !/\band\b|,/.test(c.people) ? c.people : null);
  swap(/\bit\b/gi, subject);
  // "that" / "this" standing alone as the thing talked about ("when was that?", "who announced this?").
  swap(/\b(?:that|this)(?=\s*[?.!]*$)/gi, subject);
  if (notes.length === 0) return { text };
  const focus = c.event !== null && notes.some((n) => subject !== null && n.endsWith(subject)) ? c.event : undefined;
  return { text: out, ...(focus !== undefined ? { focus } : {}), note: [...new Set(notes)].join('; ') };
}

// ---- Candidates ------------------------------------------------------------------------------------

const ABOUT_EVENTS = new Set(['when', 'where', 'who', 'about', 'what', 'how_many']);

/** The events the question fits about equally well, the answered one first; empty when one clearly fits. */
function candidatesFor(q: Question, core: CoreAnswer, turn: Turn): Candidate[] {
  if (!ABOUT_EVENTS.has(q.intent) || core.event === null) return [];
  const ranked = turn.rank(q);
  if (ranked.length < 2) return [];
  const t = q.target;
  // A question naming only a kind ("where is the summit?") fits every event of that kind.
  const kindOnly =
    t.kinds.length > 0 &&
    t.entities.length + t.topicEntities.length === 0 &&
    t.occasions.length === 0 &&
    t.ordinal === null &&
    t.date === null;
  const best = ranked[0]!.score;
  const near = ranked.filter((r) => kindOnly || best - r.score <= NEAR).map((r) => r.event.id);
  if (!near.includes(core.event)) return []; // alone among them, it would be the one offered: none (below)
  const ordered = [core.event, ...near.filter((id) => id !== core.event)];
  // Two events told alike ("the launch (2025)" twice) are no choice to offer.
  const seen = new Set<string>();
  const offered = ordered
    .map((id) => candidateOf(id, turn.indexed))
    .filter((c) => c !== null)
    .filter((c) => !seen.has(describeCandidate(c)) && seen.add(describeCandidate(c)) !== undefined);
  return offered.length > 1 ? offered.slice(0, MAX_CANDIDATES) : [];
}

/**
 * Nothing tells the best fits apart: they rank exactly alike and, each asked the question, give
 * different answers. Then no event is picked.
 */
function cannotPick(q: Question, candidates: readonly Candidate[], turn: Turn): boolean {
  // Only a question that says nothing but the kind of event
  // ("when was the launch?"): any other word may tell them apart.
  const t = q.target;
  const named = t.entities.length + t.topicEntities.length + t.occasions.length > 0;
  if (named || t.ordinal !== null || t.date !== null || t.verbs.length > 0) return false;
  if (!t.terms.every((w) => turn.isEventNoun(w) || GENERIC_HEADS.has(w))) return false;
  const ranked = turn.rank(q);
  const top = ranked.filter((r) => r.score === ranked[0]!.score);
  if (top.length < 2) return false;
  const values = new Set(
    top
      .map((r) => turn.respond({ ...q, focus: r.event.id }))
      .filter((a) => a.answered)
      .map((a) => a.value),
  );
  return values.size > 1 && top.every((r) => candidates.some((c) => c.event === r.event.id));
}

function declineAmbiguous(core: CoreAnswer, candidates: readonly Candidate[]): CoreAnswer {
  return {
    ...core,
    answered: false,
    answer:
      `That fits ${candidates.length} events equally well: ${joinList(candidates.map(describeCandidate))}. ` +
      `Which one do you mean?`,
    citations: [],
    conflicts: [],
    value: null,
    type: null,
    event: null,
    reason: 'ambiguous',
  };
}

// ---- What to remember --------------------------------------------------------------------------------

const GENERIC_HEADS = new Set([
  'time',
  'times',
  'year',
  'date',
  'day',
  'month',
  'place',
  'city',
  'country',
  'name',
  'number',
  'people',
  'way',
  'reason',
  'articles',
  'article',
]);

function remember(
  asked: string,
  q: Question,
  a: CoreAnswer,
  candidates: readonly string[],
  previous: ConversationContext | null,
  turn: Turn,
): ConversationContext {
  const event = a.event !== null ? eventById(turn.indexed, a.event) : undefined;
  const names = (kind: string): string[] =>
    q.target.entities
      .map((id) => turn.indexed.entities.get(id))
      .filter((e) => e?.kind === kind)
      .map((e) => e!.name);
  const participants = (event?.slots.participants ?? [])
    .filter((v) => v.entity && turn.indexed.entities.get(v.entity)?.kind === 'person')
    .map((v) => v.text);
  const people =
    names('person').length > 0
      ? joinList(names('person'))
      : participants.length > 0
        ? joinList([...new Set(participants)])
        : a.type === 'person' && a.value
          ? a.value
          : (previous?.people ?? null);
  const placeTypes = new Set(['place', 'city', 'country']);
  const place =
    a.type !== null && placeTypes.has(a.type) && a.value
      ? a.value
      : (event?.slots.where?.[0]?.text ?? names('place')[0] ?? previous?.place ?? null);
  const subject = subjectOf(q, turn) ?? (event ? `the ${event.label}` : (previous?.subject ?? null));
  return { question: asked, event: a.event, subject, people, place, value: a.value, candidates: [...candidates] };
}

/**
 * The phrase of the question that names what it is about: "the Geneva summit", "the Han River Cup
 * final", "the firing of Ann Lee": a determiner and the nouns after it (with an "of" and a name),
 * one with an event word first, then one with a name, then any.
 */
function subjectOf(q: Question, turn: Turn): string | null {
  const tokens = q.tokens;
  const phrases: string[][] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (!/^(?:the|a|an)$/.test(tokens[i]!.normal)) continue;
    const words = [tokens[i]!];
    let j = i + 1;
    while (j < tokens.length && (NOMINAL.has(tokens[j]!.pos) || inCompound(tokens, j))) words.push(tokens[j++]!);
    if (tokens[j]?.normal === 'of' && tokens[j + 1]?.pos === 'PROPN') {
      words.push(tokens[j]!);
      for (j += 1; j < tokens.length && tokens[j]!.pos === 'PROPN'; j += 1) words.push(tokens[j]!);
    }
    if (words.length > 1) phrases.push(words.map((t) => t.text));
    i = j - 1;
  }
  const good = phrases.filter(
    (p) => !GENERIC_HEADS.has(p[p.length - 1]!.toLowerCase()) && !ORDINALS[p[1]!.toLowerCase()],
  );
  const eventy = good.find((p) => p.slice(1).some((w) => turn.isEventNoun(w.toLowerCase())));
  const named = good.find((p) => p.slice(1).some((w) => /^\p{Lu}/u.test(w)));
  const best = eventy ?? named ?? good[0];
  return best ? best.join(' ').replace(/ - /g, '-') : null;
}

const NOMINAL = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/** A hyphen inside a word, or a word glued to one: "pay-and-shifts", "follow-up", whatever wink tags its parts. */
function inCompound(tokens: Question['tokens'], j: number): boolean {
  const t = tokens[j]!;
  const glued = (k: number): boolean => tokens[k]?.space === '' && /^\p{L}/u.test(tokens[k]!.text);
  if (t.text === '-') return t.space === '' && glued(j + 1);
  return t.space === '' && tokens[j - 1]?.text === '-';
}

import type { WinkMethods } from 'wink-nlp';
import { phraseKey, type Knowledge } from '../extract/knowledge.ts';
import { indexStore, type IndexedStore } from '../store/indexes.ts';
import type {
  FactArg,
  SlotName,
  SlotValue,
  StoredDate,
  StoredEvent,
  StoredFact,
  StoredSentence,
} from '../store/schema.ts';
import type { StoreView } from '../store/view.ts';
import { createUnderstander, MAX_QUESTION_CHARS, type Question } from '../understand/question.ts';
import { Vocabulary } from '../understand/vocabulary.ts';
import { cite, uniqueCitations } from './citations.ts';
import { formatDate, joinList, statedPrecision } from './format.ts';
import { lazyRelatedWords, relatedTerms } from './related.ts';
import {
  answerFromSentences,
  coverage,
  evidenceOf,
  mentionedIn,
  headedBy,
  needsOf,
  type AskedRole,
  type Needs,
} from './sentence-answer.ts';
import { WordKinship } from './kin.ts';
import { WordMatcher } from './words.ts';
import { rankEvents } from './select.ts';
import { bestDate, exampleQuestions, mostSourced, timelineOf, type TimelineEntry } from './timeline.ts';
import type {
  Answer,
  Citation,
  ConflictView,
  ConversationContext,
  CoreAnswer,
  DeclineReason,
  ReadKind,
} from './types.ts';
import { converse, type Turn } from './conversation.ts';
import { typedValue } from './typed.ts';

export interface Engine {
  /** Answers a question; with `context` (the `remember` of the previous answer), as a follow-up to it. */
  answer(question: string, context?: ConversationContext | null): Answer;
  /** The known events in date order, for timelines. */
  timeline(): readonly TimelineEntry[];
  /** Questions this store can answer, for help texts. */
  examples(): readonly string[];
  readonly indexed: IndexedStore;
}

/** The words questions are made of, whatever the articles say: typo repair may aim at them. */
const QUESTION_VOCABULARY = (
  'what when where who whom whose which why how many much long date day time year month city country ' +
  'place location happen say tell before after between will would did was were is are the and of in on ' +
  'at with about name role job list timeline events help hello thanks'
).split(' ');

/** The engine: one store and its indexes, loaded once; every surface asks it and renders its `Answer`. */
export function createEngine(store: StoreView, knowledge: Knowledge, nlp: WinkMethods): Engine {
  const indexed = indexStore(store);
  const vocabulary = new Vocabulary();
  for (const w of QUESTION_VOCABULARY) vocabulary.add(w);
  for (const [term, occurrences] of indexed.retrieval.terms) vocabulary.add(term, occurrences);
  for (const e of store.entities)
    for (const name of [e.name, ...e.aliases]) for (const w of name.split(/\s+/)) vocabulary.add(w, 5);
  for (const k of knowledge.eventKinds) for (const w of [...k.nouns, ...k.verbs]) vocabulary.add(w);
  const related = lazyRelatedWords();
  const understander = createUnderstander(
    nlp,
    knowledge,
    indexed,
    vocabulary,
    (word) => relatedTerms(related, word).length > 0,
  );
  const families = new Map(knowledge.eventKinds.map((k) => [k.kind, k.family]));
  // Fixed for the life of the store: computed once here, not sorted again for every answer. The
  // timeline cites a sentence of every event: worked out when first asked for, not at every start.
  let timeline: readonly TimelineEntry[] | undefined;
  const context: Context = {
    kinship: new WordKinship(new WordMatcher(related), knowledge),
    indexed,
    knowledge,
    families,
    get timeline() {
      return (timeline ??= timelineOf(indexed));
    },
    examples: exampleQuestions(indexed),
    covered: mostSourced(indexed, 4),
  };
  // Follow-ups and choices between events: a layer around respond (conversation.ts).
  const turn: Turn = {
    indexed,
    understand: (t) => understander.understand(t),
    respond: (q) => respond(q, context),
    rank: (q) => rankEvents(q, indexed, wantedSlot(q), families),
    isEventNoun: (w) => knowledge.eventNouns.has(w),
  };
  return {
    indexed,
    timeline: () => context.timeline,
    examples: () => context.examples,
    answer(text: string, previous?: ConversationContext | null): Answer {
      return converse(typeof text === 'string' ? text : '', previous ?? null, turn);
    },
  };
}

interface Context {
  readonly indexed: IndexedStore;
  readonly knowledge: Knowledge;
  readonly families: ReadonlyMap<string, string>;
  readonly timeline: readonly TimelineEntry[];
  readonly examples: readonly string[];
  /** The best-sourced events, named when the engine cannot answer. */
  readonly covered: readonly StoredEvent[];
  readonly kinship: WordKinship;
}

/**
 * What one reader (the event facts, the sentence reader) found: the answer's text and its value as
 * read, not yet checked against the kind of value asked for. `respond` types it into a `CoreAnswer`.
 */
export interface Reply {
  readonly answered: boolean;
  readonly answer: string;
  readonly citations?: ReadonlyArray<Citation | null>;
  readonly conflicts?: ConflictView[];
  readonly value?: string;
  /** What the value was read as; `typedValue` turns it into the Answer's fine type. */
  readonly type?: ReadKind;
  /** The entity the value names, when it names one (a place, a person). */
  readonly valueEntity?: string;
  /** For dates: how precise the article is, also when it gives words and no calendar date ("July"). */
  readonly precision?: StoredDate['precision'];
  readonly event?: string;
  readonly reason?: DeclineReason;
}

function respond(q: Question, ctx: Context): CoreAnswer {
  const found = replyTo(q, ctx);
  const typed = found.answered && found.value !== undefined && found.type ? typedValue(q, found, ctx.indexed) : null;
  // An answer of the wrong kind ("what city" answered by a country) is no answer.
  const reply: Reply =
    found.answered && found.value !== undefined && found.type && !typed
      ? { ...wrongKind(q, found, ctx), citations: found.citations ?? [] }
      : found;
  return {
    question: q.text,
    intent: q.intent,
    answered: reply.answered,
    answer: reply.answer,
    citations: uniqueCitations(reply.citations ?? []),
    conflicts: reply.conflicts ?? [],
    value: typed?.value ?? null,
    // The timeline (read as a 'list') always has a value, typed 'other' by typedValue.
    type: typed?.type ?? null,
    event: reply.event ?? null,
    reason: reply.answered ? null : (reply.reason ?? 'not_in_articles'),
  };
}

function replyTo(q: Question, ctx: Context): Reply {
  if (q.problem === 'empty')
    return {
      answered: false,
      reason: 'bad_input',
      answer: `Ask me a question about the news events in the articles. ${examples(ctx)}`,
    };
  if (q.problem === 'too_long')
    return {
      answered: false,
      reason: 'bad_input',
      answer:
        `That question is too long (the limit is ${MAX_QUESTION_CHARS} characters). Please ask something ` +
        `shorter. ${examples(ctx)}`,
    };
  if (q.problem === 'no_words')
    return {
      answered: false,
      reason: 'bad_input',
      answer: `I could not find any words in that question. ${examples(ctx)}`,
    };
  if (q.intent === 'help')
    return {
      answered: true,
      answer:
        `I answer questions about the events in ${ctx.indexed.store.articles.length} news articles and cite ` +
        `the sentence each answer comes from. Ask when, where, who, what about, or how many times; or say ` +
        `"list" for the timeline. ${examples(ctx)}`,
    };
  if (q.intent === 'smalltalk')
    return {
      answered: true,
      answer: `Hello! I answer questions about news events, with the sentence each answer comes from. ${examples(ctx)}`,
    };
  if (q.intent === 'list') return timeline(ctx);
  if (q.target.unknownNames.length > 0) {
    return {
      ...unknown(
        ctx,
        `The articles do not mention ${joinList(q.target.unknownNames.map((n) => `"${n}"`))}, so I cannot answer that.`,
      ),
      reason: 'unknown_name',
    };
  }
  // An event's answer whose own cited sentence covers the question is the best there is. A question
  // about an event as a whole ("when is the Geneva summit", "where did they first meet") may be answered
  // from the facts of that event taken together; one with words of its own ("make landfall", "hold its
  // news conference") asks about something the event's slots do not hold, so a sentence that covers it
  // alone answers first. What a sentence must cover is read once, here.
  const needs = needsOf(q, ctx.indexed, ctx.knowledge, ctx.kinship);
  const fromEvent = fromFacts(q, ctx);
  // "Which airport …" is not answered by the event's city: only a sentence naming the airport can answer it.
  const structured =
    fromEvent?.answered && needs.facility !== null && !headedBy(fromEvent.value ?? '', needs.facility)
      ? null
      : fromEvent;
  const support = structured?.answered ? supportOf(structured, q, needs, ctx) : 'none';
  // A follow-up settled on one event is answered from it, unless it asks who did something and the cited
  // sentence gives that act to someone else ("who won it?": "X scored to give Y a 2-1 win").
  if (q.focus !== undefined && structured?.answered && !(q.intent === 'who' && support === 'none')) return structured;
  const ownWords = needs.content.filter((w) => !ctx.knowledge.eventNouns.has(w) && !ctx.knowledge.eventVerbs.has(w));
  const aboutAnEvent =
    (q.target.kinds.length > 0 || q.target.occasions.length > 0 || q.target.ordinal !== null) && ownWords.length === 0;
  if (structured && (support === 'sentence' || (support === 'event' && aboutAnEvent))) return structured;
  // An event that fits but whose facts do not hold the answer ("how many spectators"): its own sentences first.
  const fitting =
    structured && !structured.answered && structured.event ? ctx.indexed.eventById.get(structured.event) : undefined;
  const ownSentences = (fitting?.sources ?? [])
    .map((s) => ctx.indexed.sentenceAt(s.article, s.start))
    .filter((s) => s !== undefined);
  const fallback = answerFromSentences(q, needs, ctx.indexed, ctx.knowledge, ownSentences);
  if (fallback) return fallback;
  if (structured && support === 'event') return structured;
  // The best-ranked event's answer is not borne out ("who bought X" where X bought Y): the next events that
  // fit the question, each standing only on its own cited sentence covering the question.
  for (let rank = 1; rank < MAX_EVENTS_TRIED && structured?.answered && support === 'none'; rank += 1) {
    const next = fromFacts(q, ctx, rank);
    if (!next) break;
    if (next.answered && supportOf(next, q, needs, ctx) === 'sentence') return next;
  }
  // An event that fits but does not state what is asked: say so, with what it does state.
  if (structured && !structured.answered) return structured;
  // A year the articles never mention: whatever the question is about, they report nothing of that year.
  const years = [...q.text.matchAll(/\b(?:1[5-9]|20)\d\d\b/g)]
    .map((m) => m[0])
    .filter((y) => !ctx.indexed.retrieval.postings.has(y));
  if (years.length > 0) return unknown(ctx, `The articles report nothing from ${joinList(years)} about that.`);
  // The articles tell of what the question is about (its names, an event of its kind, or most of its
  // words), but no sentence of theirs says what it asks.
  const named = q.target.entities.map((id) => ctx.indexed.entities.get(id)?.name).filter((n) => n !== undefined);
  if (named.length > 0)
    return {
      ...unknown(ctx, `The articles mention ${joinList(named.map((n) => `"${n}"`))} but do not say that.`),
      reason: 'not_stated',
    };
  // Every name of an entity was answered just above: these are the names no entity has.
  const phrases = needs.names.filter((n) => ctx.indexed.mentionsPhrase(n.words)).map((n) => n.words.join(' '));
  const kinds = q.target.kinds.filter((k) => ctx.indexed.eventsByKind.has(k));
  const covered = needs.content.filter((w) => ctx.indexed.retrieval.postings.has(w));
  if (
    phrases.length > 0 ||
    kinds.length > 0 ||
    (needs.content.length > 1 && covered.length * 2 >= needs.content.length + 1)
  ) {
    const subject = phrases.length > 0 ? `"${phrases[0]}"` : kinds.length > 0 ? `the ${kinds[0]}` : 'this';
    return { ...unknown(ctx, `The articles tell of ${subject} but do not say that.`), reason: 'not_stated' };
  }
  return unknown(ctx, 'I could not find that in the articles.');
}

function wrongKind(q: Question, reply: Reply, ctx: Context): Reply {
  return {
    answered: false,
    reason: 'not_stated',
    answer:
      `The articles do not say which ${q.fine} that is: ` + `the nearest they come is ${reply.value}. ${examples(ctx)}`,
  };
}

function examples(ctx: Context): string {
  const asks = ctx.examples;
  return asks.length > 0
    ? `Try: ${asks.map((a) => `"${a}"`).join(', ')}.`
    : 'The store has no events yet: add articles and run npm run extract.';
}

function unknown(ctx: Context, why: string): Reply {
  const known = ctx.covered.map((e) => describeBrief(e));
  const about = known.length > 0 ? ` What the articles do cover: ${known.join('; ')}.` : '';
  return { answered: false, answer: `${why}${about} ${examples(ctx)}` };
}

function describeBrief(e: StoredEvent): string {
  const when = bestDate(e.slots.when ?? []);
  return when ? `the ${e.label} (${formatDate(when.date!)})` : `the ${e.label}`;
}

const REPORT_DATE: Record<string, SlotName> = {
  announcedBy: 'announcedOn',
  confirmedBy: 'confirmedOn',
  statedBy: 'statedOn',
};

/** How many of the events that fit a question are tried, best first, for an answer their sentences bear out. */
const MAX_EVENTS_TRIED = 3;

function wantedSlot(q: Question): SlotName | null {
  switch (q.intent) {
    case 'when':
      return q.target.reportSlot ? (REPORT_DATE[q.target.reportSlot] ?? 'when') : 'when';
    case 'where':
      return 'where';
    case 'who':
      return q.target.reportSlot ?? 'participants';
    case 'about':
      return 'about';
    case 'how_many':
      return 'ordinal';
    default:
      return null;
  }
}

/**
 * "When was X mayor?", "when was Y the president of Z?": "when" and a form of "be", then a name and a role noun
 * after it as what the name was (not a title before another name: "when was President X in Y?"), and no event.
 */
function asksTenure(q: Question, ctx: Context): boolean {
  if (q.target.kinds.length > 0 || !/^when\s+(?:was|were|is|are)\b/i.test(q.text)) return false;
  const tokens = q.tokens;
  return tokens.some(
    (t, i) =>
      i > 2 &&
      ctx.knowledge.roleHeads.has(t.lemma) &&
      tokens.slice(2, i).some((n) => n.pos === 'PROPN') &&
      tokens[i + 1]?.pos !== 'PROPN',
  );
}

function fromFacts(q: Question, ctx: Context, rank = 0): Reply | null {
  const { indexed } = ctx;
  const t = q.target;
  // "What country is Osaka in?": a place's country is general knowledge about a place the articles name.
  // (A question read as asking for a country always asks "where": see answer-type.ts.)
  const places = t.entities.map((id) => indexed.entities.get(id)!).filter((e) => e.kind === 'place');
  if (
    q.fine === 'country' &&
    places.length === 1 &&
    t.kinds.length === 0 &&
    !t.date &&
    t.ordinal === null &&
    places[0]!.country
  ) {
    const place = places[0]!;
    const source = place.mentions[0];
    return {
      answered: true,
      answer:
        place.country === place.name
          ? `${place.name} is a country.`
          : `${place.country} (${place.name} is in ${place.country}).`,
      citations: [source ? cite(indexed, source) : null],
      value: place.country,
      type: 'place',
      valueEntity: place.id,
    };
  }
  if (q.intent === 'who') {
    const role = byRole(q, ctx);
    if (role) return role;
  }
  const slot = wantedSlot(q);
  // A question with a verb no event records ("who translated", "who won") is for the sentences, not the facts.
  if (t.verbs.length > 0 && q.intent !== 'how_many') return null;
  // "When was Lemos mayor?": a role held is a span of time, which no event's date is.
  if (q.intent === 'when' && asksTenure(q, ctx)) return null;
  const ranked = rankEvents(q, indexed, slot, ctx.families);
  const best = ranked[rank]?.event;
  if (!best) return null;
  switch (q.intent) {
    case 'when':
      return whenAnswer(q, best, slot ?? 'when', ctx);
    case 'where':
      return whereAnswer(q, best, ctx);
    case 'who':
      return whoAnswer(q, best, ctx);
    case 'about':
      return listSlot(best, 'about', ctx, (texts) => `The ${best.label}: ${joinList(texts)}.`, 'what it is about');
    case 'how_many':
      // Events hold no durations or amounts of money: "how long" and "how much" are for the sentences.
      if (q.fine === 'duration' || q.fine === 'money') return null;
      // An ordinal counts meetings ("the third time"), not people or anything else.
      if (t.counted && !countsEvents(t.counted, ctx)) {
        const brief = summary(best, ctx);
        return {
          answered: false,
          answer:
            `The articles do not say how many ${t.counted} were at the ${best.label}. What they do say: ` +
            `${brief.answer}`,
          citations: brief.citations ?? [],
          event: best.id,
          reason: 'not_stated',
        };
      }
      return countAnswer(
        q,
        ranked.map((r) => r.event),
        ctx,
      );
    case 'what':
    case 'unknown':
      // "What is the population of …", "what was the outcome of …": a property no event records.
      if (
        t.attribute &&
        !SLOT_ATTRIBUTES.has(t.attribute.name) &&
        !singulars(t.attribute.name).some((w) => isEventWord(w, ctx))
      ) {
        const brief = summary(best, ctx);
        return {
          answered: false,
          answer:
            `The articles do not give the ${t.attribute.name} of ${t.attribute.of}. What they do say: ` +
            `${brief.answer}`,
          citations: brief.citations ?? [],
          reason: 'not_stated',
        };
      }
      return (t.entities.length > 0 || t.terms.every((term) => isEventWord(term, ctx))) &&
        (t.date || /^what (?:is|was) (?:the )?/i.test(q.text))
        ? summary(best, ctx)
        : null;
    default:
      return null;
  }
}

function countsEvents(phrase: string, ctx: Context): boolean {
  return phrase.split(' ').some((w) => w === 'times' || w === 'time' || singulars(w).some((s) => isEventWord(s, ctx)));
}

/** A noun as written and its possible singulars ("summits", "conferences", "inquiries"). */
function singulars(noun: string): string[] {
  return [noun, noun.replace(/s$/, ''), noun.replace(/es$/, ''), noun.replace(/ies$/, 'y')];
}

/** Properties "what is the … of" may ask for that the event slots do hold: not declined. */
const SLOT_ATTRIBUTES = new Set([
  'date',
  'day',
  'year',
  'month',
  'time',
  'place',
  'location',
  'venue',
  'city',
  'country',
  'participants',
  'attendees',
  'members',
  'topic',
  'topics',
  'agenda',
  'subject',
  'purpose',
  'focus',
  'number',
  'name',
]);

function isEventWord(term: string, ctx: Context): boolean {
  return ctx.knowledge.eventNouns.has(term) || ctx.knowledge.eventVerbs.has(term) || ctx.knowledge.lightVerbs.has(term);
}

function whenAnswer(q: Question, event: StoredEvent, slot: SlotName, ctx: Context): Reply {
  const values = event.slots[slot] ?? [];
  const best = bestDate(values);
  if (!best) return notStated(event, 'when', ctx);
  const date = best.date!;
  if (q.fine === 'time')
    return {
      answered: false,
      answer: `The articles give only the date of the ${event.label}, ${formatDate(date)}, not the time.`,
      citations: [cite(ctx.indexed, best.source)],
      event: event.id,
      reason: 'not_stated',
    };
  if ((q.fine === 'year' || q.fine === 'month') && !date.iso) {
    return {
      answered: false,
      answer:
        `The article says only "${date.text}" for the ${event.label} and has no date of its own, so the ` +
        `${q.fine} cannot be known.`,
      citations: [cite(ctx.indexed, best.source)],
      event: event.id,
      reason: 'not_stated',
    };
  }
  const shown = formatDate(date);
  const note = date.iso ? '' : ' (as the article puts it; the article is undated, so no calendar date can be given)';
  const what =
    slot === 'when'
      ? `the ${event.label}`
      : `the ${event.label} was ` +
        `${slot === 'announcedOn' ? 'announced' : slot === 'confirmedOn' ? 'confirmed' : 'reported'}`;
  return {
    answered: true,
    answer: `${shown}${note}: ${what}.`,
    citations: [cite(ctx.indexed, best.source)],
    conflicts: conflictsOf(event, 'when', ctx),
    value: date.iso ?? date.text,
    type: 'date',
    event: event.id,
    precision: statedPrecision(date),
  };
}

function whereAnswer(q: Question, event: StoredEvent, ctx: Context): Reply {
  const values = event.slots.where ?? [];
  if (values.length === 0) return notStated(event, 'where', ctx);
  const ordered = orderByRelevance(values, q, ctx);
  const first = ordered[0]!;
  if (q.fine === 'country') {
    const place = ctx.indexed.entities.get(first.entity ?? '');
    const country = place?.country ?? first.text;
    return {
      answered: true,
      answer:
        country === first.text
          ? `${country}: the ${event.label}.`
          : `${country}: the ${event.label} is in ${first.text}, ${country}.`,
      citations: [cite(ctx.indexed, first.source)],
      conflicts: conflictsOf(event, 'where', ctx),
      value: country,
      type: 'place',
      event: event.id,
      ...(first.entity ? { valueEntity: first.entity } : {}),
    };
  }
  const names = [...new Set(ordered.map((v) => v.text))];
  return {
    answered: true,
    answer: `${joinList(names)}: the ${event.label}.`,
    citations: [cite(ctx.indexed, first.source)],
    conflicts: [...conflictsOf(event, 'where', ctx), ...conflictsOf(event, 'occasion', ctx)],
    value: joinList(names),
    type: 'place',
    event: event.id,
    ...(first.entity ? { valueEntity: first.entity } : {}),
  };
}

function whoAnswer(q: Question, event: StoredEvent, ctx: Context): Reply {
  const t = q.target;
  let slot: SlotName = t.reportSlot ?? 'participants';
  const agents = new Set((event.slots.agents ?? []).map((v) => v.entity));
  const patients = new Set((event.slots.patients ?? []).map((v) => v.entity));
  if (!t.reportSlot && (agents.size > 0 || patients.size > 0)) {
    const passive = /\b(?:was|were|got|been)\b/i.test(q.text) && !t.entities.some((id) => patients.has(id));
    slot = t.entities.some((id) => agents.has(id)) || passive ? 'patients' : 'agents';
  }
  const stated = (event.slots[slot] ?? []).filter(
    (v) => !v.entity || !(t.entities.includes(v.entity) || t.topicEntities.includes(v.entity)),
  );
  // Named parties first: a group phrase ("both governments") only when no one is named.
  const named = stated.filter((v) => v.entity);
  const values = named.length > 0 ? named : stated;
  if (values.length === 0) return notStated(event, slot === 'participants' ? 'who took part' : 'who', ctx);
  const ordered = orderByRelevance(values, q, ctx);
  const names = [...new Set(ordered.map((v) => v.text))];
  const verb =
    slot === 'announcedBy'
      ? 'announced'
      : slot === 'confirmedBy'
        ? 'confirmed'
        : slot === 'statedBy'
          ? 'said so'
          : slot === 'agents'
            ? 'did it'
            : '';
  const lead = verb ? `${joinList(names)} ${verb}` : joinList(names);
  const sources = [...new Map(ordered.map((v) => [`${v.source.article}:${v.source.start}`, v.source])).values()].slice(
    0,
    3,
  );
  const single =
    ordered.length === 1 || new Set(ordered.map((v) => v.entity)).size === 1 ? ordered[0]!.entity : undefined;
  // Several parties: organisations when none is a person (a place that announces is its government).
  const kinds = ordered.map((v) => (v.entity ? ctx.indexed.entities.get(v.entity)!.kind : undefined));
  const type = !single && kinds.every((k) => k === 'organisation' || k === 'place') ? 'organisation' : 'actor';
  return {
    answered: true,
    answer: `${lead}: the ${event.label}.`,
    citations: sources.map((s) => cite(ctx.indexed, s)),
    value: joinList(names),
    type,
    event: event.id,
    ...(single ? { valueEntity: single } : {}),
  };
}

/** "Who is the German government spokesman?" / "Who is Olaf Scholz?": people by their stated roles. */
function byRole(q: Question, ctx: Context): Reply | null {
  const t = q.target;
  const { indexed } = ctx;
  const people = t.entities.map((id) => indexed.entities.get(id)!).filter((e) => e.kind === 'person');
  if (t.kinds.length > 0 || t.verbs.length > 0 || t.reportSlot) return null;
  // "Who is X?" asks what X is; "who did X hand his letter to?" asks someone else.
  const asksWhatTheyAre = /^\s*who(?:\s+(?:is|was|are|were)|['’]s)\b/i.test(q.text);
  if (
    (people.length === 1 && t.roleWords.length === 0 && asksWhatTheyAre) ||
    (people.length === 1 && /\b(?:role|job|title|position)\b/i.test(q.text))
  ) {
    const person = people[0]!;
    if (person.roles.length === 0) return null;
    const role = person.roles[0]!;
    return {
      answered: true,
      answer: `${person.name}: ${role.text}.`,
      citations: person.roles.slice(0, 2).map((r) => cite(indexed, r.source)),
      value: role.text,
      type: 'role',
    };
  }
  if (people.length > 0 || t.roleWords.length === 0) return null;
  const wanted = t.terms.map((w) => phraseKey(w)).filter(Boolean);
  let best: { name: string; role: { text: string; source: SlotValue['source'] }; score: number } | null = null;
  for (const e of indexed.store.entities) {
    if (e.kind !== 'person') continue;
    for (const role of e.roles) {
      const words = new Set(role.text.split(/[\s-]+/).map(phraseKey));
      const heads = t.roleWords.filter((w) => ctx.knowledge.roleHeads.has(w));
      if (!heads.every((h) => words.has(phraseKey(h)))) continue;
      const hits = wanted.filter((w) => words.has(w)).length;
      const score = hits / Math.max(wanted.length, words.size);
      if (hits === wanted.length && (!best || score > best.score)) best = { name: e.name, role, score };
    }
  }
  if (!best) return null;
  return {
    answered: true,
    answer: `${best.name} (${best.role.text}).`,
    citations: [cite(indexed, best.role.source)],
    value: best.name,
    type: 'person',
  };
}

function countAnswer(q: Question, events: readonly StoredEvent[], ctx: Context): Reply | null {
  const withOrdinal = events.filter((e) => (e.slots.ordinal?.length ?? 0) > 0);
  const target = withOrdinal[0];
  if (!target) return null;
  const ordinal = Math.max(...target.slots.ordinal!.map((v) => Number(v.key)));
  const source = target.slots.ordinal!.find((v) => Number(v.key) === ordinal)!.source;
  const t = q.target;
  const named = t.entities.length + t.topicEntities.length + t.occasions.length > 0 || t.kinds.length > 0;
  if (!named) return null;
  const count = t.before ? ordinal - 1 : ordinal;
  // The count alone: the ordinal it comes from is in the cited sentence, not repeated as a second number.
  const phrase = t.before ? `before the ${target.label}` : `counting the ${target.label}`;
  return {
    answered: true,
    answer: `${count} (${phrase}).`,
    citations: [cite(ctx.indexed, source)],
    value: String(count),
    type: 'number',
    event: target.id,
  };
}

function listSlot(
  event: StoredEvent,
  slot: SlotName,
  ctx: Context,
  render: (texts: string[]) => string,
  what: string,
): Reply {
  const values = event.slots[slot] ?? [];
  if (values.length === 0) return notStated(event, what, ctx);
  const texts = [...new Set(values.map((v) => v.text))];
  return {
    answered: true,
    answer: render(texts),
    citations: values.map((v) => cite(ctx.indexed, v.source)),
    value: joinList(texts),
    type: 'description',
    event: event.id,
  };
}

function summary(event: StoredEvent, ctx: Context): Reply {
  const when = bestDate(event.slots.when ?? []);
  const where = event.slots.where?.[0];
  const people = [...new Set((event.slots.participants ?? []).filter((v) => v.entity).map((v) => v.text))];
  const parts = [
    `The ${event.label}`,
    when
      ? `${when.date!.precision === 'month' || when.date!.precision === 'year' ? 'in' : 'on'} ${formatDate(when.date!)}`
      : '',
    where ? `in ${where.text}` : '',
    people.length ? `with ${joinList(people)}` : '',
  ].filter(Boolean);
  const first = when?.source ?? where?.source ?? event.sources[0]!;
  return {
    answered: true,
    answer: `${parts.join(' ')}.`,
    citations: [cite(ctx.indexed, first)],
    conflicts: conflictsOf(event, 'occasion', ctx),
    value: event.label,
    type: 'description',
    event: event.id,
  };
}

function notStated(event: StoredEvent, what: string, ctx: Context): Reply {
  const brief = summary(event, ctx);
  return {
    answered: false,
    answer: `The articles do not say ${what} for the ${event.label}. What they do say: ${brief.answer}`,
    citations: brief.citations ?? [],
    event: event.id,
    reason: 'not_stated',
  };
}

/** Values whose sentence shares most words with the question first; ties keep source order (sort is stable). */
function orderByRelevance(values: readonly SlotValue[], q: Question, ctx: Context): SlotValue[] {
  const terms = new Set(q.target.terms);
  const overlap = (v: SlotValue): number =>
    (ctx.indexed.sentenceAt(v.source.article, v.source.start)?.terms ?? []).filter((w) => terms.has(w)).length;
  return values
    .map((v) => ({ v, o: overlap(v) }))
    .sort((a, b) => b.o - a.o)
    .map((x) => x.v);
}

function conflictsOf(event: StoredEvent, slot: SlotName, ctx: Context): ConflictView[] {
  const conflict = event.conflicts.find((c) => c.slot === slot);
  if (!conflict) return [];
  const values = conflict.keys.flatMap((key) => {
    const v = (event.slots[slot] ?? []).find((x) => x.key === key);
    const citation = v ? cite(ctx.indexed, v.source) : null;
    return v && citation ? [{ value: v.date ? formatDate(v.date) : v.text, citation }] : [];
  });
  return values.length > 1 ? [{ slot, values }] : [];
}

function timeline(ctx: Context): Reply {
  const entries = ctx.timeline;
  if (entries.length === 0)
    return {
      answered: false,
      answer: 'The store holds no events yet. Add articles to data/articles and run npm run extract.',
    };
  const lines = entries.map(
    (e) =>
      `${e.date ? `the ${e.label} (${e.date})` : `the ${e.label}`} — ${e.articles} ` +
      `article${e.articles === 1 ? '' : 's'}`,
  );
  return {
    answered: true,
    answer: `Known events:\n${lines.map((l) => `• ${l}`).join('\n')}`,
    citations: entries.map((e) => e.citation),
    value: String(entries.length),
    type: 'list',
  };
}

/**
 * The event's own verb ("visit" for a visit, "meet" for a meeting) asks for the party extraction gave the
 * event in the cited sentence ("a visit to Kiel by X", "due in Kiel for a meeting with Y"): a participant of
 * a kind without roles, who did it or had it done of one with roles. Another verb of the kind counts only
 * where it says the same of the same party ("win" where the sentence says "beat"), never its converse
 * ("lose"), and only if the sentence uses no other verb of the kind.
 */
function partyByOwnVerb(
  verb: string,
  party: string,
  event: StoredEvent,
  sentence: StoredSentence | undefined,
  role: AskedRole,
  ctx: Context,
): boolean {
  const kind = ctx.knowledge.eventVerbs.get(verb);
  if (!kind || !sentence?.text.includes(party) || kind.family !== ctx.families.get(event.kind)) return false;
  const sameAct = [verb, ...kind.sameVerbs.filter((g) => g.includes(verb)).flat()];
  if (kind.verbs[0] !== verb && sameAct.length === 1) return false;
  if (!sentence.terms.every((t) => !kind.verbs.includes(t) || sameAct.includes(t))) return false;
  const inSlot = (slot: SlotName): boolean => (event.slots[slot] ?? []).some((v) => v.text === party);
  const symmetric = ctx.knowledge.eventKinds.find((k) => k.kind === event.kind)?.roles === 'symmetric';
  if (symmetric) return inSlot('participants');
  // "Who bought X?" asks for the buyer, "who was arrested" for the one arrested: the party in the asked role.
  return role.kind === 'agent'
    ? inSlot('agents')
    : role.kind === 'object'
      ? inSlot('patients')
      : inSlot('agents') || inSlot('patients');
}

/**
 * Verification of an answer from the event facts: does its cited sentence cover the whole question
 * (its names, years, verb and most of its words), or only the sentences of its event taken together,
 * or neither (then the event is not what was asked about)?
 */
function supportOf(reply: Reply, q: Question, needs: Needs, ctx: Context): 'sentence' | 'event' | 'none' {
  // A person's stated role or a place's country: a fact about a name the question gives, not an event to verify.
  if (!reply.event) return 'sentence';
  const event = reply.event ? ctx.indexed.eventById.get(reply.event) : undefined;
  if (!event) return 'none';
  // "When will the treaty be signed?" is not answered by a signing the article reports as done.
  const published = ctx.indexed.published.get(event.sources[0]!.article);
  if (
    q.target.future &&
    reply.type === 'date' &&
    reply.value &&
    published &&
    /^\d{4}-\d{2}-\d{2}$/.test(reply.value) &&
    reply.value < published
  )
    return 'none';

  const articleTerms = ctx.indexed.articleTerms(event.sources[0]!.article);
  const cited = reply.citations?.find((c) => c !== null);
  const sentence = cited ? ctx.indexed.sentenceAt(cited.article, cited.start) : undefined;
  const inArticle = (words: readonly string[]): boolean => ctx.indexed.mentionsPhrase(words, event.sources[0]!.article);
  // "Who organised the march?" asks for the one in that role: the answer must be a party to the
  // question's own verb in the sentence it cites, not any actor of the event.
  if (q.intent === 'who' && needs.verb && !q.target.reportSlot) {
    const verb = needs.verb;
    const first = (reply.value ?? '').split(/,| and /)[0]!.trim();
    // The verb itself, or a light verb with the verb's event as object ("hold a summit with X" for "meet").
    const asked = (f: StoredFact): boolean =>
      needs.degree(f.predicate.split(' ')[0]!, verb) === 1 ||
      (f.object?.text
        .toLowerCase()
        .split(/\s+/)
        .some((w) => needs.degree(w, verb) === 1) ??
        false);
    // In the role the question asks for: "who bought X" is not answered by X's own purchase of Y. Another verb
    // may carry the act in its object: a light verb's subject does it ("X held talks with Y"); any other verb
    // hands it to the one named with it ("handed X victory", "gave X a 2-1 win"), not to its own subject.
    const roleArgs = (f: StoredFact): ReadonlyArray<FactArg | null | undefined> => {
      const head = f.predicate.split(' ')[0]!;
      const carried = needs.degree(head, verb) < 1;
      if (needs.role.kind === 'agent')
        return !carried ? [f.agent] : ctx.knowledge.lightVerbs.has(head) ? [f.agent, f.object] : [f.object];
      if (needs.role.kind === 'object') return [f.object];
      return [f.agent, f.object, ...f.modifiers.map((m) => m.arg)];
    };
    const inRole = sentence?.facts.some((f) => asked(f) && roleArgs(f).some((a) => a?.text.includes(first)));
    // Where a clause of the sentence states the act and names someone in the asked role, that party decides; the
    // event's own slots only where none does ("agreed to buy X": the clause of "buy" names no buyer; "fired the
    // Director of the FBI X": the object the clause reads names no one).
    const namesParty = (a: FactArg | null | undefined): boolean =>
      !!a &&
      !!sentence?.spans.some(
        (sp) => (sp.kind === 'person' || sp.kind === 'organisation') && sp.start >= a.start && sp.end <= a.end,
      );
    const stated = sentence?.facts.some((f) => asked(f) && roleArgs(f).some(namesParty)) ?? false;
    if (!inRole && (stated || !partyByOwnVerb(verb, first, event, sentence, needs.role, ctx))) return 'none';
  }
  const entityInArticle = (id: string): boolean => mentionedIn(ctx.indexed, id, event.sources[0]!.article);
  if (sentence && coverage(sentence, needs, articleTerms, inArticle, entityInArticle)) return 'sentence';
  const sentences = event.sources.map((s) => ctx.indexed.sentenceAt(s.article, s.start)).filter((s) => s !== undefined);
  return coverage(evidenceOf(sentences), needs, articleTerms, inArticle, entityInArticle) ? 'event' : 'none';
}

import { ORDINAL_WORDS, phraseKey, type Knowledge } from '../extract/knowledge.ts';
import { datelineLength } from '../extract/dateline.ts';
import { isParticiple, type Token } from '../nlp/analyse.ts';
import type { IndexedStore } from '../store/indexes.ts';
import type {
  Entity,
  FactArg,
  SentenceSpan,
  StoredDate,
  StoredFact,
  StoredQuote,
  StoredSentence,
} from '../store/schema.ts';
import { placeWithin, samePlace } from '../store/places.ts';
import { sharedAnswerClasses } from '../understand/answer-classes.ts';
import type { Question } from '../understand/question.ts';
import { AUXILIARIES as AUXILIARY_LIST, WH_WORDS } from '../understand/question-words.ts';
import { citeSentence } from './citations.ts';
import type { Reply } from './engine.ts';
import { formatDate, statedPrecision } from './format.ts';
import { typedValue } from './typed.ts';
import type { WordKinship } from './kin.ts';
import { sameWord, stemBucket } from './words.ts';

/**
 * What a sentence must cover before any of its words may answer the question: the question's
 * names, years and numbers, its main verb, and most of its other content words (by lemma, or
 * by a shared stem: "founded" / "founder", "pricing" / "priced").
 */
export interface Needs {
  /** Lowercase words of each name the question uses; `place` names must be in the cited sentence itself. */
  readonly names: ReadonlyArray<{
    readonly words: readonly string[];
    readonly entities: readonly string[];
    readonly place: boolean;
    readonly phrase?: boolean;
    /** Named only in what the asked event was about ("on the Lafayette crash"): its article must tell of it. */
    readonly topic?: boolean;
  }>;
  readonly years: readonly string[];
  readonly numbers: readonly string[];
  readonly verb: string | null;
  readonly content: readonly string[];
  /** Which part of the matched fact the question asks for. */
  readonly role: AskedRole;
  /** The event noun the question's verb takes as its object ("strike" in "who called the strike"), if any. */
  readonly verbObject: string | null;
  /** The kind of facility asked for ("airport" in "which airport …"): only a place so named answers it. */
  readonly facility: string | null;
  /** Lemmas of the words the question quotes ("Who said "history will record this day"?"). */
  readonly quoted: readonly string[];
  /** Whether a word of a sentence stands for a word of the question (lemma, stem or WordNet relation). */
  readonly same: (sentenceWord: string, questionWord: string) => boolean;
  /** How surely it does: 1 for the word or its stem, less for a WordNet relation. */
  readonly degree: (sentenceWord: string, questionWord: string) => number;
  /** A sentence word's degree to each of `content`, in order: one lookup per word of a sentence. */
  readonly degrees: (sentenceWord: string) => readonly number[];
  /** The same place, or a city and its country either way round. */
  readonly samePlace: (a: string, b: string) => boolean;
  /** The same place, or the first in the second (a city of a country), never the other way round. */
  readonly placeWithin: (inner: string, outer: string) => boolean;
}

/**
 * The agent ("who signed"), the object ("whom did they elect", "who
 * was fired"), a preposition's phrase ("who … to?"), or a speaker.
 */
export type AskedRole =
  | { readonly kind: 'agent' }
  | { readonly kind: 'object' }
  | { readonly kind: 'relation'; readonly relation: string }
  | { readonly kind: 'speaker' };

const QUESTION_WORDS = new Set([...WH_WORDS, 'many', 'much', 'long']);
const AUXILIARIES = new Set(AUXILIARY_LIST);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'am']);
const SPEECH = new Set([
  'say',
  'tell',
  'call',
  'describe',
  'add',
  'state',
  'declare',
  'warn',
  'write',
  'insist',
  'claim',
  'quote',
  'remark',
  'hail',
  'praise',
  'report',
]);
/**
 * Verbs that say an event took place and nothing about which: "held", "happened", "took place". (The
 * extraction's light verbs are wider — "organise", "host" carry another word's event there — but
 * "who organised the march" asks for the organiser.)
 */
const LIGHT_VERBS = new Set([
  'be',
  'have',
  'do',
  'happen',
  'occur',
  'take',
  'get',
  'go',
  'come',
  'hold',
  'place',
  'will',
  'would',
  'shall',
  'can',
  'could',
]);
/** Verbs of speech that also start what they name: "call a strike", "declare a ceasefire". */
const SPEECH_ACTS = new Set(['call', 'declare']);
/** Words that stand for a thing named before: "the union called it". */
const PRONOUNS = new Set(['it', 'this', 'that', 'them', 'these', 'those', 'one']);
const PLACE_VERBS = new Set(['host', 'stage', 'locate', 'situate', 'base']);
/**
 * "When did the strike begin?", "when did the quake strike?": a news event is dated by its start, and these
 * verbs say no more than that it happened, so they ask for its date and nothing a sentence must say.
 */
const START_VERBS = new Set(['begin', 'start', 'commence', 'strike', 'hit', 'erupt']);
/** "How much will X pay for Y?", "what did it cost": verbs of price that name the kind of answer, a sum. */
const PRICE_VERBS = new Set(['pay', 'cost', 'spend', 'charge']);
/** Words that say what kind of answer is wanted, not what it is about ("what year", "which city"). */
const TYPE_WORDS = new Set([
  'date',
  'day',
  'year',
  'month',
  'time',
  'city',
  'country',
  'place',
  'location',
  'town',
  'person',
  'name',
  'number',
]);

/** Reads what a sentence must cover from the question's own words. */
export function needsOf(q: Question, indexed: IndexedStore, knowledge: Knowledge, kinship: WordKinship): Needs {
  const words = q.tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  const names: Array<{ words: string[]; entities: string[]; place: boolean; phrase?: boolean; topic?: boolean }> = [];
  const nameWords = new Set<string>();
  for (const id of [...q.target.entities, ...q.target.topicEntities]) {
    const e = indexed.entities.get(id);
    if (!e) continue;
    // The words of the name as the question writes it: "Xi" for "Xi Jinping", "Kamat" for "Gurudas Kamat".
    const all = [e.name, ...e.aliases].flatMap((n) => n.toLowerCase().split(/[\s]+/));
    // "Ghanaian" for Ghana: a country by its people's word.
    const ofPlace = (t: Token): boolean => e.kind === 'place' && knowledge.demonyms.get(phraseKey(t.text)) === e.name;
    const used = words.filter((t) => all.includes(t.normal) || ofPlace(t)).map((t) => t.normal);
    names.push({
      words: used.length > 0 ? used : all.slice(0, 1),
      entities: [id],
      place: e.kind === 'place',
      ...(q.target.topicEntities.includes(id) ? { topic: true } : {}),
    });
    for (const w of used) nameWords.add(w);
  }
  // Capitalised words not in any entity are still names a sentence must contain ("FARC", "Super Over"),
  // consecutive ones as one name.
  let run: string[] = [];
  const endRun = (): void => {
    if (run.length > 0)
      names.push({ words: run, entities: [], place: run.length === 1 && knowledge.places.has(run[0]!), phrase: true });
    run = [];
  };
  words.forEach((t, i) => {
    const name =
      !nameWords.has(t.normal) &&
      /^\p{Lu}/u.test(t.text) &&
      !(i === 0 && t.pos !== 'PROPN') &&
      !QUESTION_WORDS.has(t.normal) &&
      !AUXILIARIES.has(t.normal) &&
      !t.stop;
    if (!name) return endRun();
    run.push(t.normal);
    nameWords.add(t.normal);
  });
  endRun();
  const years = words.filter((t) => /^(?:1[5-9]|20)\d\d$/.test(t.text)).map((t) => t.text);
  // Numbers and ordinals pin the question to one thing: "the fourth meeting" is not answered by the third.
  const numbers = words
    .filter((t) => (/^\d/.test(t.text) && !years.includes(t.text)) || ORDINAL_WORDS[t.normal] !== undefined)
    .map((t) => t.text.toLowerCase());
  const quoted = quotedLemmas(q.tokens);
  const isContent = (t: Token): boolean =>
    !t.stop &&
    ORDINAL_WORDS[t.normal] === undefined &&
    t.pos !== 'PART' &&
    t.pos !== 'PUNCT' &&
    !QUESTION_WORDS.has(t.normal) &&
    !AUXILIARIES.has(t.normal) &&
    !nameWords.has(t.normal) &&
    !years.includes(t.text) &&
    !/^\d/.test(t.text) &&
    !TYPE_WORDS.has(t.lemma) &&
    /\p{L}{2}/u.test(t.lemma);
  // "happen", "take place", "hold": verbs every event has, which say nothing about which one.
  // For "what will they discuss", "discuss" names the kind of answer (its topics), not something it must say.
  const asksTopics = q.intent === 'about';
  // Likewise "host" and "stage" in "what city will host the summit": they name the kind of answer, a place.
  const asksPlace = q.intent === 'where';
  const asksSum = q.fine === 'money';
  const asksEventDate = q.intent === 'when' && q.target.kinds.length > 0;
  const content = [
    ...new Set(
      words
        .filter(
          (t) =>
            isContent(t) &&
            !quoted.includes(t.lemma) &&
            !LIGHT_VERBS.has(t.lemma) &&
            !(asksTopics && knowledge.topicVerbs.has(t.lemma)) &&
            !(asksPlace && PLACE_VERBS.has(t.lemma)) &&
            !(asksSum && PRICE_VERBS.has(t.lemma)) &&
            !(asksEventDate && t.pos === 'VERB' && START_VERBS.has(t.lemma)),
        )
        .map((t) => t.lemma),
    ),
  ];
  const verbToken =
    words.find((t) => t.pos === 'VERB' && content.includes(t.lemma)) ??
    // "Can the government appeal the ruling?": wink tags the verb a noun; a noun between the subject's noun
    // and a determiner is the verb.
    words.find(
      (t, i) =>
        t.pos === 'NOUN' &&
        content.includes(t.lemma) &&
        /^(?:NOUN|PROPN)$/.test(words[i - 1]?.pos ?? '') &&
        DETERMINERS.has(words[i + 1]?.normal ?? ''),
    );
  const degree = (a: string, b: string): number => kinship.degree(a, b);
  const byWord = new Map<string, number[]>();
  const degrees = (a: string): readonly number[] => {
    let row = byWord.get(a);
    if (!row) byWord.set(a, (row = content.map((w) => degree(a, w))));
    return row;
  };
  const verbObject = verbToken ? eventObjectOf(words, words.indexOf(verbToken), knowledge) : null;
  return {
    names,
    years,
    numbers,
    verb: verbToken?.lemma ?? null,
    content,
    role: askedRole(q.tokens, verbObject !== null),
    verbObject,
    facility: q.head !== null && knowledge.facilityHeads.has(phraseKey(q.head)) ? q.head.toLowerCase() : null,
    quoted,
    same: (a, b) => degree(a, b) > 0,
    degree,
    degrees,
    samePlace: (a, b) => samePlace(a, b, indexed.entities),
    placeWithin: (inner, outer) => placeWithin(inner, outer, indexed.entities),
  };
}

/** "called the strike", "postponed the final match": an event noun heading the verb's object. */
function eventObjectOf(words: readonly Token[], verbAt: number, knowledge: Knowledge): string | null {
  let i = verbAt + 1;
  while (words[i] && /^(?:DET|ADJ|NUM|PROPN|PRON)$/.test(words[i]!.pos) && words[i]!.normal !== 'it') i += 1;
  const head = words[i];
  if (head?.pos !== 'NOUN') return null;
  const noun = words[i + 1]?.pos === 'NOUN' ? words[i + 1]! : head;
  return knowledge.eventNouns.has(noun.lemma) || knowledge.eventNouns.has(noun.normal) ? noun.lemma : null;
}

function quotedLemmas(tokens: readonly Token[]): string[] {
  const open = tokens.findIndex((t) => /^["“]$/.test(t.text));
  if (open < 0) return [];
  const close = tokens.findIndex((t, i) => i > open && /^["”]$/.test(t.text));
  return tokens
    .slice(open + 1, close < 0 ? tokens.length : close)
    .filter((t) => /[\p{L}\p{N}]/u.test(t.text))
    .map((t) => t.lemma);
}

/**
 * Which role the wh-word stands in: "who signed" → agent; "who
 * was fired", "whom did they elect" → object; "who … to?" → "to".
 */
function askedRole(tokens: readonly Token[], eventObject: boolean): AskedRole {
  const words = tokens.filter((t) => /[\p{L}\p{N}"“]/u.test(t.text));
  const wh = words.findIndex((t) => QUESTION_WORDS.has(t.normal));
  const verbs = words.slice(wh + 1);
  // "According to whom …", "who reported …": the source of what the sentence says.
  if (/^according\s+to\s+whom\b/i.test(words.map((t) => t.text).join(' '))) return { kind: 'speaker' };
  const speech = verbs.find((t) => t.pos === 'VERB' || SPEECH.has(t.lemma));
  // "Who called the strike?", "who declared the ceasefire?": these verbs of speech with an event as their
  // object start the event; they say nothing ("who hailed the agreement" still asks for a speaker).
  const quoting = words.some((t) => /^["“]$/.test(t.text));
  const acts = eventObject && SPEECH_ACTS.has(speech?.lemma ?? '');
  if (speech && SPEECH.has(speech.lemma) && ((verbs[0] === speech && !acts) || quoting)) return { kind: 'speaker' };
  const last = words[words.length - 1];
  // "Who did they forward the letter to?": a preposition left
  // dangling at the end (a capitalised one is part of a name).
  if (last && (last.pos === 'ADP' || last.normal === 'to') && /^\p{Ll}/u.test(last.text) && words.length > 2)
    return { kind: 'relation', relation: last.normal };
  const next = verbs[0];
  if (!next) return { kind: 'agent' };
  if (BE_FORMS.has(next.normal)) {
    const participle = verbs.slice(1, 4).findIndex(isParticiple);
    // "Who is expected to become …", "who was forced to resign": whoever does what the infinitive says.
    const infinitive = verbs[participle + 2]?.normal === 'to' && verbs[participle + 3]?.pos === 'VERB';
    if (participle >= 0 && !infinitive) return { kind: 'object' };
  }
  if (AUXILIARIES.has(next.normal) && !BE_FORMS.has(next.normal) && verbs.length > 2 && verbs[1]!.pos !== 'VERB')
    return { kind: 'object' };
  if (words[wh]?.normal === 'whom' || words[wh]?.normal === 'whose') return { kind: 'object' };
  return { kind: 'agent' };
}

/** What verification reads: one sentence, or the sentences an event was told in taken together. */
export type Evidence = Pick<StoredSentence, 'terms' | 'spans' | 'facts'>;

/** The sentences of an event (or any set of cited sentences) as one piece of evidence. */
export function evidenceOf(sentences: readonly StoredSentence[]): Evidence {
  return {
    terms: sentences.flatMap((s) => s.terms),
    spans: sentences.flatMap((s) => s.spans),
    facts: sentences.flatMap((s) => s.facts),
  };
}

export interface Coverage {
  readonly score: number;
  /** Facts of the sentence whose predicate is the question's verb (or one of its content words). */
  readonly facts: readonly StoredFact[];
}

const VERB_WEIGHT = 2;
/** How much a word of the question counts in a share of it: its verb double. */
const weightOf = (needs: Needs, word: string): number => (word === needs.verb ? VERB_WEIGHT : 1);
/**
 * With a name of the question in the sentence, a third of its other words is enough; with its names
 * only elsewhere in the same article, half; with no names to go by, two thirds.
 */
const MIN_WITH_NAME = 0.34;
const MIN_IN_ARTICLE = 0.5;
const MIN_WITHOUT_NAME = 0.66;

/**
 * How well one sentence covers the question, or null when it misses something the answer would
 * have to rest on: a place, year or number the question names, a name that is not in its article,
 * quoted words, or too many of the question's other words.
 */
export function coverage(
  sentence: Evidence,
  needs: Needs,
  articleTerms: ReadonlySet<string>,
  phraseInArticle: (words: readonly string[]) => boolean = () => true,
  entityInArticle: (id: string) => boolean = () => true,
): Coverage | null {
  const terms = sentence.terms;
  const has = (word: string): boolean => terms.some((t) => needs.same(t, word));
  const named = (id: string): boolean => sentence.spans.some((s) => s.entity === id);
  const placeOf = (name: Needs['names'][number], entity: string | undefined): boolean =>
    entity !== undefined && name.entities.some((id) => needs.samePlace(id, entity));
  let namesHere = 0;
  for (const name of needs.names) {
    const here =
      name.entities.some(named) ||
      // A city of the country asked about stands for it ("voters in Tamale" for "the Ghanaian election"); the
      // country does not stand for one of its places ("U.S." is not "Texas").
      (name.place &&
        sentence.spans.some(
          (s) =>
            s.kind === 'place' &&
            s.entity !== undefined &&
            name.entities.some((id) => needs.placeWithin(s.entity!, id)),
        )) ||
      // Words of one name together: "Leila Vasquez" is not "Judge Leila Adebayo sentenced Omar Vasquez".
      (name.words.every((w) => terms.includes(w)) && (name.words.length === 1 || inOrder(terms, name.words)));
    if (here) namesHere += 1;
    // A name of several words is in the article as those words together, or as the entity it names.
    else if (name.words.length > 1 && !phraseInArticle(name.words) && !name.entities.some(entityInArticle)) return null;
    // A name written elsewhere in the same article may be left out of the sentence ("the salute" in a
    // story about one visit); a place may too, unless the sentence names another place instead (a city of
    // the country asked about is no other place).
    else if (!name.words.every((w) => articleTerms.has(w))) return null;
    else if (
      name.place &&
      !name.topic &&
      sentence.spans.some((s) => s.kind === 'place' && !needs.names.some((n) => placeOf(n, s.entity)))
    )
      return null;
  }
  // A year is stated by its digits, or by a date the sentence gives whose year its article fixes
  // ("on Saturday, April 30" in a story of May 2022 says 2022).
  const dated = (year: string): boolean =>
    sentence.spans.some((s) => s.kind === 'date' && s.date?.iso?.startsWith(year) === true);
  for (const y of needs.years) if (!has(y) && !dated(y)) return null;
  for (const n of needs.numbers) if (!has(n)) return null;
  // Quoted words are the words as said: all of them, in their order.
  if (needs.quoted.length > 0 && !inOrder(sentence.terms, needs.quoted)) return null;
  // A phrasal verb is one word to compare: "rolled out" is "roll out", which unveils as a launch does.
  const best = needs.content.map(() => 0);
  const weigh = (word: string): void => {
    const row = needs.degrees(word);
    for (let i = 0; i < row.length; i += 1) if (row[i]! > best[i]!) best[i] = row[i]!;
  };
  for (const t of terms) weigh(t);
  for (const f of sentence.facts) if (f.predicate.includes(' ')) weigh(f.predicate);
  let total = 0;
  let got = 0;
  needs.content.forEach((w, i) => {
    const weight = weightOf(needs, w);
    total += weight;
    got += weight * best[i]!;
  });
  const share = total === 0 ? 1 : got / total;
  if (share < (namesHere > 0 ? MIN_WITH_NAME : needs.names.length > 0 ? MIN_IN_ARTICLE : MIN_WITHOUT_NAME)) return null;
  if (namesHere === 0 && needs.names.length === 0 && total === 0) return null;
  const wanted = needs.verb ? [needs.verb] : needs.content;
  // The fact the question asks about: its verb, or a light verb with the question's word as its object
  // ("made landfall", "held a news conference", "imposed the sentence").
  // Matched surely (word, stem or event family), not by a WordNet
  // relation of some sense: the fact decides the answer's role.
  const sure = (a: string, b: string): boolean => needs.degree(a, b) === 1;
  const facts = sentence.facts.filter(
    (f) => wanted.some((w) => sure(firstWord(f.predicate), w) || sure(f.predicate, w)) && takesObject(f, needs),
  );
  if (facts.length === 0)
    facts.push(
      ...sentence.facts.filter(
        (f) =>
          f.object &&
          takesObject(f, needs) &&
          needs.content.some((w) =>
            f
              .object!.text.toLowerCase()
              .split(/\s+/)
              .some((x) => sure(x, w)),
          ),
      ),
    );
  // Names in the sentence itself count most, then the share of the other words.
  const score = (namesHere + needs.years.length + needs.numbers.length) * 2 + share * 3 + (facts.length > 0 ? 1 : 0);
  return { score, facts };
}

/**
 * "Who called the strike?" asks for whoever called a strike: a fact of the same verb about something else
 * ("Managers called the action unlawful") is another act, and so is the verb naming the event something
 * ("called the strike illegal": extraction keeps the adjective as an "as" phrase). A pronoun may stand for the event.
 */
function takesObject(fact: StoredFact, needs: Needs): boolean {
  const object = needs.verbObject;
  if (!object) return true;
  const named = (arg: FactArg): boolean => needs.content.some((w) => needs.same(arg.text.toLowerCase(), w));
  if (fact.modifiers.some((m) => m.relation === 'as' && !named(m.arg))) return false;
  if (!fact.object) return true;
  // The event may also stand in a phrase of the fact: "handed X victory in the election" for "won the election".
  return [fact.object, ...fact.modifiers.map((m) => m.arg)].some((arg) =>
    arg.text
      .toLowerCase()
      .split(/\s+/)
      .some((w) => PRONOUNS.has(w) || needs.same(w, object)),
  );
}

function firstWord(phrase: string): string {
  const space = phrase.indexOf(' ');
  return space < 0 ? phrase : phrase.slice(0, space);
}

/** Are the words consecutive in the sentence's terms ("world war two", not "world … war")? */
function inOrder(terms: readonly string[], words: readonly string[]): boolean {
  for (let i = 0; i + words.length <= terms.length; i += 1) if (words.every((w, k) => terms[i + k] === w)) return true;
  return false;
}

/** An answer read from one sentence: the words that answer, their bare value and type. */
interface Found {
  readonly text: string;
  readonly value: string;
  readonly type: NonNullable<Reply['type']>;
  /** The entity the value names, when it names one. */
  readonly entity?: string;
  readonly precision?: StoredDate['precision'];
}

const PLACE_RELATIONS = new Set([
  'in',
  'at',
  'from',
  'near',
  'outside',
  'inside',
  'to',
  'into',
  'off',
  'across',
  'over',
  'on',
]);
const YESNO_SHARE = 0.6;
const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade']);
/** Prepositions whose unnamed phrase is still a place ("in his apartment"); "to an end" is not. */
const LOCATIVE = new Set(['in', 'at', 'from', 'near', 'outside', 'inside']);

/** Reads the answer of the asked type out of a covering sentence, never one of the question's own names. */
function readAnswer(
  q: Question,
  needs: Needs,
  sentence: StoredSentence,
  cover: Coverage,
  indexed: IndexedStore,
  knowledge: Knowledge,
): Found | null {
  const own = (text: string, entity?: string): boolean =>
    (entity !== undefined && needs.names.some((n) => n.entities.includes(entity))) ||
    text
      .toLowerCase()
      .split(/[\s'’-]+/)
      .every((w) => needs.names.some((n) => n.words.includes(w)) || /^(?:the|a|an|s)$/.test(w));
  // Nearest the matched fact's verb, or, when no fact has the question's word as its verb (wink tagged
  // "split" a noun), nearest the question's own words in the sentence. A question that says what the event was
  // about is anchored by the words of the event asked of, not of its topic or of a fact that tells of both
  // ("At a news conference on Monday, police said the collision on Sunday …").
  const ofAsked = needs.content.filter((w) => !q.target.topicTerms.includes(w));
  const anchors =
    cover.facts.length > 0 && q.target.topicTerms.length === 0
      ? cover.facts.map((f) => f.start)
      : matchedAt(sentence, { ...needs, names: [], content: ofAsked.length > 0 ? ofAsked : needs.content });
  const nearFacts = (start: number): number => Math.min(Infinity, ...anchors.map((a) => Math.abs(a - start)));
  const byNearness = <T extends { start: number }>(list: T[]): T[] =>
    [...list].sort((a, b) => nearFacts(a.start) - nearFacts(b.start) || a.start - b.start);
  switch (q.intent) {
    case 'when': {
      if (q.fine === 'time') {
        const time = byNearness(
          sentence.spans.filter((s) => (s.kind === 'time' || s.kind === 'date') && clockTime(s.text) !== null),
        )[0];
        return time ? { text: time.text, value: clockTime(time.text)!, type: 'time' } : null;
      }
      // "On Thursday, X praised the evacuation before the landfall": Thursday is not the landfall's date.
      if (matchedAfterTimeWord(sentence, needs)) return null;
      const date = byNearness(
        sentence.spans.filter((s) => s.kind === 'date' && s.date && !needs.years.some((y) => s.text === y)),
      )[0];
      // "What year …" is not answered by "on Tuesday night" in an undated article.
      if (date?.date && !date.date.iso && (q.fine === 'year' || q.fine === 'month')) return null;
      if (date?.date)
        return {
          text: formatDate(date.date),
          value: date.date.iso ?? date.date.text,
          type: 'date',
          precision: statedPrecision(date.date),
        };
      // "The court has ruled that …" with no date: news in the present perfect happened by the day it is published.
      const published = indexed.published.get(sentence.article);
      const perfect = cover.facts.some((f) =>
        /^(?:has|have)\s/i.test(sentence.text.slice(f.start - sentence.start, f.end - sentence.start)),
      );
      // "weakened just after 5 a.m.": the sentence gives the time of day and no date, and that is its answer.
      const time = byNearness(sentence.spans.filter((s) => s.kind === 'time' && clockTime(s.text) !== null))[0];
      if (time) return { text: time.text, value: clockTime(time.text)!, type: 'time' };
      if (published && perfect) {
        const day = { text: published, precision: 'day' as const, iso: published };
        return { text: `${formatDate(day)} (the day the article was published)`, value: published, type: 'date' };
      }
      return null;
    }
    case 'where': {
      // A possessor ("Japan's emperor", "China's main office") names whose it is, not where it is.
      const isPossessor = (span: SentenceSpan): boolean =>
        /^['’]s\b/.test(sentence.text.slice(span.end - sentence.start));
      const places = sentence.spans.filter((s) => s.kind === 'place' && !own(s.text, s.entity) && !isPossessor(s));
      const isNamedPlace = (a: FactArg): boolean =>
        places.some((p) => p.start >= a.start && p.end <= a.end) ||
        (!!a.entity && indexed.entities.get(a.entity)?.kind === 'place');
      const fits = (a: FactArg): boolean => !own(a.text, a.entity) && !isDateArg(a, sentence) && !/^\d/.test(a.text);
      // The place of the asked fact first: a named place in one of its place phrases, else a common noun
      // after "in"/"at" ("in his apartment"); only then the named place nearest the question's words.
      const modifiers = cover.facts.flatMap((f) =>
        f.modifiers.filter((m) => PLACE_RELATIONS.has(m.relation) && fits(m.arg)),
      );
      // Of several, the one right after the question's other words ("felt strongly in X, and more mildly in Y":
      // "where was it felt more mildly" is Y): a word that says how goes before the place it is said of.
      const besideVerb = matchedAt(sentence, {
        ...needs,
        names: [],
        content: needs.content.filter((w) => w !== needs.verb),
      });
      const namedPlaces = modifiers.filter((m) => isNamedPlace(m.arg)).map((m) => m.arg);
      const named =
        besideVerb.length > 0 && namedPlaces.length > 0
          ? (firstAfter([...namedPlaces, ...places], besideVerb) ?? namedPlaces[0])
          : namedPlaces[0];
      const common = modifiers.find(
        (m) =>
          LOCATIVE.has(m.relation) &&
          !m.arg.entity &&
          /^\p{Ll}/u.test(stripDeterminer(m.arg.text)) &&
          isPlaceNoun(m.arg.text),
      )?.arg;
      const near = nearestTo(places, matchedAt(sentence, needs));
      // "Which airport …": a place headed by that word ("Rodriguez Ballon Airport"), never the city it serves.
      const facility = needs.facility;
      if (facility !== null) {
        const asked = [...modifiers.map((m) => m.arg), ...places].filter((a) => headedBy(a.text, facility));
        const venue = nearestTo(asked, matchedAt(sentence, needs));
        if (!venue) return null;
        // Without its possessor: "Arequipa's Rodriguez Ballon Airport" is the airport's name with whose it is.
        const text = stripDeterminer(venue.text).replace(/^\S+['’]s\s+(?=\p{Lu})/u, '');
        return { text, value: text, type: 'place' };
      }
      const pick = named ?? common ?? near;
      if (!pick) return filedFromPlace(sentence, cover, indexed);
      const entity = placeEntityIn(pick, sentence, indexed);
      // As the article writes it ("Reykjavik"), not as the gazetteer spells it.
      const text = stripDeterminer(pick.text);
      return { text, value: text, type: 'place', ...(entity ? { entity: entity.id } : {}) };
    }
    case 'who': {
      // "Who is X?": a name and nothing else to ask about it.
      if (needs.content.length === 0 && needs.names.length === 1 && /^who\s+(?:is|was|are)\b/i.test(q.text)) {
        const role = roleOf(needs, sentence) ?? indexed.entities.get(needs.names[0]!.entities[0] ?? '')?.roles[0]?.text;
        return role ? { text: role, value: role, type: 'role' } : null;
      }
      return readActor(q, needs, sentence, cover, indexed, knowledge, own);
    }
    case 'how_many': {
      const money = /\bhow much\b/i.test(q.text);
      if (/\bhow long\b/i.test(q.text)) {
        const duration = byNearness(
          sentence.spans.filter((s) => s.kind === 'quantity' && s.unit !== undefined && TIME_UNITS.has(s.unit)),
        )[0];
        return duration ? durationOf(duration) : null;
      }
      const head = countedHead(q.target.counted);
      // The noun counted, as its lemma ("spectators" → "spectator").
      const unit =
        (head !== undefined ? (q.tokens.find((t) => t.normal === head)?.lemma ?? head) : undefined) ??
        needs.content.find((w) => !SPEECH.has(w) && w !== needs.verb);
      const quantities = sentence.spans.filter(
        (s) => s.kind === 'quantity' && !needs.numbers.includes(s.text.toLowerCase()),
      );
      // A count of what is asked, or of something the articles say for it ("79,000 fans" for spectators).
      const fit = quantities.filter((s) =>
        money ? s.unit === 'money' : unit !== undefined && s.unit !== undefined && needs.degree(s.unit, unit) > 0,
      );
      // A lone number may count it, unless both are kinds of person and neither is people in general
      // ("52,000 fans" is no count of journalists; "employs 3,800 people" counts employees, "24,500 nurses
      // walked out" the workers on strike), or both are units of time ("12 years" is no number of days).
      const person = (noun: string): boolean => sharedAnswerClasses().classOf(noun) === 'person';
      const countsAny = (s: (typeof quantities)[number]): boolean =>
        s.unit === undefined ||
        unit === undefined ||
        (TIME_UNITS.has(s.unit) && TIME_UNITS.has(unit)
          ? s.unit === unit
          : !person(s.unit) || !person(unit) || PEOPLE_UNITS.has(s.unit) || PEOPLE_UNITS.has(unit));
      const lone = !money && quantities.length === 1 && countsAny(quantities[0]!) ? quantities : [];
      const pick = byNearness(fit.length > 0 ? fit : lone)[0];
      if (!pick) return q.head !== null && !money ? measureOf(q.head, sentence.text) : null;
      // "How many days …" asks a duration: "30 days", as "how long" would be answered.
      if (unit !== undefined && TIME_UNITS.has(unit) && pick.unit === unit) return durationOf(pick);
      // An amount of money is given as written ("$2.4 billion"); a count as its number.
      return {
        text: pick.text,
        value: money || pick.value === undefined ? pick.text : String(pick.value),
        type: money ? 'money' : 'number',
      };
    }
    default:
      return null;
  }
}

/**
 * The number a measure word names in so many words: "the magnitude 6.8 quake", "a magnitude of 6.8", "a 6.8
 * magnitude quake" for "what was the magnitude …".
 */
function measureOf(measure: string, text: string): Found | null {
  const word = measure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const number = '(\\d+(?:[.,]\\d+)?)';
  const m =
    new RegExp(`\\b${word}\\s+(?:of\\s+)?${number}\\b`, 'i').exec(text) ??
    new RegExp(`\\b${number}[\\s-]+${word}\\b`, 'i').exec(text);
  return m ? { text: m[1]!, value: m[1]!, type: 'number' } : null;
}

/** A length of time as the sentence gives it ("12 years"), with its unit when the words leave it out. */
function durationOf(span: SentenceSpan): Found {
  return { text: span.text + (span.text.includes(' ') ? '' : ` ${span.unit}`), value: span.text, type: 'duration' };
}

/** Words that count people of any kind: "people", "workers" (in a strike, whoever walks out). */
const PEOPLE_UNITS: ReadonlySet<string> = new Set(['people', 'person', 'persons', 'individual', 'worker', 'employee']);

/** The noun a "how many" phrase counts: "spectators", "rounds" of "rounds of talks", "meetings" of "previous ones". */
function countedHead(counted: string | null): string | undefined {
  if (counted === null) return undefined;
  const words = counted.split(' ');
  const of = words.indexOf('of');
  return of > 0 ? words[of - 1] : words[words.length - 1];
}

function readActor(
  q: Question,
  needs: Needs,
  sentence: StoredSentence,
  cover: Coverage,
  indexed: IndexedStore,
  knowledge: Knowledge,
  own: (text: string, entity?: string) => boolean,
): Found | null {
  const namedHere =
    needs.names.length === 0 ||
    needs.names.some((n) => n.entities.some((id) => sentence.spans.some((s) => s.entity === id)));
  const actor = (arg: FactArg | undefined): Found | null => {
    if (!arg || own(arg.text, arg.entity)) return null;
    const entity = arg.entity ? indexed.entities.get(arg.entity) : personNamed(arg.text, sentence.article, indexed);
    // A person by their full name ("Park" → "Park Min-jun"); an organisation as the article writes it ("FBI").
    const written = peopleIn(arg, sentence, knowledge, own) ?? stripRole(stripDeterminer(arg.text));
    // The fuller of the two names: the entity's ("Park" → "Park Min-jun") or the phrase's ("Tim" → "Tim Cook").
    const name =
      entity?.kind === 'person'
        ? written.includes(entity.name) && /^\p{Lu}/u.test(written)
          ? written
          : entity.name
        : written;
    if (
      /^(?:he|she|they|it|i|we|you|who|whom|which|that|this|these|those|there|here|what|one|some|all|both)$/i.test(name)
    )
      return null;
    // A phrase headed by an amount or a time ("double their money", "the next day") names no one.
    const head = name.toLowerCase().split(/\s+/).pop() ?? '';
    if (!entity && ['number', 'time'].includes(sharedAnswerClasses().classOf(head))) return null;
    // A sentence that leaves out the question's names ("Brewer buys rival" for "who bought Nordlys Beer?") ties
    // only a named party to them, never an unnamed one ("Brewer").
    if (!entity && !namedHere) return null;
    // An unnamed party is an organisation when its head word names one ("the port authority", "the union").
    const organisation =
      entity?.kind === 'organisation' ||
      (!entity &&
        (sharedAnswerClasses().classOf(head) === 'organisation' || knowledge.organisationCues.has(phraseKey(head))));
    return {
      text: name,
      value: name,
      type: organisation ? 'organisation' : entity?.kind === 'person' ? 'person' : 'actor',
      ...(entity ? { entity: entity.id } : {}),
    };
  };
  if (needs.role.kind === 'speaker') {
    // "…, according to the Korea Football Association": who the sentence says it comes from.
    const according = /\baccording to\s+/i.exec(sentence.text);
    if (according) {
      const from = sentence.start + according.index + according[0].length;
      const source = sentence.spans.find(
        (s) =>
          (s.kind === 'person' || s.kind === 'organisation' || s.kind === 'other') &&
          s.start >= from &&
          s.start - from <= 4 &&
          !own(s.text, s.entity),
      );
      if (source)
        return actor({
          text: source.text,
          start: source.start,
          end: source.end,
          ...(source.entity ? { entity: source.entity } : {}),
        });
    }
    const quote = sentence.quotes.find(
      (qt) => qt.speaker && (needs.quoted.length === 0 || needs.quoted.every((w) => qt.text.toLowerCase().includes(w))),
    );
    const said = quote?.speaker ?? sentence.facts.find((f) => SPEECH.has(f.predicate) && f.agent)?.agent;
    const found = actor(said);
    if (found) return found;
  }
  const byRoleWord = roleHolder(needs, sentence, own);
  if (byRoleWord) return actor(byRoleWord);
  // "Whose resignation did they demand?": the person of "the resignation of X" or "X's resignation".
  const owner = possessorOf(q, needs, sentence, own);
  if (owner) return actor(owner);
  // "Who sentenced X?" answered by "the judge, who imposed the sentence": the verb as the object of another.
  if (needs.verb && needs.role.kind === 'agent') {
    const verb = needs.verb;
    const nominal = sentence.facts.find(
      (f) =>
        f.agent &&
        f.object &&
        f.object.text
          .toLowerCase()
          .split(/\s+/)
          .some((w) => sameWord(w, verb)),
    );
    const found = actor(nominal?.agent);
    if (found) return found;
  }
  // "Voters handed X victory": the act named in the object ("victory" for "win") belongs to the person or
  // organisation named with it, before it.
  const actHolder = (f: StoredFact): FactArg | undefined => {
    const object = f.object;
    if (!needs.verb || !object || needs.degree(firstWord(f.predicate), needs.verb) === 1) return undefined;
    const act = object.text
      .toLowerCase()
      .split(/\s+/)
      .findIndex((w) => needs.degree(w, needs.verb!) === 1);
    if (act < 0) return undefined;
    const actAt = object.start + object.text.split(/\s+/).slice(0, act).join(' ').length;
    const holder = sentence.spans.find(
      (sp) =>
        (sp.kind === 'person' || sp.kind === 'organisation') &&
        sp.start >= object.start &&
        sp.end <= actAt &&
        sp.entity !== undefined,
    );
    return holder ? { text: holder.text, start: holder.start, end: holder.end, entity: holder.entity! } : undefined;
  };
  // A fact that has the question's own names in its other roles first: "who advised Y" in "A advised X, while B
  // advised Y" is B.
  const namesOwn = (f: StoredFact): boolean =>
    [f.object, f.agent, ...f.modifiers.map((m) => m.arg)].some((a) => a !== undefined && own(a.text, a.entity));
  const facts = [...cover.facts].sort((a, b) => Number(namesOwn(b)) - Number(namesOwn(a)));
  for (const f of facts) {
    const role = needs.role;
    const arg =
      role.kind === 'object'
        ? f.object
        : role.kind === 'relation'
          ? f.modifiers.find((m) => m.relation === role.relation)?.arg
          : (actHolder(f) ?? f.agent);
    const found = actor(arg);
    if (found) return found;
  }
  return null;
}

/**
 * "Who heads the panel?" answered by "Lady X, the head of the panel, …"; "Who organised the march?" by
 * "Organiser the Y Front said …": a name set beside a role noun made from the question's verb.
 */
function roleHolder(
  needs: Needs,
  sentence: StoredSentence,
  own: (text: string, entity?: string) => boolean,
): FactArg | null {
  if (needs.role.kind !== 'agent') return null;
  // The role noun made from the question's verb ("head" for "heads"), or the role it names ("Delaney's lawyer").
  const roles = needs.verb ? [needs.verb] : needs.content.length === 1 ? needs.content : [];
  if (roles.length === 0) return null;
  // The role noun says what its holder does in general ("top scorer"), not that they did what is asked ("scored the
  // equaliser"): the sentence must hold one of the question's other words at least ("the head of the panel").
  const others = needs.content.filter((w) => !roles.includes(w));
  if (others.length > 0 && !others.some((w) => sentence.terms.some((t) => needs.same(t, w)))) return null;
  const text = sentence.text;
  const names = sentence.spans.filter(
    (s) => (s.kind === 'person' || s.kind === 'organisation' || s.kind === 'other') && !own(s.text, s.entity),
  );
  for (const word of text.matchAll(/\p{L}+/gu)) {
    const at = sentence.start + word.index;
    const lower = word[0].toLowerCase();
    if (!roles.some((r) => sameWord(lower, r))) continue;
    // The verb itself is no role noun: "X advised Y" makes Y no adviser.
    const isVerb = sentence.facts.some(
      (f) =>
        sameWord(firstWord(f.predicate), lower) &&
        (f.agent === undefined || f.agent.end <= at) &&
        (f.object === undefined || f.object.start > at),
    );
    if (isVerb) continue;
    // Role noun, then the name: "Organiser the Civil Rights Front", "head coach Ann Lee", "his lawyer, Ann Lee,".
    const after = names.find(
      (n) =>
        n.start > at &&
        n.start - (at + lower.length) <= 6 &&
        /^,?[\s]*(?:the\s+)?$/i.test(text.slice(at + lower.length - sentence.start, n.start - sentence.start)),
    );
    if (after) return after;
    // The name, then the role noun in apposition: "Lady X, the head of …". (A name after the noun leaves no text
    // between them, which has no comma.)
    const before = names.find((n) =>
      /^,\s+(?:the\s+|a\s+)?$/i.test(text.slice(n.end - sentence.start, at - sentence.start)),
    );
    if (before) return before;
  }
  return null;
}

/** For "whose N …": the name whose N the sentence speaks of ("the N of Chief Executive X", "X's N"). */
function possessorOf(
  q: Question,
  needs: Needs,
  sentence: StoredSentence,
  own: (text: string, entity?: string) => boolean,
): FactArg | null {
  const whose = /^\s*whose\s+(\p{L}+)/iu.exec(q.text);
  if (!whose) return null;
  const noun = whose[1]!.toLowerCase();
  const people = sentence.spans.filter(
    (s) => (s.kind === 'person' || s.kind === 'organisation') && !own(s.text, s.entity),
  );
  for (const m of sentence.text.matchAll(/\p{L}+/gu)) {
    if (!needs.same(m[0].toLowerCase(), noun)) continue;
    const at = sentence.start + m.index;
    const end = at + m[0].length;
    // A name on the wrong side of the noun leaves no text between them, which has no "of" and no "'s".
    const after = people.find((p) =>
      /^\s+of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.-]*\s+){0,3}$/u.test(
        sentence.text.slice(end - sentence.start, p.start - sentence.start),
      ),
    );
    const before = people.find((p) =>
      /^['’]s\s+$/.test(sentence.text.slice(p.end - sentence.start, at - sentence.start)),
    );
    const found = after ?? before;
    if (found)
      return {
        text: found.text,
        start: found.start,
        end: found.end,
        ...(found.entity ? { entity: found.entity } : {}),
      };
  }
  return null;
}

/** "Who is X?": the role written beside X's name ("X, head of the stock exchange's listings, said …"). */
function roleOf(needs: Needs, sentence: StoredSentence): string | null {
  const names = needs.names.flatMap((n) => n.entities);
  const span = sentence.spans.find((s) => s.entity && names.includes(s.entity));
  if (!span) return null;
  const after = sentence.text.slice(span.end - sentence.start);
  const m = /^,\s+((?:the\s+|a\s+|an\s+)?[^,;.]{3,80}?),/.exec(after);
  return m ? m[1]!.trim() : null;
}

/** A person of the article called by one of their names alone ("Park", "Delaney"). */
function personNamed(text: string, article: string, indexed: IndexedStore): Entity | undefined {
  if (!/^\p{Lu}[\p{L}'’-]*$/u.test(text)) return undefined;
  const ids = indexed.entitiesByName.get(text.toLowerCase()) ?? [];
  const people = ids
    .map((id) => indexed.entities.get(id))
    .filter((e): e is Entity => e?.kind === 'person' && e.mentions.some((m) => m.article === article));
  return people.length === 1 ? people[0] : undefined;
}

/** "Chief Executive Tim Cook" → "Tim Cook": the name without the role words before it. */
function stripRole(text: string): string {
  const words = text.split(/\s+/);
  return words.length > 2 && words.every((w) => /^\p{Lu}/u.test(w)) ? words.slice(-2).join(' ') : text;
}

const CONJUNCTIONS = new Set(['and', 'or', 'nor', 'but', 'with', 'plus']);

/**
 * The names of people or organisations inside a phrase ("Colombian President Juan Manuel Santos and … Jimenez" → both).
 */
function peopleIn(
  arg: FactArg,
  sentence: StoredSentence,
  knowledge: Knowledge,
  own: (text: string, entity?: string) => boolean,
): string | null {
  const inside = sentence.spans.filter(
    (s) =>
      (s.kind === 'person' || s.kind === 'organisation') &&
      s.start >= arg.start &&
      s.end <= arg.end &&
      !own(s.text, s.entity),
  );
  // "Nordlys chief executive Lars Dahl", "Kestrel adviser Ana Ruiz": a name before a role noun and the person
  // holding it says whose role it is; it is not a party of its own.
  const roleWords = (from: number, to: number): boolean => {
    const words = sentence.text
      .slice(from - sentence.start, to - sentence.start)
      .trim()
      .split(/\s+/);
    // "X and finance chief Y" names two people.
    return (
      words.every((w) => /^\p{Ll}[\p{L}'’-]*$/u.test(w) && !CONJUNCTIONS.has(w)) &&
      words.some((w) => knowledge.roleHeads.has(w))
    );
  };
  const qualifiesRole = (s: SentenceSpan): boolean =>
    inside.some((p) => p.kind === 'person' && p.start > s.end && roleWords(s.end, p.start));
  const parties = inside.filter((s) => !qualifiesRole(s));
  if (parties.length === 0) return null;
  // A name goes on through the capitalised words after it in the phrase ("Tim" tagged alone in "Tim Cook").
  const whole = (s: SentenceSpan): string => {
    const rest = sentence.text.slice(s.end - sentence.start, arg.end - sentence.start);
    return s.text + (/^(?:\s+\p{Lu}[\p{L}'’-]*)+/u.exec(rest)?.[0] ?? '');
  };
  return parties.map(whole).join(' and ');
}

/** Is a word the question asks about written after "before", "after", "since" or "until" in the sentence? */
function matchedAfterTimeWord(sentence: StoredSentence, needs: Needs): boolean {
  const words = [...sentence.text.matchAll(/\p{L}[\p{L}'’-]*/gu)].map((m) => m[0].toLowerCase());
  // The asked action, when the question has a verb: "rolled out … the biggest leap since the original
  // iPhone" dates the rolling out, whatever follows "since".
  const asked = needs.verb ? [needs.verb] : needs.content;
  return words.some(
    (w, i) =>
      asked.some((c) => needs.same(w, c)) && words.slice(Math.max(0, i - 3), i).some((x) => TIME_RELATIONS.has(x)),
  );
}

const TIME_RELATIONS = new Set(['before', 'after', 'since', 'until', 'following', 'ahead', 'prior']);

/** Where in the sentence (article offsets) the question's words are. */
function matchedAt(sentence: StoredSentence, needs: Needs): number[] {
  const asked = [...needs.content, ...needs.names.flatMap((n) => n.words)];
  const out: number[] = [];
  for (const m of sentence.text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const word = m[0].toLowerCase();
    if (asked.some((w) => needs.same(word, w))) out.push(sentence.start + m.index);
  }
  return out;
}

/** The span starting soonest after any of the given offsets; undefined when none starts after one. */
function firstAfter<T extends { start: number }>(spans: readonly T[], at: readonly number[]): T | undefined {
  const gap = (s: T): number => Math.min(Infinity, ...at.filter((a) => a < s.start).map((a) => s.start - a));
  const after = spans.filter((s) => gap(s) < Infinity);
  return after.sort((a, b) => gap(a) - gap(b) || a.start - b.start)[0];
}

/** The span nearest any of the given offsets; the first one when there are none. */
function nearestTo<T extends { start: number; end: number }>(
  spans: readonly T[],
  at: readonly number[],
): T | undefined {
  const distance = (s: T): number =>
    Math.min(Infinity, ...at.map((a) => (a < s.start ? s.start - a : a > s.end ? a - s.end : 0)));
  return [...spans].sort((a, b) => distance(a) - distance(b) || a.start - b.start)[0];
}

/** "11:48 p.m." → "23:48", "1443 hrs" → "14:43", "5 a.m." → "05:00"; null when the words give no clock time. */
export function clockTime(text: string): string | null {
  const m =
    /\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?/i.exec(text) ??
    /\b(\d{1,2}):(\d{2})\b()/.exec(text) ??
    /\b(\d{2})(\d{2})\s*(?:hrs|hours|GMT|UTC|IST)\b()/i.exec(text);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? '0');
  const half = (m[3] ?? '').toLowerCase();
  if (half === 'p' && hour < 12) hour += 12;
  if (half === 'a' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/**
 * "CUPERTINO, California (Reuters) – Apple on Tuesday rolled out …": a wire story's opening sentence
 * happened where the story was filed from, when it names no place of its own and states the asked fact.
 */
function filedFromPlace(sentence: StoredSentence, cover: Coverage, indexed: IndexedStore): Found | null {
  const place = indexed.filedFrom.get(sentence.article);
  if (!place || cover.facts.length === 0 || datelineLength(sentence.text) === 0) return null;
  return { text: place.text, value: place.name, type: 'place' };
}

function isDateArg(arg: FactArg, sentence: StoredSentence): boolean {
  return sentence.spans.some((s) => (s.kind === 'date' || s.kind === 'time') && s.start < arg.end && s.end > arg.start);
}

/** The place a phrase names: its own entity, or the last place named inside it ("the coast of Louisiana"). */
function placeEntityIn(
  pick: { start: number; end: number; entity?: string },
  sentence: StoredSentence,
  indexed: IndexedStore,
): Entity | undefined {
  const own = pick.entity ? indexed.entities.get(pick.entity) : undefined;
  if (own?.kind === 'place') return own;
  const inside = sentence.spans.filter(
    (s) => s.kind === 'place' && s.entity && s.start >= pick.start && s.end <= pick.end,
  );
  return inside.length > 0 ? indexed.entities.get(inside[inside.length - 1]!.entity!) : undefined;
}

/** Is the phrase's head noun a kind of place in WordNet ("his apartment", "the office"; not "in person")? */
function isPlaceNoun(phrase: string): boolean {
  const head = phrase.toLowerCase().split(/\s+/).pop() ?? '';
  const classes = sharedAnswerClasses();
  return [head, head.replace(/s$/, ''), head.replace(/es$/, '')].some((w) => classes.classOf(w) === 'place');
}

/** Whether a phrase's last word is the noun, or its plural ("Rodriguez Ballon Airport" by "airport"). */
export function headedBy(phrase: string, noun: string): boolean {
  const last = phrase.toLowerCase().split(/\s+/).pop() ?? '';
  return last === noun || last === `${noun}s`;
}

function stripDeterminer(text: string): string {
  return text.replace(/^(?:the|a|an|their|its|his|her|our)\s+/i, '');
}

const SAYING = /\b(?:say|says|said|tell|tells|told|add|added|warn|warned|call|called)\b/i;

/** "What did X say …", "what did X tell …": the question asks for someone's words. */
function asksWhatWasSaid(q: Question): boolean {
  return /^\s*what\b/i.test(q.text) && SAYING.test(q.text);
}

/** The quotation in the sentence whose speaker is the one the question names. */
function saidBy(q: Question, needs: Needs, sentence: StoredSentence): StoredQuote | undefined {
  if (!asksWhatWasSaid(q)) return undefined;
  return sentence.quotes.find((quote) => {
    const speaker = quote.speaker;
    if (!speaker) return false;
    const words = speaker.text.toLowerCase().split(/[\s'’]+/);
    return needs.names.some(
      (n) =>
        (speaker.entity !== undefined && n.entities.includes(speaker.entity)) || n.words.some((w) => words.includes(w)),
    );
  });
}

/** Is the sentence's statement negated where the question's words are: "no further appeal", "did not sign"? */
function negatedIn(sentence: StoredSentence, needs: Needs): boolean {
  const relevant = (f: StoredFact): boolean =>
    [needs.verb, ...needs.content].some(
      (w) =>
        w &&
        (sameWord(f.predicate.split(' ')[0]!, w) ||
          (f.object?.text
            .toLowerCase()
            .split(/\s+/)
            .some((x) => sameWord(x, w)) ??
            false)),
    );
  return (
    sentence.facts.some((f) => f.negated && relevant(f)) ||
    (/\bno\s+(?:\w+\s+){0,2}/i.test(sentence.text) &&
      needs.content.some((w) => new RegExp(`\\bno\\s+(?:\\w+\\s+){0,2}${w.slice(0, 5)}`, 'i').test(sentence.text)))
  );
}

const K1 = 1.2;
const B = 0.75;
const CANDIDATES = 40;

/**
 * Sentences ranked by BM25 over the question's words and the store words that share their stem,
 * best first: the candidates that verification then checks one by one.
 */
function candidateSentences(needs: Needs, indexed: IndexedStore, knowledge: Knowledge): number[] {
  const { postings, lengths, averageLength, count, stems } = indexed.retrieval;
  const asked = [
    ...new Set([
      ...needs.names.flatMap((n) => n.words),
      ...needs.years,
      ...needs.numbers,
      ...(needs.verb ? [needs.verb] : []),
      ...needs.content,
      ...needs.quoted,
    ]),
  ];
  const scores = new Map<number, number>();
  const best = new Map<number, number>();
  for (const word of asked) {
    const variants = (stems.get(stemBucket(word)) ?? []).filter((t) => sameWord(t, word));
    // An event word finds the sentences that tell of its kind of event in other words ("earthquake": "the quake").
    // So does a word said for it ("ashore" for "landfall") or one whose act brings it about ("killed" for "died").
    const kin = [
      ...eventKindWords(word, knowledge),
      ...(knowledge.paraphrases.get(word) ?? []),
      ...causesOf(word, knowledge),
    ].filter((w) => w !== word && !variants.includes(w));
    // Its forms and kin are one word of the question: a sentence scores by the best of them, so "the
    // Championship final" does not count "final" twice.
    best.clear();
    for (const term of [...(variants.length > 0 ? variants : [word]), ...kin]) {
      const list = postings.get(term);
      if (!list) continue;
      const idf = Math.log(1 + (count - list.length + 0.5) / (list.length + 0.5));
      for (let k = 0; k < list.length; k += 1) {
        const i = list.sentences[k]!;
        const tf = list.counts[k]!;
        const norm = (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * (lengths[i] ?? 0)) / (averageLength || 1)));
        if (idf * norm > (best.get(i) ?? 0)) best.set(i, idf * norm);
      }
    }
    for (const [i, score] of best) scores.set(i, (scores.get(i) ?? 0) + score);
  }
  return [...scores]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, CANDIDATES)
    .map(([i]) => i);
}

/** The verbs whose act brings about this one's outcome ("kill" for "die"). */
function causesOf(word: string, knowledge: Knowledge): string[] {
  const out: string[] = [];
  for (const [cause, outcome] of knowledge.causes) if (outcome === word) out.push(cause);
  return out;
}

/** The one-word nouns of an event word's kind ("earthquake": "quake", "tremor"; "meet": "talks", "meeting"). */
function eventKindWords(word: string, knowledge: Knowledge): string[] {
  const kinds = [knowledge.eventNouns.get(word), knowledge.eventVerbs.get(word)];
  return [...new Set(kinds.flatMap((k) => k?.nouns ?? []))].filter((w) => !/[\s-]/.test(w));
}

/**
 * The fallback for every question the event facts do not answer: the best sentence that covers the
 * whole question and holds an answer of the asked type, cited. Null when no sentence does.
 */
export function answerFromSentences(
  q: Question,
  needs: Needs,
  indexed: IndexedStore,
  knowledge: Knowledge,
  ownSentences: readonly StoredSentence[] = [],
): Reply | null {
  if (needs.names.length + needs.content.length + needs.quoted.length === 0) return null;
  const quoted = quotationOf(q, needs, indexed);
  if (quoted) return quoted;
  const ranked: Array<{ sentence: StoredSentence; cover: Coverage; own: boolean }> = [];
  // The sentences of the event the question is about come first: in a large store, retrieval's best few can all
  // be other stories' sentences of the same kind ("54,000 spectators" among every final's "fans" and "crowd").
  const retrieved = candidateSentences(needs, indexed, knowledge).map((i) => indexed.sentence(i));
  const candidates = [
    ...ownSentences.map((sentence) => ({ sentence, own: true })),
    ...retrieved
      .filter((r) => !ownSentences.some((o) => o.article === r.article && o.start === r.start))
      .map((sentence) => ({ sentence, own: false })),
  ];
  for (const { sentence, own } of candidates) {
    const cover = coverage(
      sentence,
      needs,
      indexed.articleTerms(sentence.article),
      (words) => indexed.mentionsPhrase(words, sentence.article),
      (id) => mentionedIn(indexed, id, sentence.article),
    );
    if (cover) ranked.push({ sentence, cover, own });
  }
  // Body text before captions, the event's own sentences before others, then the sentence that covers the
  // question best; the sort is stable, so ties keep retrieval's order.
  ranked.sort(
    (a, b) =>
      Number(a.sentence.caption) - Number(b.sentence.caption) ||
      Number(b.own) - Number(a.own) ||
      b.cover.score - a.cover.score,
  );
  for (const { sentence, cover } of ranked) {
    const reply = replyFrom(q, needs, sentence, cover, indexed, knowledge);
    if (reply) return reply;
  }
  return null;
}

/** Does the article mention the entity (by any of its names)? */
export function mentionedIn(indexed: IndexedStore, id: string, article: string): boolean {
  return indexed.entities.get(id)?.mentions.some((m) => m.article === article) ?? false;
}

/** "Who called the strike?" is not answered by "the walkout", nor "who will X meet" by "a summit". */
function isEventWord(found: Found, knowledge: Knowledge): boolean {
  if (found.entity) return false;
  const last = found.value.toLowerCase().split(/\s+/).pop() ?? '';
  return knowledge.eventNouns.has(last) || knowledge.eventNouns.has(last.replace(/s$/, ''));
}

/**
 * "What did X say about Y?": X's quotations in the articles, the one sharing most words with Y first.
 * The topic is not required to be in the quotation itself ("about the ceasefire" → "a historic day").
 */
function quotationOf(q: Question, needs: Needs, indexed: IndexedStore): Reply | null {
  if (!asksWhatWasSaid(q) || needs.names.length === 0) return null;
  const seen = new Set<number>();
  let best: { sentence: StoredSentence; quote: StoredQuote; overlap: number } | null = null;
  for (const word of needs.names.flatMap((n) => n.words)) {
    for (const i of indexed.retrieval.postings.get(word)?.sentences ?? []) {
      if (seen.has(i)) continue;
      seen.add(i);
      const sentence = indexed.sentence(i);
      const quote = saidBy(q, needs, sentence);
      if (!quote) continue;
      const overlap = needs.content.filter((w) => sentence.terms.some((t) => needs.same(t, w))).length;
      if (!best || overlap > best.overlap) best = { sentence, quote, overlap };
    }
  }
  if (!best) return null;
  const { sentence, quote } = best;
  return {
    answered: true,
    answer: `“${quote.text}” — ${quote.speaker!.text}.`,
    citations: [citeSentence(indexed, sentence)],
    value: quote.text.replace(/[,.;:]$/, ''),
    type: 'quote',
  };
}

function replyFrom(
  q: Question,
  needs: Needs,
  sentence: StoredSentence,
  cover: Coverage,
  indexed: IndexedStore,
  knowledge: Knowledge,
): Reply | null {
  const citations = [citeSentence(indexed, sentence)];
  // "What will they discuss": only a sentence that says what is discussed (a topic word) answers it.
  if (q.intent === 'about' && !sentence.terms.some((t) => knowledge.topicVerbs.has(t) || knowledge.topicNouns.has(t)))
    return null;
  // "How long …" asks for a duration whatever else its words look like; "what was the magnitude …", a number.
  if (/\bhow long\b/i.test(q.text) || (q.intent === 'what' && q.fine === 'number')) {
    const found = readAnswer({ ...q, intent: 'how_many' }, needs, sentence, cover, indexed, knowledge);
    return found ? { answered: true, answer: `${found.text}.`, citations, value: found.value, type: found.type } : null;
  }
  if (q.intent === 'yesno') {
    // A yes or a no must rest on a sentence about most of what is asked, not one that shares its names:
    // at least three in five of the question's own words, the verb weighing double as in coverage.
    // "Can the government appeal the ruling?" is not answered by a sentence about the ruling alone.
    const weight = (w: string): number => weightOf(needs, w);
    const matched = needs.content.reduce(
      (sum, w) => sum + weight(w) * Math.max(0, ...sentence.terms.map((t) => needs.degree(t, w))),
      0,
    );
    const total = needs.content.reduce((sum, w) => sum + weight(w), 0);
    if (total > 0 && matched < YESNO_SHARE * total) return null;
    const no = negatedIn(sentence, needs);
    return {
      answered: true,
      answer: `${no ? 'No' : 'Yes'}, according to the article.`,
      citations,
      value: no ? 'no' : 'yes',
      type: 'yesno',
    };
  }
  if (q.intent === 'what' || q.intent === 'about' || q.intent === 'unknown') {
    // "What did X say (about Y)?": X's own quoted words.
    const said = saidBy(q, needs, sentence);
    if (said)
      return {
        answered: true,
        answer: `“${said.text}” — ${said.speaker!.text}.`,
        citations,
        value: said.text.replace(/[,.;:]$/, ''),
        type: 'quote',
      };
    if (asksWhatWasSaid(q)) return null;
    // A whole sentence is given only when it holds every word the question asks about, and there is
    // enough to go on: a name of the question in it, or two words at least ("what is pasta" has one).
    if (!needs.content.every((w) => sentence.terms.some((t) => needs.same(t, w)))) return null;
    const named = needs.names.some((n) => n.words.every((w) => sentence.terms.includes(w)));
    if (!named && needs.content.length < 2) return null;
    return {
      answered: true,
      answer: `From the articles: "${sentence.text}"`,
      citations,
      value: sentence.text,
      type: 'description',
    };
  }
  const found = readAnswer(q, needs, sentence, cover, indexed, knowledge);
  if (!found || (q.intent === 'who' && isEventWord(found, knowledge))) return null;
  // "When will the treaty be signed?" is not answered by a signing dated before the article was written.
  const published = indexed.published.get(sentence.article);
  if (
    found.type === 'date' &&
    q.target.future &&
    published &&
    /^\d{4}-\d{2}-\d{2}$/.test(found.value) &&
    found.value < published
  )
    return null;
  const reply: Reply = {
    answered: true,
    answer: `${found.text.replace(/\.$/, '')}.`,
    citations,
    value: found.value,
    type: found.type,
    ...(found.entity ? { valueEntity: found.entity } : {}),
    ...(found.precision ? { precision: found.precision } : {}),
  };
  // A value of another kind than the one asked ("what city" and a country) sends us on to the next sentence.
  return typedValue(q, reply, indexed) ? reply : null;
}

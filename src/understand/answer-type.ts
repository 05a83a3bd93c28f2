import type { Token } from '../nlp/analyse.ts';
import type { AnswerClass, AnswerClasses } from './answer-classes.ts';
import { chatRequest, withoutPreamble } from './chat-phrases.ts';
import type { Intent } from './intent.ts';
import { AUXILIARIES, CHAT_SPELLINGS, WH_WORDS } from './question-words.ts';

/** The kind of value that answers the question, finer than the intent: "what city" wants a city, never a country. */
export const FINE_TYPES = [
  'date',
  'year',
  'month',
  'time',
  'duration',
  'city',
  'country',
  'place',
  'person',
  'organisation',
  'role',
  'number',
  'money',
  'quote',
  'topic',
  'yesno',
  'other',
] as const;
export type FineType = (typeof FINE_TYPES)[number];

export interface AnswerType {
  readonly intent: Intent;
  readonly fine: FineType;
  /** The lemma of the noun that names what is asked ("city", "newspaper", "year"), when there is one. */
  readonly head: string | null;
}

/** Words that make a question about what was discussed: the knowledge's topic cues (events.json). */
export interface TopicCues {
  readonly topicVerbs: ReadonlySet<string>;
  readonly topicNouns: ReadonlySet<string>;
}

/** Auxiliaries as wink splits them too ("'s", "'ll", "wo" of "won't", "ca" of "can't"). */
const AUXILIARY_FORMS: ReadonlySet<string> = new Set([
  ...AUXILIARIES,
  "'s",
  "'re",
  "'m",
  "'ve",
  "'ll",
  "'d",
  'wo',
  'ca',
]);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'am', "'s", "'re", "'m"]);
const PREPOSITIONS = new Set([
  'of',
  'in',
  'on',
  'at',
  'for',
  'from',
  'to',
  'by',
  'with',
  'about',
  'into',
  'during',
  'after',
  'before',
  'since',
  'until',
  'near',
  'between',
  'among',
  'under',
  'over',
  'through',
  'across',
  'around',
  'against',
  'within',
  'without',
  'per',
  'than',
  'like',
  'as',
  'upon',
  'behind',
  'beside',
  'outside',
  'inside',
  'throughout',
  'toward',
  'towards',
]);
const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'why', 'how']);
const WH: ReadonlySet<string> = new Set(WH_WORDS);
/** Number words are not head nouns ("what two countries"), though WordNet lists them as nouns. */
const NUMBER_WORDS = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'twenty',
  'hundred',
  'thousand',
  'million',
  'billion',
  'first',
  'second',
  'third',
  'last',
  'only',
  'most',
  'least',
  'same',
  'other',
  'kind',
]);
/** "what kind of X", "the name of the X": the noun that names what is asked comes after "of". */
const SHELL_NOUNS = new Set([
  'kind',
  'type',
  'sort',
  'name',
  'brand',
  'form',
  'variety',
  'species',
  'breed',
  'make',
  'model',
  'title',
]);
/** "how old", "how tall": a measurement, not a count. */
const MEASURE_ADVERBS = new Set([
  'old',
  'far',
  'tall',
  'big',
  'high',
  'large',
  'deep',
  'wide',
  'fast',
  'heavy',
  'hot',
  'cold',
  'small',
  'short',
  'long',
  'low',
  'thick',
  'warm',
  'early',
  'late',
  'close',
  'strong',
  'loud',
  'bright',
  'great',
  'expensive',
  'cheap',
]);
const MONEY_WORDS = new Set([
  'cost',
  'pay',
  'price',
  'spend',
  'worth',
  'charge',
  'earn',
  'money',
  'dollar',
  'sell',
  'buy',
  'owe',
  'fund',
  'budget',
  'salary',
  'afford',
]);
const SAY_VERBS = new Set(['say', 'tell', 'state', 'claim', 'tweet', 'write', 'declare', 'comment', 'remark']);
interface Word {
  readonly normal: string;
  readonly lemma: string;
  readonly pos: string;
  readonly stop: boolean;
  /** Written with a capital, not first in the question: a name, whatever wink's tag says. */
  readonly capital: boolean;
}

/**
 * The answer type of a question from its question word and head noun (Huang, Thint & Qin 2008):
 * "what/which NOUN", "what is the NOUN of …", "the name of the NOUN" take the class of that noun
 * in WordNet (`classes`); "who", "where", "when", "how many / much / long" say it themselves;
 * a question opening with an auxiliary is yes/no. Works from lowercased forms and word order, not
 * from POS alone, because wink's tags are unreliable on lowercase chat.
 */
export function readAnswerType(tokens: readonly Token[], classes: AnswerClasses, topics: TopicCues): AnswerType {
  const words: Word[] = tokens
    .filter((t) => /[\p{L}\p{N}]/u.test(t.text))
    .map((t, i) => {
      const normal = CHAT_SPELLINGS[t.normal] ?? t.normal.replace(/’/g, "'");
      return {
        normal,
        lemma: normal === t.normal ? t.lemma : normal,
        pos: t.pos,
        stop: t.stop,
        capital: i > 0 && /^\p{Lu}/u.test(t.text),
      };
    });
  if (words.length === 0) return type('unknown', 'other');
  const said = words.map((w) => w.normal).join(' ');

  const request = chatRequest(said);
  if (request) return type(request, 'other');

  const rest = withoutPreamble(said);
  const skip = words.length - rest.split(' ').length;
  const q = words.slice(Math.max(0, skip));
  return fromQuestion(q, classes, topics);
}

function fromQuestion(q: readonly Word[], classes: AnswerClasses, topics: TopicCues): AnswerType {
  // Prepositions before the question word: "in what year", "to whom", "for how many".
  let at = 0;
  while (at < q.length && PREPOSITIONS.has(q[at]!.normal) && at < 3) at += 1;
  const wh = q[at] && WH.has(q[at]!.normal) ? at : -1;
  if (wh < 0) return withoutQuestionWord(q, classes, topics);
  const word = q[wh]!.normal;
  const after = q.slice(wh + 1);

  switch (word) {
    case 'who':
    case 'whom':
    case 'whose':
      return type('who', organisationAsked(after, classes) ? 'organisation' : 'person');
    case 'where':
      return type('where', 'place');
    case 'when':
      return type('when', 'date');
    case 'why':
      return type('what', 'other');
    case 'how':
      return fromHow(after, classes);
    default:
      return fromWhat(after, classes, topics);
  }
}

function fromHow(after: readonly Word[], classes: AnswerClasses): AnswerType {
  const next = after[0]?.normal;
  if (next === 'many') {
    const head = headOf(nounPhrase(after.slice(1), classes), classes);
    return type('how_many', 'number', head?.lemma ?? null);
  }
  if (next === 'much') {
    const money = after.some((w) => MONEY_WORDS.has(w.lemma) || MONEY_WORDS.has(w.normal));
    const head = headOf(nounPhrase(after.slice(1), classes), classes);
    return type('how_many', money ? 'money' : 'number', head?.lemma ?? null);
  }
  if (next === 'often') return type('how_many', 'number');
  // "how long is the river" asks for a length, but in chat about events "how long" is a duration.
  if (next === 'long') return type('how_many', 'duration');
  if (next && MEASURE_ADVERBS.has(next)) return type('what', 'number');
  return type('what', 'other');
}

function fromWhat(after: readonly Word[], classes: AnswerClasses, topics: TopicCues): AnswerType {
  const direct = nounPhrase(skipQuantifiers(after), classes);
  const lastWord = after.at(-1);
  const verbs = after.filter(
    (w) => !AUXILIARY_FORMS.has(w.normal) && (w.pos === 'VERB' || topics.topicVerbs.has(w.lemma)),
  );
  const discussed = verbs.some((v) => topics.topicVerbs.has(v.lemma));
  // "what city", "which newspaper", "what year", "what topics".
  if (direct.words.length > 0) {
    const head = headOf(direct, classes);
    if (namesTopic(direct.words, topics)) return type('about', 'topic', head?.lemma ?? null);
    if (head && head.cls !== 'other' && head.cls !== 'name') return typed(head);
    if (discussed) return type('about', 'topic', head?.lemma ?? null);
    return type('what', 'other', head?.lemma ?? null);
  }
  // "what is the NOUN of …", "what was X's NOUN", "what is the name of the NOUN".
  if (after[0] && BE.has(after[0].normal)) {
    const phrase = nounPhrase(after.slice(1), classes, true);
    const head = headOf(phrase, classes);
    if (lastWord?.normal === 'about' || namesTopic(phrase.words, topics))
      return type('about', 'topic', head?.lemma ?? null);
    // "what is a shaman", "what is Geneva": a definition or a description, not a typed value.
    const definite = phrase.words.length > 0 && !/^(?:a|an)$/.test(phrase.words[0]!.normal);
    if (head?.cls === 'name') {
      // "what was X's nickname": a person's name unless X is typed ("the city's name" → a place).
      const owner = headOf(phrase.possessor, classes);
      if (owner && owner.cls !== 'other' && owner.cls !== 'name') return typed(owner);
      const someone =
        phrase.possessor.length > 0 &&
        phrase.possessor.every((w) => w.pos === 'PROPN' || w.pos === 'PRON' || w.capital);
      if (someone || /^(?:his|her|their|my|your)$/.test(phrase.words[0]?.normal ?? ''))
        return type('who', 'person', head.lemma);
    } else if (head && head.cls !== 'other' && definite && !head.named) return typed(head);
    // "what is the name of Frederick I": the name of someone named.
    if (phrase.named && head && head.cls === 'other' && phrase.words.some((w) => w.pos === 'PROPN' || w.capital))
      return type('who', 'person', head.lemma);
    if (discussed) return type('about', 'topic', head?.lemma ?? null);
    return type('what', head?.cls === 'number' ? 'number' : 'other', head?.lemma ?? null);
  }
  // "what did they discuss", "what will they talk about", "what did X say about Y".
  if (verbs.some((v) => SAY_VERBS.has(v.lemma))) return type('what', 'quote');
  if (discussed || lastWord?.normal === 'about') return type('about', 'topic');
  if (
    after.some(
      (w, i) => w.normal === 'about' && i > 0 && (after[i + 1] === undefined || PREPOSITIONS.has(after[i + 1]!.normal)),
    )
  )
    return type('about', 'topic');
  return type('what', 'other');
}

/** "what topics", "one talking point of …": a topic noun, alone or as the end of a compound. */
function namesTopic(words: readonly Word[], topics: TopicCues): boolean {
  return words.some(
    (w, i) =>
      topics.topicNouns.has(w.lemma) ||
      topics.topicNouns.has(w.normal) ||
      (i > 0 && topics.topicNouns.has(`${words[i - 1]!.normal} ${w.normal}`)),
  );
}

/** Questions with no question word: "Did they meet?", "geneva summit date?", "tell me about the summit". */
function withoutQuestionWord(q: readonly Word[], classes: AnswerClasses, topics: TopicCues): AnswerType {
  const first = q[0]!;
  if (AUXILIARY_FORMS.has(first.normal)) return type('yesno', 'yesno');
  // A question word later on: "and the summit is when?", "approximately how many …",
  // "the talks lasted how many days", "the envoy was a native of what country". (Never the first word:
  // fromQuestion has taken a question opening with one.)
  const late = q.findIndex((w) => WH.has(w.normal) && w.normal !== 'why');
  if (late >= 0) {
    const word = q[late]!.normal;
    const rest = q.slice(late + 1);
    if (word === 'how' && /^(?:many|much|often|long)$/.test(rest[0]?.normal ?? '')) return fromHow(rest, classes);
    if (word === 'what' || word === 'which') {
      const head = headOf(nounPhrase(rest, classes), classes);
      if (head && head.cls !== 'other' && head.cls !== 'name') return typed(head);
    } else if (word !== 'how') return fromQuestion(q.slice(late), classes, topics);
  }
  if (/^(?:name|list|identify|give)$/.test(first.normal)) {
    const phrase = nounPhrase(q.slice(1), classes, true);
    const head = headOf(phrase, classes);
    if (head && head.cls !== 'other') return typed(head);
  }
  if (q.some((w) => w.normal === 'about')) return type('about', 'topic');
  if (/^(?:tell|describe|explain|summari[sz]e|show)$/.test(first.normal)) return type('what', 'other');
  // A bare noun phrase: its head is the last noun before any "of" ("date of the summit", "summit date").
  const of = q.findIndex((w) => w.normal === 'of');
  const phrase = of > 0 ? q.slice(0, of) : q;
  for (let i = phrase.length - 1; i >= 0; i -= 1) {
    const w = phrase[i]!;
    if (w.stop || NUMBER_WORDS.has(w.normal)) continue;
    const cls = classOfWord(w, classes);
    if (cls === 'time' || cls === 'place' || cls === 'person' || cls === 'role')
      return typed({ lemma: lemmaOf(w, classes), cls, named: false });
    break;
  }
  return type('unknown', 'other');
}

/** Quantifiers before the noun: "which of the following NOUNs", "what kind of NOUN", "what two NOUNs". */
function skipQuantifiers(words: readonly Word[]): readonly Word[] {
  let i = 0;
  if (words[0]?.normal === 'of') {
    i = 1;
    while (words[i] && /^(?:the|these|those|following|them|all)$/.test(words[i]!.normal)) i += 1;
  }
  return words.slice(i);
}

interface Phrase {
  readonly words: readonly Word[];
  /** The phrase was reached through a name noun ("the nickname of …", "X's name"): a name is asked. */
  readonly named: boolean;
  /** Whose the head is, in "X's Y": the words of X. */
  readonly possessor: readonly Word[];
}

/**
 * The noun phrase at the start of `words`: up to an auxiliary, preposition, relative word or verb.
 * Right after the question word, "X's" ends it ("what actor's autobiography" asks for the actor);
 * after "is", determiners and adjectives come first ("the largest city"), "X's Y" reads as Y, and a
 * shell or name noun followed by "of" ("the name of the spokesman") reads as what follows "of".
 */
function nounPhrase(words: readonly Word[], classes: AnswerClasses, afterBe = false): Phrase {
  const phrase: Word[] = [];
  let named = false;
  let possessor: Word[] = [];
  let i = 0;
  for (; i < words.length; i += 1) {
    const w = words[i]!;
    if (w.normal === "'s" || w.normal === "'") {
      if (!afterBe) break;
      possessor = phrase.splice(0);
      continue;
    }
    const last = phrase.at(-1);
    if (w.normal === 'of' && last && (SHELL_NOUNS.has(last.lemma) || classOfWord(last, classes) === 'name')) {
      named ||= classOfWord(last, classes) === 'name';
      phrase.length = 0;
      continue;
    }
    // A compound with "of" that WordNet lists ("body of water", "head of state").
    const nextWord = words[i + 1];
    if (w.normal === 'of' && last && nextWord) {
      const compound = `${last.normal} of ${nextWord.lemma}`;
      if (classes.classOf(compound) !== 'other') {
        phrase[phrase.length - 1] = { ...last, normal: compound, lemma: compound };
        i += 1;
        continue;
      }
    }
    if (
      w.normal === 'of' &&
      afterBe &&
      phrase.length > 0 &&
      phrase.every((p) => p.stop || NUMBER_WORDS.has(p.normal) || p.pos === 'ADJ')
    ) {
      // "one of the …", "the first of the …", "some of the …": the group named after "of".
      phrase.length = 0;
      continue;
    }
    if (AUXILIARY_FORMS.has(w.normal) || PREPOSITIONS.has(w.normal) || RELATIVES.has(w.normal)) break;
    // After a common noun, a determiner, name or adjective starts the rest of the clause
    // ("what company markets a shampoo", "what actor married John …"): wink tagged the verb as a noun.
    const hasNoun = phrase.some((p) => p.pos === 'NOUN');
    if (w.pos === 'VERB' && phrase.some((p) => p.pos !== 'DET' && !p.stop)) break;
    if (hasNoun && !afterBe && (w.pos === 'DET' || w.pos === 'PROPN' || w.pos === 'ADJ' || w.pos === 'PRON')) {
      if (phrase.length > 1 && phrase.at(-1)!.pos === 'NOUN') phrase.pop();
      return { words: phrase, named, possessor };
    }
    phrase.push(w);
  }
  // wink tags a verb after the subject as a plural noun ("what city hosts the summit", "what
  // state borders Illinois"): a last word followed by an object is the verb, not the head.
  const next = words[i];
  if (
    phrase.length > 1 &&
    next &&
    // The question's own verb came next ("what film company made the movie"): the phrase ended before
    // it. After "is" a verb more often ends a relative clause ("the prophecies the witches make").
    (afterBe || next.pos !== 'VERB') &&
    !PREPOSITIONS.has(next.normal) &&
    !AUXILIARY_FORMS.has(next.normal) &&
    !RELATIVES.has(next.normal) &&
    !(next.normal === "'s")
  ) {
    if (
      next.pos === 'DET' ||
      next.pos === 'PROPN' ||
      next.pos === 'PRON' ||
      next.pos === 'NUM' ||
      next.pos === 'ADJ' ||
      next.stop
    )
      phrase.pop();
  }
  return { words: phrase, named, possessor };
}

interface Head {
  readonly lemma: string;
  readonly cls: AnswerClass;
  /** The phrase is a name ("the Geneva summit" is not, "Geneva" is): a definition is asked. */
  readonly named: boolean;
}

/**
 * The head of a noun phrase: the last noun WordNet gives an answer class ("U.S. state" → state,
 * "news agency" → agency), trying two-word compounds first ("film star", "time zone"); otherwise
 * the last noun.
 */
function headOf(phrase: Phrase | readonly Word[], classes: AnswerClasses): Head | null {
  const words = 'words' in phrase ? phrase.words : phrase;
  // Stop words only when not nouns ("name" is a wink stop word); names written as such are not
  // heads unless nothing else is ("John" is a toilet in WordNet, "What President …" is not a name).
  const content = words.filter(
    (w) =>
      (!w.stop || w.pos === 'NOUN') &&
      !NUMBER_WORDS.has(w.normal) &&
      !/^\d/.test(w.normal) &&
      !/^(?:DET|PRON|VERB|AUX)$/.test(w.pos),
  );
  const common = content.filter((w) => !(w.capital && w.pos === 'PROPN'));
  const nouns = common.length > 0 ? common : content;
  if (nouns.length === 0) return null;
  for (let i = nouns.length - 1; i >= 0; i -= 1) {
    const w = nouns[i]!;
    const before = nouns[i - 1];
    if (before) {
      const compound = `${before.normal} ${w.lemma}`;
      const cls = classes.classOf(compound);
      if (cls !== 'other') return { lemma: compound, cls, named: false };
    }
    const cls = classOfWord(w, classes);
    if (cls !== 'other' && !(w.pos === 'ADJ' && i < nouns.length - 1))
      return { lemma: lemmaOf(w, classes), cls, named: false };
  }
  const last = nouns.at(-1)!;
  if (last.pos !== 'NOUN' && last.pos !== 'PROPN') return null;
  return { lemma: last.lemma, cls: 'other', named: last.pos === 'PROPN' && nouns.length === 1 };
}

function classOfWord(w: Word, classes: AnswerClasses): AnswerClass {
  for (const form of forms(w)) {
    const cls = classes.classOf(form);
    if (cls !== 'other') return cls;
  }
  return 'other';
}

function lemmaOf(w: Word, classes: AnswerClasses): string {
  return forms(w).find((f) => classes.classOf(f) !== 'other') ?? w.lemma;
}

/** Lemma, then the word as written, then plain singulars: wink's lemma misses some plurals. */
function forms(w: Word): string[] {
  const n = w.normal;
  return [w.lemma, n, n.replace(/ies$/, 'y'), n.replace(/es$/, ''), n.replace(/s$/, '')];
}

/** What a typed head asks for, refined by the head itself (a city, a year). */
function typed(head: Head): AnswerType {
  switch (head.cls) {
    case 'place':
      return type('where', PLACE_FINE[head.lemma] ?? 'place', head.lemma);
    case 'person':
      return type('who', 'person', head.lemma);
    case 'organisation':
      return type('who', 'organisation', head.lemma);
    case 'role':
      return type('who', 'role', head.lemma);
    case 'time':
      return type('when', TIME_FINE[head.lemma] ?? 'date', head.lemma);
    case 'number':
      return type('how_many', 'number', head.lemma);
    default:
      return type('what', 'other', head.lemma);
  }
}

/** Heads that narrow a place or a time to the value that qualifies ("what city" wants a city). */
const PLACE_FINE: Readonly<Record<string, FineType>> = {
  city: 'city',
  town: 'city',
  capital: 'city',
  village: 'city',
  metropolis: 'city',
  municipality: 'city',
  country: 'country',
  nation: 'country',
};
const TIME_FINE: Readonly<Record<string, FineType>> = {
  year: 'year',
  month: 'month',
  time: 'time',
  hour: 'time',
  minute: 'time',
  'time of day': 'time',
  'clock time': 'time',
};

function organisationAsked(after: readonly Word[], classes: AnswerClasses): boolean {
  // "who is the company that …": the head after "who is the" says whether a group is asked for.
  if (!after[0] || !BE.has(after[0].normal)) return false;
  return headOf(nounPhrase(after.slice(1), classes, true), classes)?.cls === 'organisation';
}

function type(intent: Intent, fine: FineType, head: string | null = null): AnswerType {
  return { intent, fine, head };
}

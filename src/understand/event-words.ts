import type { EventKindDef, Knowledge, ReportingDef } from '../extract/knowledge.ts';
import type { Token } from '../nlp/analyse.ts';
import { FRAME_WORDS } from './question-words.ts';

/** What a question's words outside its names say about the event asked of. */
export interface EventWords {
  /** Event kinds named ("summit", "meet"), in question order. */
  readonly kinds: readonly string[];
  /** Their families (a summit and talks are both meetings). */
  readonly families: readonly string[];
  /** The report asked about ("who announced …" → `announcedBy`): the first reporting word's slot. */
  readonly reportSlot: 'announcedBy' | 'confirmedBy' | 'statedBy' | null;
  /** Role words used without a person's name ("the White House press secretary"). */
  readonly roleWords: readonly string[];
  /** Content verbs that are not event, report or auxiliary words ("translate", "win"). */
  readonly verbs: readonly string[];
}

/** Verbs too general to say which fact is asked ("what happened", "what did they say"). */
const VAGUE_VERBS: ReadonlySet<string> = new Set([
  'happen',
  'say',
  'tell',
  'know',
  'mention',
  'go',
  'get',
  'become',
  'call',
  'name',
  'describe',
  'show',
  'give',
  'find',
  'think',
  'mean',
]);

/** The event kind a word names ("summit", "met"), by lemma then as written, nouns before verbs. */
function eventKindOf(t: Token, knowledge: Knowledge): EventKindDef | undefined {
  return (
    knowledge.eventNouns.get(t.lemma) ??
    knowledge.eventNouns.get(t.normal) ??
    knowledge.eventVerbs.get(t.lemma) ??
    knowledge.eventVerbs.get(t.normal)
  );
}

/** The report a word names ("announced", "statement"). */
function reportOf(t: Token, knowledge: Knowledge): ReportingDef | undefined {
  return (
    knowledge.reportingVerbs.get(t.lemma) ??
    knowledge.reportingNouns.get(t.lemma) ??
    knowledge.reportingVerbs.get(t.normal)
  );
}

/**
 * Reads the event words of a question from its words outside names (`free`). A word names an event,
 * else a report, else it may be a role word or a content verb (or both).
 */
export function readEventWords(free: readonly Token[], knowledge: Knowledge): EventWords {
  const events = free.map((t) => eventKindOf(t, knowledge)).filter((k) => k !== undefined);
  const rest = free.filter((t) => eventKindOf(t, knowledge) === undefined);
  const report = rest.map((t) => reportOf(t, knowledge)).find((r) => r !== undefined);
  const plain = rest.filter((t) => reportOf(t, knowledge) === undefined);
  return {
    kinds: [...new Set(events.map((k) => k.kind))],
    families: [...new Set(events.map((k) => k.family))],
    reportSlot: report ? (report.slot as EventWords['reportSlot']) : null,
    roleWords: plain.filter((t) => isRoleWord(t, knowledge)).map((t) => t.normal),
    verbs: plain.filter((t) => isContentVerb(t, knowledge)).map((t) => t.lemma),
  };
}

function isRoleWord(t: Token, knowledge: Knowledge): boolean {
  return knowledge.roleHeads.has(t.lemma) || knowledge.roleHeads.has(t.normal) || knowledge.roleModifiers.has(t.normal);
}

/** A verb that says what happened in its own words: not a stop, light, topic, vague or question word. */
function isContentVerb(t: Token, knowledge: Knowledge): boolean {
  return (
    t.pos === 'VERB' &&
    !t.stop &&
    !knowledge.lightVerbs.has(t.lemma) &&
    !knowledge.topicVerbs.has(t.lemma) &&
    !VAGUE_VERBS.has(t.lemma) &&
    !FRAME_WORDS.has(t.normal)
  );
}

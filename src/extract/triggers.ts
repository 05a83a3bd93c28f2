import type { Token } from '../nlp/analyse.ts';
import type { EventKindDef, Knowledge, ReportingDef } from './knowledge.ts';
import { topicPhraseHead } from './topics.ts';

/** An event word or a reporting word of a clause, as an inclusive token range. */
export interface Trigger {
  first: number;
  last: number;
  /** Same-family words of the clause folded into this one ("meeting … summit"). */
  members?: Trigger[];
  kind?: EventKindDef;
  report?: ReportingDef;
}

/** The event and reporting words of a clause, in order; a two-word event word ("roll out") is one. */
export function findTriggers(tokens: readonly Token[], a: number, b: number, knowledge: Knowledge): Trigger[] {
  const found: Trigger[] = [];
  for (let i = a; i <= b; i += 1) {
    const t = tokens[i] as Token;
    const pair = i < b ? `${t.lemma} ${tokens[i + 1]!.lemma}` : '';
    const isNoun = t.pos === 'NOUN' || t.pos === 'PROPN' || isNamedHead(tokens, i, b);
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

/**
 * "The Highland Shield final, played in …": wink tags an event noun after a name and before no other noun as an
 * adjective; it heads the phrase ("the final decision" is an adjective before its noun).
 */
function isNamedHead(tokens: readonly Token[], i: number, b: number): boolean {
  const t = tokens[i]!;
  const after = i < b ? tokens[i + 1] : undefined;
  return (
    t.pos === 'ADJ' &&
    tokens[i - 1]?.pos === 'PROPN' &&
    !(after && (after.pos === 'NOUN' || after.pos === 'PROPN' || after.pos === 'ADJ'))
  );
}

/** "The first meeting … during the G7 summit" is one event: same-family words in a clause merge. */
export function mergeSameFamily(triggers: readonly Trigger[], knowledge: Knowledge): Trigger[] {
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

/** Tokens between a word and the nearest of these triggers; Infinity when there is none. */
export function nearestDistance(triggers: readonly Trigger[], index: number): number {
  return Math.min(Infinity, ...triggers.map((t) => distanceTo(t, index)));
}

/** The trigger nearest a word, the earlier on a tie; undefined when there is none. */
export function closestTrigger(triggers: readonly Trigger[], index: number): Trigger | undefined {
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

/**
 * The event words that may take a clause's word at an index. An event word heading the phrase of a topic
 * preposition right after another event word ("an inquiry into the derailment", "a news conference on the
 * crash") is what that one is about: past a verb after its phrase ("… began in Nairobi on Wednesday"), the clause
 * goes on about the event that has it as its topic, so such a word takes nothing there.
 */
export function claimantsIn(
  tokens: readonly Token[],
  b: number,
  triggers: readonly Trigger[],
  knowledge: Knowledge,
): (index: number) => readonly Trigger[] {
  const topicEnds = new Map<Trigger, number>();
  for (const t of triggers) {
    const members = t.members ?? [t];
    const isTopic = (m: Trigger): boolean =>
      triggers.some(
        (u) => u !== t && (u.members ?? [u]).some((v) => topicPhraseHead(tokens, v.last + 1, b, knowledge) === m.last),
      );
    if (members.every(isTopic)) topicEnds.set(t, Math.max(...members.map((m) => m.last)));
  }
  if (topicEnds.size === 0) return () => triggers;
  const verbBetween = (from: number, to: number): boolean =>
    tokens.slice(from + 1, to).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  return (index) =>
    triggers.filter((t) => {
      const end = topicEnds.get(t);
      return end === undefined || index <= end || !verbBetween(end, index);
    });
}

import type { Token } from '../nlp/analyse.ts';

// Words that open a subordinate clause when a verb follows them ("after Sergei spoke with …").
const SUBORDINATORS = new Set([
  'after',
  'before',
  'since',
  'until',
  'because',
  'while',
  'when',
  'whereas',
  'although',
  'though',
  'once',
  'unless',
  'whether',
]);
const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose', 'where']);

/**
 * Cuts a sentence into clauses (inclusive token ranges) so that each date, place and name is
 * read with the verb or event word of its own clause: "X will hold a summit with Y, as Z
 * announced on Thursday" gives the date to the announcement, not to the summit.
 */
export function splitClauses(tokens: readonly Token[]): Array<[number, number]> {
  const cuts: number[] = [];
  for (let i = 1; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    if (t.text === ';' || t.text === ':') cuts.push(i);
    else if (t.text === ',' && next && opensClause(tokens, i + 1)) cuts.push(i);
    else if (t.pos === 'CCONJ' && next && (next.pos === 'AUX' || next.pos === 'VERB')) cuts.push(i);
    // "X fired Y and Z seemed …": a new subject and verb after a clause that already has its verb.
    else if (t.pos === 'CCONJ' && next && verbAhead(tokens, i + 1) && verbSince(tokens, cuts[cuts.length - 1] ?? 0, i))
      cuts.push(i);
    else if (
      (SUBORDINATORS.has(t.normal) || (RELATIVES.has(t.normal) && t.pos !== 'DET')) &&
      verbAhead(tokens, i + 1) &&
      !continuesSubject(tokens, i)
    )
      cuts.push(i);
  }
  const clauses: Array<[number, number]> = [];
  let start = 0;
  for (const cut of cuts) {
    if (cut > start) clauses.push([start, cut - 1]);
    start = cut;
  }
  clauses.push([start, tokens.length - 1]);
  return clauses.filter(([a, b]) => b >= a);
}

/**
 * "Cyclone X killed 43 people after it came ashore near Y on Wednesday": a clause whose subject is "it", with no
 * comma before it, goes on telling of the sentence's subject, so its place and date are read with it.
 */
function continuesSubject(tokens: readonly Token[], i: number): boolean {
  return tokens[i + 1]?.normal === 'it' && tokens[i - 1]?.pos !== 'PUNCT' && SUBORDINATORS.has(tokens[i]!.normal);
}

function opensClause(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.normal === 'as' || SUBORDINATORS.has(t.normal)) return true;
  if (t.pos === 'PRON' && t.normal !== 'its') return true;
  const next = tokens[i + 1];
  return t.pos === 'DET' && !!next && (next.pos === 'AUX' || next.pos === 'VERB');
}

function verbSince(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (tokens[i]!.pos === 'VERB') return true;
  return false;
}

function verbAhead(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < Math.min(tokens.length, from + 6); i += 1) {
    const t = tokens[i] as Token;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
    if (t.pos === 'PUNCT') return false;
  }
  return false;
}

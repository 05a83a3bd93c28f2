/**
 * What a chat message says around or instead of a question: a request for help, small talk, a request
 * for the timeline, and the politeness before a real question ("can you tell me where …"). Patterns
 * over the message's lowercased words joined by single spaces.
 */

/** A regular-expression group matching any one of `parts` (each itself a pattern). */
const oneOf = (parts: readonly string[]): string => `(?:${parts.join('|')})`;

/** "can you tell me", "could you please let us know", "would you show me". */
const ASK_YOU = '(?:can|could|would|will) you (?:please )?(?:tell|show|say|explain to|let) (?:me|us)(?: know)?';
const EMBEDDINGS = [
  ASK_YOU,
  'tell me',
  'do you know',
  'does anyone know',
  "i (?:want|would like|'d like|need) to know",
  'i wonder',
  "i'm wondering",
  'remind me',
  'any idea',
];
/** Politeness and embedding that come before the real question: "can you tell me where …". */
const PREFIXES: readonly RegExp[] = [
  /^(?:hi|hello|hey|yo|ok|okay|so|and|but|well|um|uh|oh|please|pls|plz|bot|newsbot)\b\s*/,
  new RegExp(`^${oneOf(EMBEDDINGS)}\\b\\s*`),
];

const HELP = new RegExp(
  `^${oneOf([
    'help',
    'usage',
    'commands',
    'what can you (?:do|answer|tell me)',
    'how (?:do|does|can) (?:this|it|you|i use (?:this|it|you)) work',
    'how do i use (?:this|it|you)',
  ])}\\b`,
);
const GREETINGS = [
  'hi',
  'hello',
  'hey',
  'yo',
  'hiya',
  'howdy',
  'thanks',
  'thank you',
  'thx',
  'ty',
  'cheers',
  'good (?:morning|afternoon|evening|night)',
  'bye',
  'goodbye',
  'see you',
  'who are you',
  'how are you(?: doing)?',
  "what's up",
  'sup',
];
/** Greetings and thanks alone, one or more, perhaps addressed ("hi there", "thanks bot!"). */
const GREETING = new RegExp(`^(?:${oneOf(GREETINGS)}\\b[\\s\\p{P}]*)+(?:there|all|everyone|bot|newsbot)?$`, 'u');
// "What events happened on …" asks about a date, not for the timeline: a list request names no more than the events.
/** "list", "timeline", "show me all the events", with what is listed after it ("list the summits"). */
const LIST_COMMAND =
  '(?:list|timeline|show (?:me )?(?:all |the )*(?:events|timeline))' +
  '(?: (?:all |the |of )*(?:events?|summits?|meetings?|known events|you know))?';
/** "what are all the events", "which summits do you know". */
const LIST_QUESTION =
  '(?:what|which) (?:are )?(?:all )?(?:the )?(?:events|summits)' +
  '(?: (?:do|can) you (?:know|answer)| (?:are there|you know|have you got))?';
const LIST = new RegExp(`^${oneOf([LIST_COMMAND, LIST_QUESTION, '(?:all|known) events'])}$`);

/** A message that asks for help, makes small talk or asks for the timeline, rather than asking a question. */
export function chatRequest(said: string): 'help' | 'smalltalk' | 'list' | null {
  if (HELP.test(said)) return 'help';
  if (GREETING.test(said)) return 'smalltalk';
  if (LIST.test(said)) return 'list';
  return null;
}

/** The question without the greetings and embedding before it ("hi, can you tell me where …" → "where …"). */
export function withoutPreamble(said: string): string {
  let rest = said;
  for (let changed = true; changed;) {
    changed = false;
    for (const p of PREFIXES) {
      const next = rest.replace(p, '');
      if (next !== rest && next !== '') {
        changed = true;
        rest = next;
      }
    }
  }
  return rest;
}

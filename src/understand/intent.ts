/**
 * The kinds of answer a question seeks: the one home of the list (the Answer schema, the engine and
 * the tests take it from here). `yesno` is a question opening with an auxiliary ("Did they meet?");
 * A duration ("how long …") is a `how_many` with the fine type `duration`: the intents stay few and the
 * fine type says what kind of quantity. The intent itself is read by `readAnswerType` (answer-type.ts).
 */
export const INTENTS = [
  'when',
  'where',
  'who',
  'what',
  'how_many',
  'yesno',
  'list',
  'about',
  'help',
  'smalltalk',
  'unknown',
] as const;
export type Intent = (typeof INTENTS)[number];

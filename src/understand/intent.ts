/**
 * The kinds of answer a question seeks: the one home of the list (the Answer schema, the engine and
 * the tests take it from here). `yesno` is a question opening with an auxiliary ("Did they meet?");
 * `how_long` asks for a duration. The intent itself is read by `readAnswerType` (answer-type.ts).
 */
export const INTENTS = ['when', 'where', 'who', 'what', 'how_many', 'how_long', 'yesno', 'list', 'about', 'help', 'smalltalk', 'unknown'] as const;
export type Intent = (typeof INTENTS)[number];

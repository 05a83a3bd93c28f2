export const INTENTS = ['when', 'where', 'who', 'what', 'how_many', 'yesno', 'list', 'about', 'help', 'smalltalk', 'unknown'] as const;
export type Intent = (typeof INTENTS)[number];

// Each cue names the kind of answer sought; the earliest cue in the question wins, so
// "who announced the date" is a `who` question and "what date will they meet" a `when` one.
const CUES: ReadonlyArray<readonly [Exclude<Intent, 'what' | 'unknown'>, RegExp]> = [
  ['help', /^(?:help|usage|commands|\?+|what can you (?:do|answer)|how (?:do|does) (?:this|it|you) work)\b/],
  ['smalltalk', /^(?:hi|hello|hey|yo|thanks|thank you|thx|good (?:morning|afternoon|evening)|bye|goodbye|who are you|how are you)\b/],
  ['list', /\b(?:list|timeline|(?:all|which|what) (?:the )?events|show (?:me )?(?:all |the )?events|events (?:do you know|you know))\b/],
  ['how_many', /\bhow (?:many|often)\b|\bnumber of\b|\bcount of\b/],
  ['when', /\bwhen\b|\b(?:what|which) (?:date|day|time|year|month|weekday)\b|\bdate\b|\bwhat time\b|\bon what\b/],
  ['where', /\bwhere\b|\b(?:what|which) (?:city|country|place|location|venue|town|capital|nation|region)\b|\blocation\b|\bvenue\b|\bhost(?:s|ed|ing)?\b/],
  ['who', /\bwho(?:m|se)?\b|\b(?:what|which) (?:person|man|woman|official|spokes(?:man|woman|person)|minister|president|leader|secretary|organi[sz]ation|newspaper|agency|government|people)\b|\bname of\b|\b(?:role|job|title|position)\b/],
  ['about', /\babout\b|\bdiscuss\w*\b|\btopics?\b|\bagenda\b|\btalking points?\b|\bsubjects?\b|\bconflicts?\b/],
];

/** The kind of answer a question seeks, from its wording: reported even when the answer is unknown. */
export function classifyIntent(normalised: string, hasTarget: boolean): Intent {
  let best: Intent | null = null;
  let at = Infinity;
  for (const [intent, cue] of CUES) {
    const m = cue.exec(normalised);
    if (m && m.index < at) {
      best = intent;
      at = m.index;
    }
  }
  if (best) return best;
  // "Did …?", "Can the government appeal …?", "Has X confirmed …?": answered yes or no.
  if (/^(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would|should)\b/.test(normalised)) return 'yesno';
  if (/^(?:what|which|why|how|tell me|describe|explain)\b/.test(normalised) || /\bwhat\b/.test(normalised)) return 'what';
  return hasTarget ? 'what' : 'unknown';
}

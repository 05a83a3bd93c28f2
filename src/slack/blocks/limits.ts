/** Slack's own limits on what one message or view may hold. */
export const SLACK_LIMITS = {
  sectionText: 3000,
  contextElementText: 3000,
  contextElements: 10,
  messageBlocks: 50,
  homeBlocks: 100,
  buttonValue: 2000,
  /** The notification / screen-reader fallback; Slack truncates message text far beyond this. */
  fallbackText: 3000,
} as const;

/** How much of a cited sentence a reply quotes: long enough to read, short enough to scan. */
export const QUOTE_CHARS = 600;
/** Citations shown under one answer; more are summarised in one line. */
export const MAX_CITATIONS_SHOWN = 5;

import type { types } from '@slack/bolt';
import type { TimelineEntry } from '../../answer/index.ts';
import { escapeSlack, safeText, truncate } from '../text.ts';
import { SLACK_LIMITS } from './limits.ts';

/** The building blocks every message and view here is made of. */
export type KnownBlock = types.KnownBlock;

export interface SlackMessage {
  readonly text: string;
  readonly blocks: KnownBlock[];
}

export function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(text, SLACK_LIMITS.sectionText) } };
}

export function context(text: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(text, SLACK_LIMITS.contextElementText) }] };
}

/** The noun as a count of n needs it: "source", "sources". */
export function plural(n: number, noun: string): string {
  return n === 1 ? noun : `${noun}s`;
}

/** "1 source", "3 sources". */
export function counted(n: number, noun: string): string {
  return `${n} ${plural(n, noun)}`;
}

export const NO_EVENTS = 'No events yet: add articles to data/articles and run `npm run extract`.';

/** One event of a timeline, escaped, in the parts the Home tab and `/events list` lay out differently. */
export function timelineParts(entry: TimelineEntry): {
  label: string;
  when: string;
  place: string | null;
  sources: string;
} {
  return {
    label: safeText(entry.label, 200),
    when: entry.date ? escapeSlack(entry.date) : 'date not stated',
    place: entry.place ? escapeSlack(entry.place) : null,
    sources: counted(entry.articles, 'source'),
  };
}

import type { types } from '@slack/bolt';
import type { TimelineEntry } from '../../answer/index.ts';
import type { FeedbackTotals } from '../../feedback/index.ts';
import { escapeSlack } from '../text.ts';
import { context, counted, NO_EVENTS, plural, section, timelineParts, type KnownBlock } from './elements.ts';
import { SLACK_LIMITS } from './limits.ts';

export interface HomeFacts {
  readonly timeline: readonly TimelineEntry[];
  readonly examples: readonly string[];
  readonly articles: number;
  readonly feedback: FeedbackTotals;
  readonly command: string;
}

/** The Home tab: what the bot knows (a timeline of events with their sources) and how to ask. */
export function homeView(facts: HomeFacts): types.HomeView {
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'News events', emoji: true } },
    section(
      `I answer questions about the events in *${facts.articles}* ${plural(facts.articles, 'news article')}, ` +
        `and quote the sentence each answer comes from. ` +
        `Mention me in a channel, send me a direct message, or use \`${facts.command} QUESTION\`.`,
    ),
    { type: 'divider' },
    section(`*Timeline* (${counted(facts.timeline.length, 'event')})`),
  ];
  // Leave room for the closing blocks; Slack refuses a Home view of more than 100 blocks.
  const room = SLACK_LIMITS.homeBlocks - blocks.length - 6;
  const shown = facts.timeline.slice(0, room);
  for (const entry of shown) blocks.push(timelineBlock(entry));
  if (facts.timeline.length > shown.length)
    blocks.push(
      context(`…and ${facts.timeline.length - shown.length} more. Use \`${facts.command} list\` for all of them.`),
    );
  if (facts.timeline.length === 0) blocks.push(context(NO_EVENTS));
  blocks.push(
    { type: 'divider' },
    section(`*Try asking*\n${facts.examples.map((q) => `• ${escapeSlack(q)}`).join('\n') || '• help'}`),
  );
  blocks.push(context(`Feedback so far: 👍 ${facts.feedback.up} · 👎 ${facts.feedback.down}`));
  return { type: 'home', blocks };
}

function timelineBlock(entry: TimelineEntry): KnownBlock {
  const p = timelineParts(entry);
  return section(`*${p.label}*\n${p.when}${p.place ? ` · ${p.place}` : ''} · ${p.sources}`);
}

import type { TimelineEntry } from '../../answer/index.ts';
import { escapeSlack } from '../text.ts';
import { context, NO_EVENTS, section, timelineParts, type SlackMessage } from './elements.ts';
import { SLACK_LIMITS } from './limits.ts';

/** Usage of the slash command and the other ways in, with questions this store can answer. */
export function helpMessage(command: string, examples: readonly string[]): SlackMessage {
  const asks = examples.map((q) => `• \`${command} ${escapeSlack(q)}\``).join('\n');
  return {
    text: `Ask me about the news events in the articles: ${command} QUESTION, or ${command} list for the timeline.`,
    blocks: [
      section(
        `*Ask me about the news events in the articles.* I answer with the sentence each answer comes from.\n` +
          `• \`${command} QUESTION\`: a private answer, with a button to share it\n` +
          `• \`${command} list\`: the timeline of known events\n` +
          `• mention me in a channel, or send me a direct message`,
      ),
      section(`*For example*\n${asks || '• (no events in the store yet)'}`),
    ],
  };
}

/** `/events list`: the whole timeline, one line per event, within one message's limits. */
export function timelineMessage(timeline: readonly TimelineEntry[]): SlackMessage {
  if (timeline.length === 0) return { text: 'No events yet.', blocks: [section(NO_EVENTS)] };
  const lines = timeline.map((e) => {
    const p = timelineParts(e);
    return `• *${p.label}*: ${p.when}${p.place ? `, ${p.place}` : ''} (${p.sources})`;
  });
  const chunks: string[] = [];
  let current = '';
  for (const line of lines) {
    if (current && current.length + line.length + 1 > SLACK_LIMITS.sectionText - 10) {
      chunks.push(current);
      current = '';
    }
    current += `${current ? '\n' : ''}${line}`;
  }
  if (current) chunks.push(current);
  const room = SLACK_LIMITS.messageBlocks - 2;
  const blocks = [section(`*Known events* (${timeline.length})`), ...chunks.slice(0, room).map(section)];
  if (chunks.length > room) blocks.push(context('…the timeline is longer than one message can hold.'));
  return { text: `Known events: ${timeline.length}`, blocks };
}

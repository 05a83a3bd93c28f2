import type { Answer, Citation, ConflictView } from '../../answer/index.ts';
import { SURFACES, type Surface } from '../../feedback/index.ts';
import { escapeSlack, safeText, truncate } from '../text.ts';
import { describeCandidate } from '../../answer/conversation.ts';
import { ACTION_IDS, CHOOSE_EVENT_IDS } from './actions.ts';
import { context, plural, section, type KnownBlock, type SlackMessage } from './elements.ts';
import { MAX_CITATIONS_SHOWN, QUOTE_CHARS, SLACK_LIMITS } from './limits.ts';

export interface AnswerMessageOptions {
  /** Where the answer is shown; recorded with feedback on it. */
  readonly surface: Surface;
  /** Show the question above the answer: where Slack does not show it already (slash command, shared answer). */
  readonly showQuestion?: { readonly askedBy: string | undefined };
  /** 👍/👎 buttons under the answer. */
  readonly feedback: boolean;
  /** A "Share in channel" button: for the private answer to a slash command. */
  readonly share: boolean;
}

/**
 * One answer as a Slack message: the answer first, then each cited sentence with its article and
 * date, then any disagreement between sources, then the buttons. All text from articles or users is
 * escaped; every block stays within Slack's limits.
 */
export function answerMessage(answer: Answer, options: AnswerMessageOptions): SlackMessage {
  const blocks: KnownBlock[] = [];
  if (options.showQuestion) {
    const user = mention(options.showQuestion.askedBy);
    const who = user ? `${user} asked` : 'Question';
    blocks.push(context(`${who}: ${safeText(answer.question, 500)}`));
  }
  if (answer.reading) blocks.push(context(`_${safeText(answer.reading, 1000)}:_`));
  blocks.push(section(answerText(answer)));
  blocks.push(...citationBlocks(answer.citations));
  blocks.push(...answer.conflicts.slice(0, 3).map(conflictBlock));
  blocks.push(...choiceBlocks(answer));
  const buttons = actionButtons(answer, options);
  if (buttons) blocks.push(buttons);
  return { text: fallbackText(answer), blocks: blocks.slice(0, SLACK_LIMITS.messageBlocks) };
}

/** A user mention only for what is shaped like a Slack user id, so a crafted id cannot carry markup. */
function mention(userId: string | undefined): string | null {
  return userId !== undefined && /^[UW][A-Z0-9]{2,20}$/.test(userId) ? `<@${userId}>` : null;
}

function answerText(answer: Answer): string {
  const lead = answer.answered ? '' : ':grey_question: ';
  return `${lead}${safeText(answer.answer, SLACK_LIMITS.sectionText - lead.length)}`;
}

function citationBlocks(citations: readonly Citation[]): KnownBlock[] {
  const shown = citations
    .slice(0, MAX_CITATIONS_SHOWN)
    .map((c) => context(`> “${safeText(c.snippet, QUOTE_CHARS)}”\n${source(c)}`));
  const more = citations.length - MAX_CITATIONS_SHOWN;
  if (more > 0) shown.push(context(`…and ${more} more ${plural(more, 'source sentence')}.`));
  return shown;
}

function source(c: Citation): string {
  return `— _${escapeSlack(c.article)}_, ${c.published ? `published ${escapeSlack(c.published)}` : 'undated'}`;
}

function conflictBlock(conflict: ConflictView): KnownBlock {
  const lines = conflict.values
    .slice(0, 5)
    .map((v) => `• *${safeText(v.value, 200)}* ${source(v.citation)}: “${safeText(v.citation.snippet, 300)}”`);
  return section(`:warning: *The sources disagree on ${escapeSlack(conflict.slot)}:*\n${lines.join('\n')}`);
}

/**
 * "Did you mean: the Lyon summit (2017) · the Osaka summit (November 2017)": the other events the
 * question fits, each a button that answers the same question for that event.
 */
function choiceBlocks(answer: Answer): KnownBlock[] {
  const others = answer.candidates.filter((c) => c.event !== answer.event).slice(0, CHOOSE_EVENT_IDS.length);
  if (others.length === 0) return [];
  const question = answer.remember?.question ?? answer.question;
  const elements = others.map((c, i) => ({
    type: 'button' as const,
    action_id: CHOOSE_EVENT_IDS[i]!,
    text: { type: 'plain_text' as const, text: safeText(describeCandidate(c), 75) },
    // Escaped like everything we post; read back with choiceFromButton.
    value: JSON.stringify({ q: safeText(question, 1200), e: escapeSlack(c.event).slice(0, 300) }),
  }));
  const lead = answer.reason === 'ambiguous' ? '*Which one?*' : '*Did you mean:*';
  return [
    section(`${lead} ${others.map((c) => safeText(describeCandidate(c), 200)).join(' · ')}`),
    { type: 'actions', block_id: CHOICE_BLOCK, elements },
  ];
}

const CHOICE_BLOCK = 'answer_choices';

/** The question and event a "Did you mean" button carries, or null when its value is not one. */
export function choiceFromButton(value: string | undefined): { question: string; event: string } | null {
  try {
    const parsed = JSON.parse(value ?? '') as { q?: unknown; e?: unknown };
    return typeof parsed.q === 'string' && typeof parsed.e === 'string'
      ? { question: unescape(parsed.q), event: unescape(parsed.e) }
      : null;
  } catch {
    return null;
  }
}

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function actionButtons(answer: Answer, options: AnswerMessageOptions): KnownBlock | null {
  // The question travels in the button so a click can be recorded (or shared) without any server-side
  // session; escaped like everything else we post, and read back with questionFromButton.
  const value = safeText(answer.question, SLACK_LIMITS.buttonValue - 100);
  const elements = [];
  if (options.share)
    elements.push({
      type: 'button' as const,
      action_id: ACTION_IDS.share,
      text: { type: 'plain_text' as const, text: 'Share in channel' },
      style: 'primary' as const,
      value,
    });
  if (options.feedback) {
    elements.push(
      {
        type: 'button' as const,
        action_id: ACTION_IDS.feedbackUp,
        text: { type: 'plain_text' as const, text: '👍', emoji: true },
        value,
      },
      {
        type: 'button' as const,
        action_id: ACTION_IDS.feedbackDown,
        text: { type: 'plain_text' as const, text: '👎', emoji: true },
        value,
      },
    );
  }
  return elements.length > 0 ? { type: 'actions', block_id: `${ACTIONS_BLOCK}:${options.surface}`, elements } : null;
}

const ACTIONS_BLOCK = 'answer_actions';

/** The surface an answer's buttons were shown on, read back from their block id. */
export function surfaceOf(blockId: string | undefined): Surface {
  const surface = blockId?.split(':')[1];
  return SURFACES.find((s) => s === surface) ?? 'mention';
}

/** The plain text Slack shows in notifications and to screen readers: the answer and its first source. */
function fallbackText(answer: Answer): string {
  const first = answer.citations[0];
  const quote = first ? ` — “${truncate(first.snippet, QUOTE_CHARS)}” (${first.article})` : '';
  const reading = answer.reading ? `${answer.reading}: ` : '';
  return safeText(`${reading}${answer.answer}${quote}`, SLACK_LIMITS.fallbackText);
}

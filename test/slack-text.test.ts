/** The Slack boundary in pure functions: reading questions out of Slack markup, escaping, and Slack's limits. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../src/answer/index.ts';
import { answerMessage } from '../src/slack/blocks/answer.ts';
import { timelineMessage } from '../src/slack/blocks/help.ts';
import { homeView } from '../src/slack/blocks/home.ts';
import { RecentDeliveries } from '../src/slack/dedupe.ts';
import { redactSecrets } from '../src/slack/errors.ts';
import { escapeSlack, questionFromMessage, truncate } from '../src/slack/text.ts';

describe('questionFromMessage', () => {
  it('removes the bot mention and decodes what Slack escaped', () => {
    expect(questionFromMessage('<@U0BOT> when is the summit &amp; where?', 'U0BOT')).toBe(
      'when is the summit & where?',
    );
    expect(questionFromMessage('<@U0BOT|newsbot>   who said &lt;yes&gt;?', 'U0BOT')).toBe('who said <yes>?');
  });

  it('keeps link labels and channel names, and drops other mentions and broadcasts', () => {
    expect(
      questionFromMessage('<!channel> what did <https://example.com/a|the paper> say in <#C123|news>?', 'U0BOT'),
    ).toBe('what did the paper say in #news?');
    expect(questionFromMessage('ask <@U0OTHER> about <https://example.com>', 'U0BOT')).toBe(
      'ask about https://example.com',
    );
  });
});

describe('escapeSlack', () => {
  it('turns every markup character into an entity', () => {
    expect(escapeSlack('<!channel> & <@U1> <https://x|y>')).toBe(
      '&lt;!channel&gt; &amp; &lt;@U1&gt; &lt;https://x|y&gt;',
    );
  });
});

describe('truncate', () => {
  it('cuts at a word boundary with an ellipsis, within the limit', () => {
    expect(truncate('one two three four five', 16)).toBe('one two three…');
    expect(truncate('one two three four five', 12)).toBe('one two thr…');
    expect(truncate('short', 12)).toBe('short');
  });

  it('never leaves half an entity or half a surrogate pair', () => {
    expect(truncate(`${'x'.repeat(8)}&amp;rest`, 11)).toBe('xxxxxxxx…');
    expect(truncate(`${'x'.repeat(8)}😀😀😀`, 10)).toBe('xxxxxxxx…');
  });
});

const citation = (snippet: string) => ({
  article: 'a1',
  published: '2020-01-01',
  snippet,
  start: 0,
  end: snippet.length,
});

describe('answer messages', () => {
  it('stay within Slack’s limits and never carry markup, whatever the answer and question', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 5000 }),
        fc.string({ maxLength: 5000 }),
        fc.array(fc.string({ maxLength: 4000 }), { maxLength: 60 }),
        (question, text, snippets) => {
          const answer: Answer = {
            question,
            intent: 'when',
            answered: true,
            answer: text,
            citations: snippets.map(citation),
            conflicts: [
              { slot: 'when', values: snippets.slice(0, 2).map((s) => ({ value: s, citation: citation(s) })) },
            ],
            value: text || null,
            type: 'date',
            event: null,
            reason: null,
            candidates: snippets.slice(0, 7).map((s, i) => ({ event: `e${i}-${s}`, label: s || 'x', date: s || null })),
            reading: question || null,
            remember: null,
          };
          const message = answerMessage(answer, {
            surface: 'command',
            showQuestion: { askedBy: 'U0USER' },
            feedback: true,
            share: true,
          });
          expect(message.blocks.length).toBeLessThanOrEqual(50);
          expect(message.text.length).toBeLessThanOrEqual(3000);
          const json = JSON.stringify(message).replace('<@U0USER>', '');
          expect(json).not.toMatch(/<[!@#]|<https?:/);
          for (const block of message.blocks) {
            if (block.type === 'section') expect(block.text!.text.length).toBeLessThanOrEqual(3000);
            if (block.type === 'context')
              for (const e of block.elements) expect('text' in e ? e.text.length : 0).toBeLessThanOrEqual(3000);
            if (block.type === 'actions')
              for (const e of block.elements)
                expect('value' in e ? (e.value ?? '').length : 0).toBeLessThanOrEqual(2000);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('mention the asker only when the id is shaped like a Slack user id', () => {
    const answer: Answer = {
      question: 'q',
      intent: 'when',
      answered: false,
      answer: 'a',
      citations: [],
      conflicts: [],
      value: null,
      type: null,
      event: null,
      reason: 'not_in_articles',
      candidates: [],
      reading: null,
      remember: null,
    };
    const crafted = answerMessage(answer, {
      surface: 'command',
      showQuestion: { askedBy: 'U1> <!channel' },
      feedback: false,
      share: false,
    });
    expect(JSON.stringify(crafted)).not.toContain('<!channel');
  });
});

describe('timelines', () => {
  const entries = Array.from({ length: 500 }, (_, i) => ({
    id: `e${i}`,
    label: `Event <${i}>`,
    date: 'Monday, July 16, 2018',
    place: 'Somewhere',
    articles: 2,
    citation: null,
  }));
  it('a Home view keeps to 100 blocks and says how many are left out', () => {
    const view = homeView({
      timeline: entries,
      examples: ['When is it?'],
      articles: 3,
      feedback: { up: 0, down: 0 },
      command: '/events',
    });
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(JSON.stringify(view)).toMatch(/…and \d+ more/);
    expect(JSON.stringify(view)).not.toContain('<0>');
  });

  it('a timeline message keeps to 50 blocks of 3,000 characters', () => {
    const message = timelineMessage(entries);
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    for (const b of message.blocks) if (b.type === 'section') expect(b.text!.text.length).toBeLessThanOrEqual(3000);
  });
});

describe('RecentDeliveries', () => {
  it('remembers an id once, forgets it after the window, and never holds more than its bound', () => {
    let now = 0;
    const recent = new RecentDeliveries(3, 1000, () => now);
    expect(recent.firstTime('a')).toBe(true);
    expect(recent.firstTime('a')).toBe(false);
    now = 1000;
    expect(recent.firstTime('a')).toBe(true);
    for (const id of ['b', 'c', 'd', 'e']) recent.firstTime(id);
    expect(recent.size).toBe(3);
    expect(recent.firstTime('e')).toBe(false);
  });
});

describe('redactSecrets', () => {
  it('removes tokens, bearer headers, response URLs and Socket Mode tickets from log text', () => {
    const line =
      'token xoxb-1-2-abc app xapp-1-A-3-def Authorization: Bearer s3cret url ' +
      'https://hooks.slack.com/commands/T1/2/abc wss://x.slack.com/link/?ticket=abc-123&app_id=A1';
    const clean = redactSecrets(line);
    for (const secret of ['xoxb-1-2-abc', 'xapp-1-A-3-def', 's3cret', 'commands/T1/2/abc', 'abc-123'])
      expect(clean).not.toContain(secret);
    expect(clean).toContain('app_id=A1');
  });
});

/**
 * The README's terminal-chat transcript is what `npm start` prints: this runs `npm start` itself (no
 * Slack credentials, the transcript's questions piped in) and compares. When answers or rendering
 * change on purpose, `npm run transcript` rewrites the README.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readmeBlock, recordTranscript, TRANSCRIPT_INPUT, transcriptBlock } from '../scripts/transcript.ts';

describe('README transcript', () => {
  it('types help, list, three questions and exit', () => {
    expect(TRANSCRIPT_INPUT).toHaveLength(6);
    expect(TRANSCRIPT_INPUT.slice(0, 2)).toEqual(['help', 'list']);
    expect(TRANSCRIPT_INPUT.at(-1)).toBe('exit');
  });

  it('is exactly what npm start prints now (else: npm run transcript)', async () => {
    const printed = await recordTranscript();
    // Every question is echoed before its answer, and the chat ends with a goodbye.
    for (const q of TRANSCRIPT_INPUT) expect(printed).toContain(`\n> ${q}\n`);
    expect(printed.endsWith('\n> exit\nGoodbye.\n')).toBe(true);
    expect(readmeBlock(readFileSync('README.md', 'utf8'))).toBe(transcriptBlock(printed));
  }, 60_000);
});

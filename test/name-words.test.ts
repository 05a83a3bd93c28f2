import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/index.ts';
import { engineFor } from './helpers/build.ts';

// Two stories of our own whose people share a first name and a surname with each other.
const CHESS = ' date 2025-05-05\nLeila Vasquez, a teacher from Tucson, won a regional chess title on Saturday.\n';
const COURT = ' date 2025-05-07\nJudge Leila Adebayo sentenced Omar Vasquez to 13 years in prison on Tuesday.\n';

let engine: Engine;
beforeAll(async () => {
  ({ engine } = await engineFor({ chess: CHESS, court: COURT }));
});

describe('the words of one name', () => {
  it('are not found one by one in two people of another story', () => {
    const a = engine.answer('How long was Leila Vasquez sentenced to?');
    expect(a.answered).toBe(false);
    expect(a.reason).toBe('not_stated');
    expect(a.answer).not.toContain('13 years');
  });

  it('still find the person the sentence names', () => {
    const a = engine.answer('How long was Omar Vasquez sentenced to?');
    expect([a.value, a.type]).toEqual(['13 years', 'duration']);
    expect(a.citations.map((c) => c.snippet)).toEqual([COURT.split('\n')[1]]);
  });
});

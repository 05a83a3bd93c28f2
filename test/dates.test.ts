import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/corpus/index.ts';
import { extractStore, loadKnowledge, resolveDate } from '../src/extract/index.ts';
import { sharedNlp } from '../src/nlp/wink.ts';

describe('dates against the article date', () => {
  it.each([
    ['Thursday, June 28', '2018-06-29', 'past', '2018-06-28', 'day'],
    ['July 16', '2018-06-29', 'future', '2018-07-16', 'day'],
    ['Thursday', '2018-06-29', 'past', '2018-06-28', 'day'],
    ['Thursday', '2018-06-29', 'future', '2018-07-05', 'day'],
    ['last year in November', '2018-06-29', 'past', '2017-11', 'month'],
    ['2017', '2018-06-29', 'past', '2017', 'year'],
    ['in July', '2018-06-29', 'future', '2018-07', 'month'],
    ['in March', '2018-06-29', 'past', '2018-03', 'month'],
    ['in March', '2018-06-29', 'future', '2019-03', 'month'],
    ['66 years ago', '2015-11-07', 'past', '1949', 'year'],
    ['two decades ago', '2015-11-07', 'past', '1995', 'year'],
  ] as const)('%s in an article of %s (%s) is %s', (text, published, tense, iso, precision) => {
    const d = resolveDate(text, published, tense);
    expect(d?.iso).toBe(iso);
    expect(d?.precision).toBe(precision);
  });

  it('leaves relative dates of an undated article unresolved, never near today', () => {
    for (const text of ['on Wednesday', 'Tuesday night', 'in July']) {
      const d = resolveDate(text, null, 'past');
      expect(d?.iso).toBeNull();
      expect(d?.precision).toBe('unresolved');
    }
    expect(resolveDate('March 3, 2021', null, 'past')?.iso).toBe('2021-03-03');
  });

  it('takes the direction from the words when they give one: "next Monday" forward, "last Friday" back', () => {
    // A Tuesday article: next Monday is six days on, last Friday four days before, whatever the verb.
    expect(resolveDate('next Monday', '2025-03-18', 'present')?.iso).toBe('2025-03-24');
    expect(resolveDate('next Monday', '2025-03-18', 'past')?.iso).toBe('2025-03-24');
    expect(resolveDate('last Friday', '2025-03-18', 'future')?.iso).toBe('2025-03-14');
  });

  it('keeps spans of time as written, never a guessed day', () => {
    for (const text of ['next week', 'this weekend', 'last week', 'later this month']) {
      const d = resolveDate(text, '2025-03-18', 'present');
      expect(d?.iso, text).toBeNull();
      expect(d?.precision, text).toBe('unresolved');
      expect(d?.text, text).toBe(text);
    }
  });

  it('is not fooled by words that are no date', () => {
    expect(resolveDate('now', '2018-06-29', 'present')).toBeNull();
  });
});

describe('dates as a journalist means them, through extraction', () => {
  it(
    'reads "as early as Monday" in a Tuesday article as the coming Monday, ' +
      '"on Monday" in a report of the past as the one before',
    () => {
      const text =
        ' date 2025-03-18\nThe new minister could be sworn in as early as Monday, an aide said.\n' +
        'The old minister resigned on Monday after the blackout.\n';
      const store = extractStore([parseArticle('dated', text)], sharedNlp(), loadKnowledge());
      const dates = store.sentences.map((s) => s.spans.filter((p) => p.kind === 'date').map((p) => p.date?.iso));
      expect(dates).toEqual([['2025-03-24'], ['2025-03-17']]);
    },
  );

  it('reads a day of the month in words after its month, but not a number counting what follows', () => {
    const text =
      ' date 2019-07-22\nThe lander will touch down on September seven.\nIn March two people were hurt at the site.\n';
    const store = extractStore([parseArticle('spoken', text)], sharedNlp(), loadKnowledge());
    const dates = store.sentences.map((s) =>
      s.spans.filter((p) => p.kind === 'date').map((p) => [p.text, p.date?.iso]),
    );
    expect(dates).toEqual([[['September seven', '2019-09-07']], [['March', '2019-03']]]);
  });
});

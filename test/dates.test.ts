import { describe, expect, it } from 'vitest';
import { resolveDate } from '../src/extract/index.ts';

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

  it('is not fooled by words that are no date', () => {
    expect(resolveDate('now', '2018-06-29', 'present')).toBeNull();
  });
});

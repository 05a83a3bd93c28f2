import { describe, expect, it } from 'vitest';
import { clockTime } from '../src/answer/sentence-answer.ts';

describe('clockTime', () => {
  it.each([
    ['9 a.m.', '09:00'],
    ['9am', '09:00'],
    ['9a.m', '09:00'],
    ['9 a m', '09:00'],
    ['11 p.m.', '23:00'],
    ['2 PM', '14:00'],
    ['9:30 pm', '21:30'],
    ['at 7.15pm local time', '19:15'],
    ['12 am', '00:00'], // midnight
    ['12:15 a.m.', '00:15'],
    ['12.30 am', '00:30'],
    ['12 pm', '12:00'], // noon
    ['11:59 pm', '23:59'],
    ['21:45', '21:45'],
    ['at 0:05', '00:05'],
    ['0930 GMT', '09:30'],
    ['0930GMT', '09:30'],
    ['1530 hrs', '15:30'],
    ['1000 IST', '10:00'],
    ['2359 UTC', '23:59'],
  ])('%s → %s', (text, time) => {
    expect(clockTime(text)).toBe(time);
  });

  it.each([
    ['25:00'],
    ['10:61'],
    ['24:00'],
    ['no time'],
    ['July 16'],
    ['2018'],
    ['noon'],
    ['9'],
    ['3 pmx'],
    ['2500 GMT'],
  ])('%s has no clock time', (text) => {
    expect(clockTime(text)).toBeNull();
  });
});

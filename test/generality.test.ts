import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/index.ts';
import type { Store } from '../src/store/index.ts';
import { engineFor } from './helpers/build.ts';

// An article of our own, with people, places and dates the seed articles never mention.
const ARTICLE =
  ' date 2023-03-08 German Chancellor Olaf Scholz will hold a summit with Japanese Prime Minister Fumio Kishida, ' +
  'as the German government announced on Tuesday, March 7. ' +
  'The meeting will take place on March 17 in Berlin and will focus on energy security.\n' +
  `

The summit was confirmed by government spokesman Steffen Hebestreit.

On Monday, Kishida fired his aide Masaki Ogushi.`;

let engine: Engine;
let store: Store;
let dir: string;
beforeAll(async () => {
  ({ engine, store, dir } = await engineFor({ berlin_summit: ARTICLE }));
});

const text = (): string => readFileSync(join(dir, 'berlin_summit.txt'), 'utf8');

describe('an article nobody wrote code for', () => {
  it('answers when, with the weekday, from the article date', () => {
    const a = engine.answer('When is the Berlin summit?');
    expect(a.intent).toBe('when');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Friday, March 17, 2023');
    expect(a.citations[0]?.snippet).toBe(
      'The meeting will take place on March 17 in Berlin and will focus on energy security.',
    );
  });

  it('answers where', () => {
    const a = engine.answer('where will scholz and kishida meet?');
    expect(a.intent).toBe('where');
    expect(a.answer).toContain('Berlin');
    expect(a.citations[0]?.snippet).toContain('in Berlin');
  });

  it('answers who announced and who confirmed', () => {
    const announced = engine.answer('When was the summit announced?');
    expect(announced.answer).toContain('Tuesday, March 7, 2023');
    const confirmed = engine.answer('Who confirmed the summit?');
    expect(confirmed.intent).toBe('who');
    expect(confirmed.answer).toContain('Steffen Hebestreit');
    expect(confirmed.citations[0]?.snippet).toBe(
      'The summit was confirmed by government spokesman Steffen Hebestreit.',
    );
  });

  it('answers who took part and who was fired', () => {
    expect(engine.answer('Who will Scholz meet?').answer).toContain('Fumio Kishida');
    const fired = engine.answer('Who did Kishida fire?');
    expect(fired.answer).toContain('Masaki Ogushi');
    expect(fired.citations[0]?.snippet).toBe('On Monday, Kishida fired his aide Masaki Ogushi.');
  });

  it('finds roles and aliases of people', () => {
    const kishida = store.entities.find((e) => e.name === 'Fumio Kishida');
    expect(kishida?.aliases).toContain('Kishida');
    const scholz = store.entities.find((e) => e.name === 'Olaf Scholz');
    expect(scholz?.roles.map((r) => r.text)).toContain('German Chancellor');
    expect(engine.answer('Who is Fumio Kishida?').answer).toContain('Japanese Prime Minister');
  });

  it('cites exact substrings of the article', () => {
    for (const q of ['When is the Berlin summit?', 'Who confirmed the summit?', 'Who did Kishida fire?']) {
      for (const c of engine.answer(q).citations) expect(text().slice(c.start, c.end)).toBe(c.snippet);
    }
  });

  it('does not answer what the article does not say', () => {
    expect(engine.answer('When did Hawaii become a state?').answered).toBe(false);
    expect(engine.answer('What time does the Berlin summit start?').answered).toBe(false);
  });
});

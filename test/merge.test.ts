import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/index.ts';
import type { Store } from '../src/store/index.ts';
import { engineFor } from './helpers/build.ts';
import { seedEngine } from './helpers/engine.ts';

// Two reports of one event that disagree on the gathering it belongs to.
const FIRST = ` date 2023-03-08 Olaf Scholz will meet Fumio Kishida in Berlin on March 17 at the G7 summit.`;
const SECOND =
  ` date 2023-03-09 Scholz and Kishida will meet on March 17 ` + `in Berlin during the EU summit, officials said.`;

describe('one event told by two articles', () => {
  let engine: Engine;
  let store: Store;
  beforeAll(async () => {
    ({ engine, store } = await engineFor({ a_first: FIRST, b_second: SECOND }));
  });

  it('becomes one event with both sources', () => {
    const berlin = store.events.filter((e) => (e.slots.where ?? []).some((v) => v.text === 'Berlin'));
    expect(berlin).toHaveLength(1);
    expect(new Set(berlin[0]!.sources.map((s) => s.article))).toEqual(new Set(['a_first', 'b_second']));
  });

  it('keeps both values of a slot the sources disagree on, each with its citation', () => {
    const event = store.events[0]!;
    expect(event.conflicts.map((c) => c.slot)).toContain('occasion');
    const a = engine.answer('Where will Scholz and Kishida meet?');
    expect(a.answer).toContain('Berlin');
    const conflict = a.conflicts.find((c) => c.slot === 'occasion');
    expect(conflict?.values.map((v) => v.value).sort()).toEqual(['EU', 'G7']);
    expect(conflict?.values.map((v) => v.citation.article).sort()).toEqual(['a_first', 'b_second']);
  });
});

describe('the seed articles', () => {
  it('merge the first Trump–Putin meeting across both articles and flag G7 against G20', async () => {
    const engine = await seedEngine();
    const a = engine.answer('Where did Trump and Putin first meet?');
    expect(a.answer).toContain('Hamburg');
    const conflict = a.conflicts.find((c) => c.slot === 'occasion');
    const values = conflict?.values.map((v) => v.value.replace('-', '')) ?? [];
    expect(values).toContain('G7');
    expect(values).toContain('G20');
    const event = engine.indexed.store.events.find((e) => e.slots.ordinal?.some((v) => v.key === '1'));
    expect(new Set(event?.sources.map((s) => s.article)).size).toBe(2);
  });
});

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StoreSchema, type Store } from '../src/store/schema.ts';
import { isValidStore } from '../src/store/validate.ts';
import { expandStore, parseStore, validateStore } from '../src/store/index.ts';

// The fast store check (src/store/validate.ts) may only ever accept what the zod schema accepts,
// and then exactly as zod would return it; everything else falls back to zod. It checks what
// extraction hands to saveStore: the whole store, every sentence decoded.

const raw = JSON.stringify(expandStore(parseStore('data/store.json', readFileSync('data/store.json'))));

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every object or array inside `root` with the key or index of each of its members. */
function places(root: Json): Array<{ parent: Json[] | { [k: string]: Json }; key: string | number }> {
  const out: Array<{ parent: Json[] | { [k: string]: Json }; key: string | number }> = [];
  const walk = (x: Json): void => {
    if (Array.isArray(x)) {
      x.forEach((v, i) => {
        out.push({ parent: x, key: i });
        walk(v);
      });
    } else if (x && typeof x === 'object') {
      for (const [k, v] of Object.entries(x)) {
        out.push({ parent: x, key: k });
        walk(v);
      }
    }
  };
  walk(root);
  return out;
}

describe('the fast store check', () => {
  it('accepts the committed store, which zod accepts unchanged', () => {
    const data = JSON.parse(raw) as unknown;
    expect(isValidStore(data)).toBe(true);
    const parsed = StoreSchema.safeParse(data);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual(data);
  });

  it('never accepts a damaged store that zod rejects or would change', () => {
    const mutation = fc.record({
      at: fc.nat(),
      how: fc.constantFrom('delete', 'replace', 'add-key', 'wrap'),
      value: fc.jsonValue({ maxDepth: 2 }),
      key: fc.constantFrom('extra', 'month', 'weekday', 'entity', 'date', 'country', 'when', 'iso', '__proto__', 'x'),
    });
    fc.assert(
      fc.property(mutation, ({ at, how, value, key }) => {
        const data = JSON.parse(raw) as Json;
        const all = places(data);
        const { parent, key: member } = all[at % all.length]!;
        const target = (parent as Record<string | number, Json>)[member]!;
        if (how === 'delete') {
          if (Array.isArray(parent)) parent.splice(member as number, 1);
          else delete parent[member as string];
        } else if (how === 'replace') {
          (parent as Record<string | number, Json>)[member] = value as Json;
        } else if (how === 'add-key' && target && typeof target === 'object' && !Array.isArray(target)) {
          Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
        } else {
          (parent as Record<string | number, Json>)[member] = [target];
        }
        const copy = JSON.parse(JSON.stringify(data)) as unknown;
        if (isValidStore(copy)) {
          const parsed = StoreSchema.safeParse(copy);
          expect(parsed.success).toBe(true);
          expect(parsed.data).toEqual(copy);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('a store large enough to be checked in place', () => {
  // Sentences repeated past the threshold: it takes the ajv path.
  const full = JSON.parse(raw) as Store;
  const large: Store = {
    ...full,
    sentences: Array.from({ length: Math.ceil(20_001 / full.sentences.length) }, () => full.sentences).flat(),
  };

  it('passes', () => {
    expect(() => validateStore('large.json', large)).not.toThrow();
  });

  it('is refused when damaged, with zod’s message naming the file', () => {
    const damaged = { ...large, articles: 'none' } as unknown as Store;
    expect(() => validateStore('large.json', damaged)).toThrow(/corrupt.*large\.json.*articles/);
  });
});

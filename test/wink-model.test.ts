import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { englishModel, readCoreModel } from '../src/nlp/wink.ts';

describe('the wink model, read in one pass', () => {
  it('is the core model the package reads, field for field', () => {
    const ours = readCoreModel();
    const theirs = (model.core as () => typeof ours)();
    const lexicon = (core: typeof ours) => ({
      ...core,
      features: { ...core.features, lexeme: { ...core.features.lexeme, hash: null } },
    });
    expect(lexicon(ours)).toStrictEqual(lexicon(theirs));
  });

  it("finds every word of the lexicon at the package's index, and no other, and learns new ones as wink does", () => {
    const ours = readCoreModel().features.lexeme;
    const theirs = (model.core as () => ReturnType<typeof readCoreModel>)().features.lexeme;
    const mismatched = theirs.list.filter((word) => ours.hash![word] !== theirs.hash![word]);
    expect(mismatched).toStrictEqual([]);
    for (const word of ['not-a-word-of-it', 'constructor', '__proto__', 'toString', 'hasOwnProperty'])
      expect(ours.hash![word]).toBe(theirs.hash![word]);
    ours.hash!['a-new-word'] = 123456;
    expect(ours.hash!['a-new-word']).toBe(123456);
  });

  it('gives a fresh core each time, as wink changes the one it reads', () => {
    const a = readCoreModel();
    a.features.lexeme.list.push('an-added-word');
    expect(readCoreModel().features.lexeme.list).not.toContain('an-added-word');
  });

  it("has the package's other parts as they are", () => {
    const ours = englishModel();
    expect(Object.keys(ours).sort()).toStrictEqual(Object.keys(model).sort());
    for (const key of ['sbd', 'pos', 'ner', 'negation', 'sa', 'metaCER', 'featureFn'] as const)
      expect(ours[key]).toBe(model[key]);
    expect(ours.addons).toStrictEqual(model.addons);
  });
});

import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { englishModel, readCoreModel } from '../src/nlp/wink.ts';

describe('the wink model, read in one pass', () => {
  it('is the core model the package reads, field for field', () => {
    expect(readCoreModel()).toStrictEqual((model.core as () => unknown)());
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

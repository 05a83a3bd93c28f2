import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import winkNLP, { type Model, type WinkMethods } from 'wink-nlp';

let shared: WinkMethods | undefined;

/**
 * The one wink instance of the process, for articles and questions alike. wink-nlp 2.4 cannot be
 * instantiated many times over one model: around the twentieth `winkNLP(model)` it throws "Invalid
 * string length". Nothing here learns custom entities, which would be per instance, so sharing is safe.
 */
export function sharedNlp(): WinkMethods {
  shared ??= winkNLP(englishModel());
  return shared;
}

const fromModel = createRequire(import.meta.url);
const PACKAGE = 'wink-eng-lite-web-model';
const CORE_FILE = `${PACKAGE}/dist/languages/cur/models/eng-core-web-model.json`;

/**
 * wink-eng-lite-web-model (the package's dist/model.js), with its core read in one pass. The
 * package's reader parses its 3 MB core file when required, then again from a `JSON.stringify` copy
 * when wink asks for it, and decodes the lexicon through `atob` a character at a time: about half of
 * what the model took to load, which is most of start-up before the first answer. `readCoreModel`
 * builds the same object (test/wink-model.test.ts holds it to the package's).
 */
export function englishModel(): Model {
  const part = (name: string): unknown => fromModel(`${PACKAGE}/dist/${name}.js`) as unknown;
  const addons = Object.create(null) as Model['addons'];
  addons.stem = part('porter-stemmer');
  addons.lemmatize = part('lemmatize');
  addons.readabilityStats = part('readability-stats');
  addons.wordVectors = undefined;
  const model = Object.create(null) as Model;
  model.core = readCoreModel;
  model.sbd = part('load-sbd-model');
  model.pos = part('load-pos-model');
  model.ner = part('load-ner-model');
  model.negation = part('load-negation-model');
  model.sa = part('load-sa-model');
  model.metaCER = part('load-cer-meta-model');
  model.featureFn = part('feature');
  model.addons = addons;
  return model;
}

/** A feature of the core model: its values, and (once read) each value's index. */
interface Feature {
  list: string[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

interface CoreModel {
  /** Per feature: [word, mask, shift, extractable (1) or listed (0), extracted when a word is new (1)]. */
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, Feature> & { lexeme: Feature; posClusters: { list: Array<string | Set<number>> } };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

/**
 * What the package's read-core-model.js and load-core-model.js make of the core file, step for step,
 * but from one `JSON.parse` of the file (a fresh object each call, as wink changes it) and with
 * base64 decoded natively.
 */
export function readCoreModel(): CoreModel {
  const model = JSON.parse(readFileSync(fromModel.resolve(CORE_FILE), 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = words(model.lexicon as string);
  model.xpansions = words(model.xpansions as string);
  for (const f in packing.layout) {
    if (packing.layout[f]![3] !== 0) continue;
    const feature = features[f]!;
    feature.hash = indexOf(feature.list);
  }
  features.lexeme.hash = mapIndexOf(features.lexeme.list);
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1)
    clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
}

/** Base64 → 32-bit words, in a buffer of their own (the package's `atob` loop, natively). */
function words(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  const out = new Uint8Array(bytes.length);
  out.set(bytes);
  return new Uint32Array(out.buffer);
}

/**
 * The lexicon's word → index, as wink reads and extends it (`hash[word]`, `hash[word] = index`; nothing
 * else), over a Map: filling an object with 87,593 keys was a quarter of loading the model, a Map takes
 * half that, and a look-up through the proxy costs about what one in a large object does.
 */
function mapIndexOf(list: readonly string[]): Record<string, number> {
  const index = new Map<string, number>();
  for (let k = 0; k < list.length; k += 1) index.set(list[k]!, k);
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_, key) => (typeof key === 'string' ? index.get(key) : undefined),
    set: (_, key, value: number) => {
      if (typeof key !== 'string') return false;
      index.set(key, value);
      return true;
    },
    has: (_, key) => typeof key === 'string' && index.has(key),
  });
}

/** Value → its index, in an object with no prototype, as wink reads it. */
function indexOf(list: readonly string[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k += 1) hash[list[k]!] = k;
  return hash;
}

import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseArticle, readCorpus } from '../src/corpus/index.ts';
import { extractStore, loadKnowledge } from '../src/extract/index.ts';
import { sharedNlp } from '../src/nlp/wink.ts';
import {
  expandStore,
  loadStore,
  parseStore,
  saveStore,
  serialiseStore,
  STORE_SCHEMA_VERSION,
  StoreError,
  type Store,
} from '../src/store/index.ts';
import { eventKeys } from '../src/store/event-keys.ts';
import { nameIndexOf } from '../src/store/names.ts';

describe('data/store.json', () => {
  it('is exactly what extraction makes of data/articles now (run npm run extract after changing either)', async () => {
    const corpus = await readCorpus(['data/articles']);
    const built = serialiseStore(extractStore(corpus.articles, sharedNlp(), loadKnowledge()));
    expect(readFileSync('data/store.json', 'utf8')).toBe(built);
  });

  it('is byte-identical across runs', async () => {
    const corpus = await readCorpus(['data/articles']);
    const a = serialiseStore(extractStore(corpus.articles, sharedNlp(), loadKnowledge()));
    const b = serialiseStore(extractStore([...corpus.articles].reverse(), sharedNlp(), loadKnowledge()));
    expect(a).toBe(b);
  });

  it('gives every fact a source whose span is an exact sentence of its article', async () => {
    const store = expandStore(await loadStore('data/store.json'));
    const text = new Map(store.articles.map((a) => [a.id, readFileSync(`data/articles/${a.id}.txt`, 'utf8')]));
    for (const s of store.sentences) expect(text.get(s.article)!.slice(s.start, s.end)).toBe(s.text);
    const sentenceStarts = new Set(store.sentences.map((s) => `${s.article}:${s.start}:${s.end}`));
    for (const e of store.events)
      for (const values of Object.values(e.slots))
        for (const v of values ?? [])
          expect(sentenceStarts.has(`${v.source.article}:${v.source.start}:${v.source.end}`)).toBe(true);
  });
});

const committed = readFileSync('data/store.json', 'utf8');

/** The committed store with one character of one sentence record changed to another valid one. */
function damagedSentence(): string {
  const lines = committed.split('\n');
  const at = lines.indexOf('"sentences":[') + 5;
  const line = lines[at]!;
  lines[at] = `${line.slice(0, 3)}${line[3] === 'E' ? 'F' : 'E'}${line.slice(4)}`;
  return lines.join('\n');
}

/** The committed store with an entity record cut short, and its checksum made to match. */
function entityCutShort(): string {
  const lines = committed.split('\n');
  const at = lines.indexOf('"entities":[') + 1;
  lines[at] = `${lines[at]!.slice(0, 4)}",`;
  return withChecksum(lines);
}

/** The committed store with the closing quote of one sentence record gone, and its checksum made to match. */
function sentenceUnquoted(): string {
  const lines = committed.split('\n');
  const at = lines.indexOf('"sentences":[') + 3;
  lines[at] = lines[at]!.replace('",', ',');
  return withChecksum(lines);
}

/** The committed store with the closing quote of one article text gone, and its checksum made to match. */
function textUnquoted(): string {
  const lines = committed.split('\n');
  const at = lines.indexOf('"texts":[') + 1;
  lines[at] = lines[at]!.replace(/",$/, ',');
  return withChecksum(lines);
}

function withChecksum(lines: string[]): string {
  const tail = lines.slice(1).join('\n');
  const check = crc32(tail).toString(16).padStart(8, '0');
  return `${lines[0]!.replace(/"check":"[0-9a-f]+"/, `"check":"${check}"`)}\n${tail}`;
}

describe('a store that cannot be used', () => {
  const dir = mkdtempSync(join(tmpdir(), 'news-store-'));
  const cases: Array<[string, string | null, RegExp]> = [
    ['missing', null, /No store at .*missing\.json.*npm run extract/],
    ['corrupt', '{"schema": 1, "articles": [', /corrupt.*corrupt\.json.*npm run extract/],
    ['older', '{"schema": 0, "events": []}', /another version.*older\.json.*npm run extract/],
    ['edited', `{"schema": ${STORE_SCHEMA_VERSION}, "articles": "none"}`, /corrupt.*edited\.json/],
    [
      'schema-2',
      committed.replace(/^\{"schema":\d+/, '{"schema":2'),
      /another version.*schema-2\.json.*npm run extract/,
    ],
    [
      'schema-3',
      committed.replace(/^\{"schema":\d+/, '{"schema":3'),
      /another version.*schema-3\.json.*npm run extract/,
    ],
    [
      'schema-4',
      committed.replace(/^\{"schema":\d+/, '{"schema":4'),
      /another version.*schema-4\.json.*npm run extract/,
    ],
    ['one-sentence-damaged', damagedSentence(), /corrupt.*one-sentence-damaged\.json.*checksum.*npm run extract/],
    ['one-entity-cut-short', entityCutShort(), /corrupt.*one-entity-cut-short\.json.*entity.*npm run extract/],
    [
      'one-sentence-unquoted',
      sentenceUnquoted(),
      /corrupt.*unquoted\.json.*sentences\.2: not a packed string.*extract/,
    ],
    ['one-text-unquoted', textUnquoted(), /corrupt.*one-text-unquoted\.json.*texts\.0: not a string.*extract/],
  ];
  it.each(cases)(
    '%s: names the file and the rebuild command, and leaves the file as it was',
    async (name, content, message) => {
      const path = join(dir, `${name}.json`);
      if (content !== null) writeFileSync(path, content);
      const error = await loadStore(path).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as Error).message).toMatch(message);
      if (content !== null) expect(readFileSync(path, 'utf8')).toBe(content);
    },
  );
});

describe('the lean store file', () => {
  it('reads back exactly the store extraction made, every sentence decoded', async () => {
    const corpus = await readCorpus(['data/articles']);
    const built = extractStore(corpus.articles, sharedNlp(), loadKnowledge());
    expect(expandStore(parseStore('store.json', serialiseStore(built)))).toStrictEqual(built);
  });

  it('files every event under the keys extraction gave it, without decoding the event', async () => {
    const corpus = await readCorpus(['data/articles']);
    const built = extractStore(corpus.articles, sharedNlp(), loadKnowledge());
    const view = parseStore('store.json', serialiseStore(built));
    expect(built.events.length).toBeGreaterThan(0);
    built.events.forEach((e, i) => expect(view.eventKeys(i)).toStrictEqual(eventKeys(e)));
    expect(built.events.some((e) => eventKeys(e).dates.length > 0 && eventKeys(e).entities.length > 1)).toBe(true);
  });

  it('reads back the name index written with the store, the one the entities make', async () => {
    const corpus = await readCorpus(['data/articles']);
    const built = extractStore(corpus.articles, sharedNlp(), loadKnowledge());
    const view = parseStore('store.json', serialiseStore(built));
    const expected = nameIndexOf(built.entities);
    expect(expected.byName.size).toBeGreaterThan(10);
    expect([...view.names.byName]).toStrictEqual([...expected.byName]);
    expect(view.names.longestName).toBe(expected.longestName);
  });

  it('gives loaded entities and events the fields extraction gave them, read when first asked for', async () => {
    const store = await loadStore('data/store.json');
    const expanded = expandStore(store);
    store.entities.forEach((e, i) =>
      expect({ ...e, roles: e.roles, mentions: e.mentions }).toStrictEqual(expanded.entities[i]),
    );
    store.events.forEach((e, i) =>
      expect({ ...e, slots: e.slots, conflicts: e.conflicts, sources: e.sources }).toStrictEqual(expanded.events[i]),
    );
  });

  it('reads texts outside ASCII (escaped in the file, decoded when read) as exactly as plain ones', async () => {
    const corpus = await readCorpus(['data/articles']);
    const articles = corpus.articles.map((a, i) =>
      i === 0
        ? parseArticle(a.id, `${a.text.replaceAll("'", '\u2019')}\n\nThe caf\u00e9 said \u201cyes\u201d \\ no.\n`)
        : a,
    );
    const built = extractStore(articles, sharedNlp(), loadKnowledge());
    const view = parseStore('store.json', serialiseStore(built));
    expect(expandStore(view)).toStrictEqual(built);
    for (let i = 0; i < view.sentenceCount; i += 1) expect(view.sentenceText(i)).toBe(built.sentences[i]!.text);
    expect(view.articles.map((a) => a.text)).toStrictEqual(articles.map((a) => a.text));
  });

  it('keeps each article text once: a sentence is a span of it', async () => {
    const store = await loadStore('data/store.json');
    const articleBytes = store.articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
    expect(committed.length).toBeLessThan(4 * articleBytes);
    expect(committed.split(store.articles[0]!.text.slice(100, 200))).toHaveLength(2);
  });
});

describe('writing a store', () => {
  it('never replaces a good store with one that does not validate, and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-save-'));
    const path = join(dir, 'store.json');
    copyFileSync('data/store.json', path);
    const good = readFileSync(path, 'utf8');
    const broken = { ...expandStore(await loadStore(path)), events: [{ id: 'e1' }] } as unknown as Store;
    await expect(saveStore(path, broken)).rejects.toBeInstanceOf(StoreError);
    expect(readFileSync(path, 'utf8')).toBe(good);
    expect(readdirSync(dir)).toEqual(['store.json']);
  });
});

describe('extraction input', () => {
  it('warns about empty and binary articles and extracts the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-corpus-'));
    writeFileSync(join(dir, 'empty.txt'), '   \n');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 255, 0]));
    writeFileSync(
      join(dir, 'good.txt'),
      ' date 2020-01-02 Angela Merkel will meet Emmanuel Macron in Paris on January 5.',
    );
    const corpus = await readCorpus([dir, join(dir, 'absent.txt')]);
    expect(corpus.articles.map((a) => a.id)).toEqual(['good']);
    expect(corpus.articles[0]!.published).toBe('2020-01-02');
    expect(corpus.warnings.map((w) => w.path.split('/').pop()).sort()).toEqual([
      'absent.txt',
      'binary.txt',
      'empty.txt',
    ]);
  });
});

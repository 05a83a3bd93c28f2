import { beforeEach, describe, expect, it } from 'vitest';
import { loadRelatedWords } from '../src/answer/related.ts';
import { sameWord, stemBucket, WordMatcher } from '../src/answer/words.ts';
import { WordKinship } from '../src/answer/kin.ts';
import { loadKnowledge } from '../src/extract/index.ts';

describe('sameWord', () => {
  it.each([
    ['meet', 'meet'],
    ['organise', 'organize'], // British and American spellings
    ['analyse', 'analyze'],
    ['realize', 'realise'],
    ['meet', 'meeting'], // a short word with an inflection ending
    ['meeting', 'meet'],
    ['talk', 'talks'],
    ['fire', 'fired'],
    ['fire', 'fires'],
    ['lead', 'leader'],
    ['lead', 'leaders'],
    ['go', 'goes'],
    ['state', 'statement'],
    ['found', 'founder'], // five letters or more: a shared stem
    ['resign', 'resignation'],
    ['summit', 'summits'],
    ['announce', 'announced'],
    ['states', 'stated'], // all but the last letter of the shorter word agree
    ['abcdef', 'abcdex'],
    ['lyze', 'lyse'], // a short pair equal only after the spelling is made one
    ['house', 'household'], // five letters: a prefix, whatever the ending
  ])('%s = %s', (a, b) => {
    expect(sameWord(a, b)).toBe(true);
    expect(sameWord(b, a)).toBe(true);
  });

  it.each([
    ['fire', 'firewall'], // a short word with an ending that is no inflection
    ['lead', 'leadership'],
    ['house', 'hours'],
    ['summit', 'summary'],
    ['march', 'marsh'],
    ['see', 'seen'],
    ['tie', 'tier'], // a stem of two letters left by a final "e" takes no ending
    ['due', 'ding'], // nor does one letter left by a final "ue"
    ['a', 'ab'],
    ['abcde', 'abcdx'], // five letters: one letter off is another word
    ['abcdef', 'abcdxy'], // two letters off
    ['abcdefg', 'abcdexy'],
  ])('%s ≠ %s', (a, b) => {
    expect(sameWord(a, b)).toBe(false);
    expect(sameWord(b, a)).toBe(false);
  });

  // The examples sameWord's own comment gives; the engine disagrees (reported on issue 10, not loosened here).
  it('documented: "war" is not "ward" (a short word matches only itself with an inflection ending)', () => {
    expect(sameWord('war', 'ward')).toBe(false);
  });
  it('documented: "pricing" is "price" and "prorogation" is "prorogue"', () => {
    expect(sameWord('pricing', 'price')).toBe(true);
    expect(sameWord('prorogation', 'prorogue')).toBe(true);
  });
});

describe('stemBucket', () => {
  it('files a word under its first four letters, a shorter word under itself', () => {
    expect(stemBucket('meeting')).toBe('meet');
    expect(stemBucket('meet')).toBe('meet');
    expect(stemBucket('war')).toBe('war');
    expect(stemBucket('')).toBe('');
  });
  it('puts words sameWord may join in one bucket', () => {
    expect(stemBucket('announce')).toBe(stemBucket('announcement'));
  });
});

describe('WordMatcher', () => {
  const matcher = new WordMatcher(loadRelatedWords());
  it('gives 1 for the same word or stem', () => {
    expect(matcher.degree('meet', 'meeting')).toBe(1);
    expect(matcher.degree('zzxq', 'zzxq')).toBe(1);
    expect(matcher.same('meet', 'meeting')).toBe(true);
  });
  it('gives 0.5 for words WordNet relates, either way round', () => {
    expect(matcher.degree('talk', 'speak')).toBe(0.5);
    expect(matcher.degree('speak', 'talk')).toBe(0.5);
    expect(matcher.degree('buy', 'purchase')).toBe(0.5);
    expect(matcher.same('buy', 'purchase')).toBe(true);
  });
  it.each([
    ['greet', 'welcome'],
    ['quake', 'earthquake'],
    ['die', 'death'],
    ['hurt', 'injure'],
  ])('relates %s and %s whichever of their senses comes first', (a, b) => {
    expect(matcher.degree(a, b)).toBe(0.5);
    expect(matcher.degree(b, a)).toBe(0.5);
  });
  it('gives 0 for unrelated words and for words WordNet does not know', () => {
    expect(matcher.degree('plane', 'train')).toBe(0);
    expect(matcher.degree('zzxq', 'plane')).toBe(0);
    expect(matcher.degree('plane', 'zzxq')).toBe(0);
    expect(matcher.degree('strike', 'attack')).toBe(0);
    // Related only through a broader term, which verification does not take.
    expect(matcher.degree('kill', 'die')).toBe(0);
    expect(matcher.degree('win', 'victory')).toBe(0);
    expect(matcher.same('plane', 'train')).toBe(false);
  });
  it('answers the same on a second look-up (memoised)', () => {
    const m = new WordMatcher(loadRelatedWords());
    expect(m.degree('talk', 'speak')).toBe(0.5);
    expect(m.degree('talk', 'speak')).toBe(0.5);
    expect(m.degree('talk', 'plane')).toBe(0);
  });
  it('looks each word up in the table once, however often it is compared', () => {
    const table = loadRelatedWords();
    let lookUps = 0;
    const m = new WordMatcher({
      get words() {
        lookUps += 1;
        return table.words;
      },
      broader: table.broader,
    });
    expect(m.degree('talk', 'speak')).toBe(0.5);
    expect(lookUps).toBe(2);
    expect(m.degree('talk', 'speak')).toBe(0.5);
    expect(m.degree('speak', 'talk')).toBe(0.5);
    expect(lookUps).toBe(2);
    expect(m.degree('talk', 'plane')).toBe(0);
    expect(lookUps).toBe(3);
  });
});

describe('WordKinship', () => {
  const knowledge = loadKnowledge();
  const matcher = new WordMatcher(loadRelatedWords());
  // Built in each test, not when the file is collected, so that what the constructor builds is checked by the tests.
  let kin: WordKinship;
  beforeEach(() => {
    kin = new WordKinship(matcher, knowledge);
  });
  it("takes the word matcher's degree where the knowledge says nothing more", () => {
    expect(kin.degree('meeting', 'meet')).toBe(1);
    expect(kin.degree('greet', 'welcome')).toBe(0.5);
    expect(kin.degree('plane', 'train')).toBe(0);
  });
  it('makes words of one kind of event one word, a kind and its family one word, and a plural noun its lemma', () => {
    expect(matcher.degree('walkout', 'stoppage')).toBe(0);
    expect(kin.degree('walkout', 'stoppage')).toBe(1);
    expect(kin.degree('tremor', 'aftershock')).toBe(1);
    expect(kin.degree('summit', 'meeting')).toBe(1);
    expect(kin.degree('meeting', 'summit')).toBe(1);
    // "talks" is listed as a meeting noun; the lemma of a sentence's "talks" is "talk".
    expect(kin.degree('talk', 'meet')).toBe(1);
    // ... and, as a verb, a conversation: a word keeps every kind it has.
    expect(kin.degree('talk', 'speak')).toBe(1);
  });
  it('takes no word for an event word because an event word starts with it', () => {
    expect(kin.degree('stor', 'hurricane')).toBe(0);
    expect(kin.degree('s', 'summit')).toBe(0);
    expect(kin.degree('h', 'hurricane')).toBe(0);
  });
  it('keeps sibling kinds of one family apart', () => {
    expect(kin.degree('earthquake', 'storm')).toBe(0);
    expect(kin.degree('storm', 'earthquake')).toBe(0);
    expect(kin.degree('quake', 'hurricane')).toBe(0);
  });
  it('joins two verbs of a kind only where the knowledge groups them', () => {
    expect(kin.degree('beat', 'win')).toBe(1);
    expect(kin.degree('defeat', 'beat')).toBe(1);
    expect(kin.degree('lose', 'win')).toBe(0);
    expect(kin.degree('draw', 'play')).toBe(0);
  });
  it("raises a noun naming a verb's act to the verb, one way only", () => {
    expect(kin.degree('victory', 'win')).toBe(1);
    expect(kin.degree('win', 'victory')).toBe(0);
  });
  it('answers the same once its memory has been cleared', () => {
    const small = new WordKinship(matcher, knowledge, 2);
    const pairs: Array<[string, string]> = [
      ['quake', 'tremor'],
      ['earthquake', 'storm'],
      ['victory', 'win'],
      ['quake', 'tremor'],
      ['greet', 'welcome'],
      ['earthquake', 'storm'],
    ];
    expect(pairs.map(([a, b]) => small.degree(a, b))).toEqual([1, 0, 1, 1, 0.5, 0]);
  });
  it('remembers a pair until it holds as many pairs as its limit, then starts afresh', () => {
    /** The word matcher, counting the pairs it is asked for. */
    class CountingMatcher extends WordMatcher {
      asked = 0;
      override degree(a: string, b: string): number {
        this.asked += 1;
        return super.degree(a, b);
      }
    }
    const counting = new CountingMatcher(loadRelatedWords());
    const small = new WordKinship(counting, knowledge, 2);
    expect(small.degree('greet', 'welcome')).toBe(0.5);
    expect(small.degree('greet', 'welcome')).toBe(0.5);
    expect(counting.asked).toBe(1);
    expect(small.degree('plane', 'train')).toBe(0);
    expect(counting.asked).toBe(2);
    // Two pairs held: the next look-up forgets both and works its pair out afresh, then remembers it.
    expect(small.degree('greet', 'welcome')).toBe(0.5);
    expect(counting.asked).toBe(3);
    expect(small.degree('greet', 'welcome')).toBe(0.5);
    expect(counting.asked).toBe(3);
  });
});

// Seed questions for the news-events bot.
// Articles: test data is drawn from
//   000_0822db5d3fbd1d06 (published 2018-06-29) - the Helsinki summit announcement
//   003_8b7f0754d3702f6c (undated) - the planned Trump-Putin meeting at the G20 summit in Hamburg
// Every `sentence` is copied byte-exactly from the article file named in `article`.
// Every string in `answer` must appear (case-insensitively) in the bot's answer text.
//
// `value` and `type` are what the `Answer` must carry, decided from the article text, not from the engine:
// - a date is ISO at the precision the article gives: "July 16" in an article published 2018-06-29 is
//   2018-07-16 (`date`), "last year in November" is 2017-11 (`month`), "in 2017" is 2017 (`year`); in the
//   undated article a day or month cannot be placed in a year, so the words stand as written ("Tuesday night",
//   "Wednesday" as `date`, "July" as `month`);
// - a place is the city or country as named, typed by what it is (`city`, `country`; `place` for anything else);
// - a person or organisation is its full name ("Donald Trump" for "Trump"); several are joined with "and";
// - a role is the role as the article writes it beside the name;
// - a topic is the quoted or listed words; a number is digits;
// - an answer to "what did X do" / "what happened" / "why" is the shortest phrase of the cited sentence that
//   answers it (`other`), never the whole sentence.
// Every decline carries the `reason` the articles justify: `unknown_name` when the question names something
// neither article mentions, `not_stated` when the articles mention what is asked about but do not say it.

import type { FineType } from '../../src/understand/answer-type.ts';
import type { Intent } from '../../src/understand/intent.ts';
import type { DeclineReason } from '../../src/answer/types.ts';

export type { Intent };

export interface AnswerableCase {
  q: string;
  intent: Intent;
  /** The bare answer, exactly. */
  value: string;
  /** Its fine type, exactly. */
  type: FineType;
  answer: string[];
  sentence: string;
  article: string;
  /**
   * The name of the event the answer is about, when that name itself
   * contains another candidate ("the firing of James Comey").
   */
  label?: string;
}

export interface UnanswerableCase {
  q: string;
  intent: Intent;
  reason: DeclineReason;
  why: string;
}

export const answerable: AnswerableCase[] = [
  {
    q: 'When is the Helsinki summit?',
    intent: 'when',
    value: '2018-07-16',
    type: 'date',
    answer: ['July 16, 2018'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      'The meeting will be held on July 16 in Helsinki and is now considered a very high profile step in ' +
      'smoothing over relations between the two countries.',
  },
  {
    q: 'what date will Trump meet Putin in Helsinki',
    intent: 'when',
    value: '2018-07-16',
    type: 'date',
    answer: ['July 16, 2018'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      'The meeting will be held on July 16 in Helsinki and is now considered a very high profile step in ' +
      'smoothing over relations between the two countries.',
  },
  {
    q: 'helsinki summit date?',
    intent: 'when',
    value: '2018-07-16',
    type: 'date',
    answer: ['July 16, 2018'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      'The meeting will be held on July 16 in Helsinki and is now considered a very high profile step in ' +
      'smoothing over relations between the two countries.',
  },
  {
    q: 'When will Trump and Putin meet?',
    intent: 'when',
    value: '2018-07-16',
    type: 'date',
    answer: ['July 16, 2018'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      'The meeting will be held on July 16 in Helsinki and is now considered a very high profile step in ' +
      'smoothing over relations between the two countries.',
  },
  {
    q: 'what day is the summit',
    intent: 'when',
    value: '2018-07-16',
    type: 'date',
    answer: ['July 16, 2018'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      'The meeting will be held on July 16 in Helsinki and is now considered a very high profile step in ' +
      'smoothing over relations between the two countries.',
  },
  {
    q: 'wen is the helsinki sumit',
    intent: 'when',
    value: '2018-07-16',
    type: 'date',
    answer: ['July 16, 2018'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      'The meeting will be held on July 16 in Helsinki and is now considered a very high profile step in ' +
      'smoothing over relations between the two countries.',
  },
  {
    q: 'On what date will the third meeting between Trump and Putin take place?',
    intent: 'when',
    value: '2018-07-16',
    type: 'date',
    answer: ['July 16, 2018'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      'The meeting will be held on July 16 in Helsinki and is now considered a very high profile step in ' +
      'smoothing over relations between the two countries.',
  },
  {
    q: 'When was the Helsinki summit announced?',
    intent: 'when',
    value: '2018-06-28',
    type: 'date',
    answer: ['June 28, 2018'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      'U.S President Donald Trump will hold a summit with Russian President Vladimir Putin, as both the White ' +
      'House and Moscow announced on Thursday, June 28.',
  },
  {
    q: 'what day was the trump putin summit announced',
    intent: 'when',
    value: '2018-06-28',
    type: 'date',
    answer: ['June 28, 2018'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      'U.S President Donald Trump will hold a summit with Russian President Vladimir Putin, as both the White ' +
      'House and Moscow announced on Thursday, June 28.',
  },
  {
    q: 'When did the White House and Moscow announce the summit?',
    intent: 'when',
    value: '2018-06-28',
    type: 'date',
    answer: ['June 28, 2018'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      'U.S President Donald Trump will hold a summit with Russian President Vladimir Putin, as both the White ' +
      'House and Moscow announced on Thursday, June 28.',
  },
  {
    q: 'When was the second meeting between Trump and Putin?',
    intent: 'when',
    value: '2017-11',
    type: 'month',
    answer: ['November 2017'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      "The second time the two Presidents met was last year in November when the two attended a leaders' summit " +
      'in Vietnam.',
  },
  {
    q: 'when did trump and putin meet in vietnam?',
    intent: 'when',
    value: '2017-11',
    type: 'month',
    answer: ['November 2017'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      "The second time the two Presidents met was last year in November when the two attended a leaders' summit " +
      'in Vietnam.',
  },
  {
    q: 'What year was the G-20 Hamburg Summit?',
    intent: 'when',
    value: '2017',
    type: 'year',
    answer: ['2017'],
    article: '000_0822db5d3fbd1d06',
    sentence: 'Wikimedia Commons/www.kremlin.ru Vladimir Putin and Donald Trump meet at the 2017 G-20 Hamburg Summit',
  },
  {
    q: 'When did Trump fire Comey?',
    intent: 'when',
    value: 'Tuesday night',
    type: 'date',
    answer: ['Tuesday night'],
    article: '003_8b7f0754d3702f6c',
    sentence:
      'On Tuesday night, Trump fired the Director of the FBI James Comey and Putin seemed to be in full support ' +
      'for his cause.',
  },
  {
    q: 'when was james comey fired',
    intent: 'when',
    value: 'Tuesday night',
    type: 'date',
    answer: ['Tuesday night'],
    article: '003_8b7f0754d3702f6c',
    sentence:
      'On Tuesday night, Trump fired the Director of the FBI James Comey and Putin seemed to be in full support ' +
      'for his cause.',
  },
  {
    q: 'When did Sergei Lavrov speak with Trump in Washington?',
    intent: 'when',
    value: 'Wednesday',
    type: 'date',
    answer: ['Wednesday'],
    article: '003_8b7f0754d3702f6c',
    sentence:
      'The meeting was confirmed by The Russian Foreign Minister Sergei Lavrov, and the announcement was made ' +
      'right after Sergei spoke with Trump in Washington on Wednesday.',
  },
  {
    q: 'what day did lavrov talk to trump',
    intent: 'when',
    value: 'Wednesday',
    type: 'date',
    answer: ['Wednesday'],
    article: '003_8b7f0754d3702f6c',
    sentence:
      'The meeting was confirmed by The Russian Foreign Minister Sergei Lavrov, and the announcement was made ' +
      'right after Sergei spoke with Trump in Washington on Wednesday.',
  },
  {
    q: 'When will the Presidents discuss Syria and Ukraine?',
    intent: 'when',
    value: 'July',
    type: 'month',
    answer: ['July'],
    article: '003_8b7f0754d3702f6c',
    sentence: 'The Presidents will discuss Syria, Ukraine and other longstanding conflicts in July.',
  },
  {
    q: 'Where is the Helsinki summit on July 16?',
    intent: 'where',
    value: 'Helsinki',
    type: 'city',
    answer: ['Helsinki'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      'The meeting will be held on July 16 in Helsinki and is now considered a very high profile step in ' +
      'smoothing over relations between the two countries.',
  },
  {
    q: 'Where will Trump and Putin meet on July 16?',
    intent: 'where',
    value: 'Helsinki',
    type: 'city',
    answer: ['Helsinki'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      'The meeting will be held on July 16 in Helsinki and is now considered a very high profile step in ' +
      'smoothing over relations between the two countries.',
  },
  {
    q: 'What city will host the July 16 summit?',
    intent: 'where',
    value: 'Helsinki',
    type: 'city',
    answer: ['Helsinki'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      'The meeting will be held on July 16 in Helsinki and is now considered a very high profile step in ' +
      'smoothing over relations between the two countries.',
  },
  {
    q: 'what country is Helsinki in?',
    intent: 'where',
    value: 'Finland',
    type: 'country',
    answer: ['Finland'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      'The meeting will be held on July 16 in Helsinki and is now considered a very high profile step in ' +
      'smoothing over relations between the two countries.',
  },
  {
    q: 'In which country will the July 16 summit take place?',
    intent: 'where',
    value: 'Finland',
    type: 'country',
    answer: ['Finland'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      'The meeting will be held on July 16 in Helsinki and is now considered a very high profile step in ' +
      'smoothing over relations between the two countries.',
  },
  {
    q: 'In which city was the first meeting between Trump and Putin?',
    intent: 'where',
    value: 'Hamburg',
    type: 'city',
    answer: ['Hamburg'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      'The first meeting between Trump and Putin was back in 2017, during the G7 summit in Hamburg that saw the ' +
      'two leaders having a dinner chat alone with only a Russian translator standing by.',
  },
  {
    q: 'Where was the second meeting between Trump and Putin?',
    intent: 'where',
    value: 'Vietnam',
    type: 'country',
    answer: ['Vietnam'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      "The second time the two Presidents met was last year in November when the two attended a leaders' summit " +
      'in Vietnam.',
  },
  {
    q: 'in which country was the second meeting?',
    intent: 'where',
    value: 'Vietnam',
    type: 'country',
    answer: ['Vietnam'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      "The second time the two Presidents met was last year in November when the two attended a leaders' summit " +
      'in Vietnam.',
  },
  {
    q: 'Where did Lavrov speak with Trump?',
    intent: 'where',
    value: 'Washington',
    type: 'city',
    answer: ['Washington'],
    article: '003_8b7f0754d3702f6c',
    sentence:
      'The meeting was confirmed by The Russian Foreign Minister Sergei Lavrov, and the announcement was made ' +
      'right after Sergei spoke with Trump in Washington on Wednesday.',
  },
  {
    q: 'In which city did Sergei Lavrov speak with Trump on Wednesday?',
    intent: 'where',
    value: 'Washington',
    type: 'city',
    answer: ['Washington'],
    article: '003_8b7f0754d3702f6c',
    sentence:
      'The meeting was confirmed by The Russian Foreign Minister Sergei Lavrov, and the announcement was made ' +
      'right after Sergei spoke with Trump in Washington on Wednesday.',
  },
  {
    q: 'Who announced the Helsinki summit?',
    intent: 'who',
    value: 'White House and Moscow',
    type: 'organisation',
    answer: ['White House', 'Moscow'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      'U.S President Donald Trump will hold a summit with Russian President Vladimir Putin, as both the White ' +
      'House and Moscow announced on Thursday, June 28.',
  },
  {
    q: 'who anounced the summit??',
    intent: 'who',
    value: 'White House and Moscow',
    type: 'organisation',
    answer: ['White House', 'Moscow'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      'U.S President Donald Trump will hold a summit with Russian President Vladimir Putin, as both the White ' +
      'House and Moscow announced on Thursday, June 28.',
  },
  {
    q: 'Who will Trump hold a summit with?',
    intent: 'who',
    value: 'Vladimir Putin',
    type: 'person',
    answer: ['Vladimir Putin'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      'U.S President Donald Trump will hold a summit with Russian President Vladimir Putin, as both the White ' +
      'House and Moscow announced on Thursday, June 28.',
  },
  {
    q: 'who will hold a summit with vladimir putin',
    intent: 'who',
    value: 'Donald Trump',
    type: 'person',
    answer: ['Donald Trump'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      'U.S President Donald Trump will hold a summit with Russian President Vladimir Putin, as both the White ' +
      'House and Moscow announced on Thursday, June 28.',
  },
  {
    q: 'Who confirmed the meeting between Trump and Putin at the G20 summit?',
    intent: 'who',
    value: 'Sergei Lavrov',
    type: 'person',
    answer: ['Sergei Lavrov'],
    article: '003_8b7f0754d3702f6c',
    sentence:
      'The meeting was confirmed by The Russian Foreign Minister Sergei Lavrov, and the announcement was made ' +
      'right after Sergei spoke with Trump in Washington on Wednesday.',
  },
  {
    q: 'who confirmd the g20 meeting',
    intent: 'who',
    value: 'Sergei Lavrov',
    type: 'person',
    answer: ['Sergei Lavrov'],
    article: '003_8b7f0754d3702f6c',
    sentence:
      'The meeting was confirmed by The Russian Foreign Minister Sergei Lavrov, and the announcement was made ' +
      'right after Sergei spoke with Trump in Washington on Wednesday.',
  },
  {
    q: 'Who is the Russian Foreign Minister?',
    intent: 'who',
    value: 'Sergei Lavrov',
    type: 'person',
    answer: ['Sergei Lavrov'],
    article: '003_8b7f0754d3702f6c',
    sentence:
      'The meeting was confirmed by The Russian Foreign Minister Sergei Lavrov, and the announcement was made ' +
      'right after Sergei spoke with Trump in Washington on Wednesday.',
  },
  {
    q: 'Who is Sergei Lavrov?',
    intent: 'who',
    value: 'Russian Foreign Minister',
    type: 'role',
    answer: ['Foreign Minister'],
    article: '003_8b7f0754d3702f6c',
    sentence:
      'The meeting was confirmed by The Russian Foreign Minister Sergei Lavrov, and the announcement was made ' +
      'right after Sergei spoke with Trump in Washington on Wednesday.',
  },
  {
    q: 'who is the White House press secretary?',
    intent: 'who',
    value: 'Sarah Huckabee Sanders',
    type: 'person',
    answer: ['Sarah Huckabee Sanders'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      'For this summit, one talking point would be "relations between the United States and Russia and a range ' +
      'of national security issues," as stated by White House press secretary Sarah Huckabee Sanders via the ' +
      'Washington Post.',
  },
  {
    q: "What is Sarah Huckabee Sanders's role?",
    intent: 'who',
    value: 'White House press secretary',
    type: 'role',
    answer: ['press secretary'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      'For this summit, one talking point would be "relations between the United States and Russia and a range ' +
      'of national security issues," as stated by White House press secretary Sarah Huckabee Sanders via the ' +
      'Washington Post.',
  },
  {
    q: 'what is sarah huckabee sanders job',
    intent: 'who',
    value: 'White House press secretary',
    type: 'role',
    answer: ['press secretary'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      'For this summit, one talking point would be "relations between the United States and Russia and a range ' +
      'of national security issues," as stated by White House press secretary Sarah Huckabee Sanders via the ' +
      'Washington Post.',
  },
  {
    q: 'who was the director of the FBI?',
    intent: 'who',
    value: 'James Comey',
    type: 'person',
    answer: ['James Comey'],
    article: '003_8b7f0754d3702f6c',
    sentence:
      'On Tuesday night, Trump fired the Director of the FBI James Comey and Putin seemed to be in full support ' +
      'for his cause.',
  },
  {
    q: 'Who did Trump fire?',
    intent: 'who',
    value: 'James Comey',
    type: 'person',
    answer: ['James Comey'],
    article: '003_8b7f0754d3702f6c',
    sentence:
      'On Tuesday night, Trump fired the Director of the FBI James Comey and Putin seemed to be in full support ' +
      'for his cause.',
  },
  {
    q: 'who fird the director of the fbi',
    intent: 'who',
    value: 'Donald Trump',
    type: 'person',
    answer: ['Trump'],
    label: 'the firing of James Comey',
    article: '003_8b7f0754d3702f6c',
    sentence:
      'On Tuesday night, Trump fired the Director of the FBI James Comey and Putin seemed to be in full support ' +
      'for his cause.',
  },
  {
    q: 'who did trump fire on tuesday night',
    intent: 'who',
    value: 'James Comey',
    type: 'person',
    answer: ['James Comey'],
    article: '003_8b7f0754d3702f6c',
    sentence:
      'On Tuesday night, Trump fired the Director of the FBI James Comey and Putin seemed to be in full support ' +
      'for his cause.',
  },
  {
    q: 'What did Trump do to Comey?',
    intent: 'what',
    value: 'fired',
    type: 'other',
    answer: ['fired'],
    article: '003_8b7f0754d3702f6c',
    sentence:
      'On Tuesday night, Trump fired the Director of the FBI James Comey and Putin seemed to be in full support ' +
      'for his cause.',
  },
  {
    q: 'What happened to US-Russia ties under the Trump administration?',
    intent: 'what',
    value: 'became worse',
    type: 'other',
    answer: ['worse'],
    article: '003_8b7f0754d3702f6c',
    sentence: 'According to CNN, the US-Russia ties became worse under the Trump administration.',
  },
  {
    q: "Why was Trump's election campaign investigated?",
    intent: 'what',
    value: 'possible connections with Russia',
    type: 'other',
    answer: ['possible connections with Russia'],
    article: '003_8b7f0754d3702f6c',
    sentence:
      "Reports stated that Donald Trump's election campaign was being investigated by US authorities for " +
      'possible connections with Russia.',
  },
  {
    q: 'What is Trump looking forward to?',
    intent: 'what',
    value: 'building relations with Russia',
    type: 'other',
    answer: ['building relations with Russia'],
    article: '003_8b7f0754d3702f6c',
    sentence:
      'The meeting between both Presidents is hotly anticipated, Trump said that he had a very good discussion ' +
      'with Sergei at the White House and he is certainly looking forward to building relations with Russia.',
  },
  {
    q: 'what did trump do on social media',
    intent: 'what',
    value: 'hit back at the country and its possible role in the past elections',
    type: 'other',
    answer: ['hit back'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      'Trump has continued to hold vastly different opinions on Russia, as the President once again took to ' +
      'social media to hit back at the country and its possible role in the past elections.',
  },
  {
    q: 'What will the Helsinki summit be about?',
    intent: 'about',
    value: 'relations between the United States and Russia and a range of national security issues',
    type: 'topic',
    answer: ['national security'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      'For this summit, one talking point would be "relations between the United States and Russia and a range ' +
      'of national security issues," as stated by White House press secretary Sarah Huckabee Sanders via the ' +
      'Washington Post.',
  },
  {
    q: 'what is the helsinki summit about',
    intent: 'about',
    value: 'relations between the United States and Russia and a range of national security issues',
    type: 'topic',
    answer: ['national security'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      'For this summit, one talking point would be "relations between the United States and Russia and a range ' +
      'of national security issues," as stated by White House press secretary Sarah Huckabee Sanders via the ' +
      'Washington Post.',
  },
  {
    q: 'wat will they discuss at the helsinki summit',
    intent: 'about',
    value: 'relations between the United States and Russia and a range of national security issues',
    type: 'topic',
    answer: ['national security'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      'For this summit, one talking point would be "relations between the United States and Russia and a range ' +
      'of national security issues," as stated by White House press secretary Sarah Huckabee Sanders via the ' +
      'Washington Post.',
  },
  {
    q: 'What is one talking point of the Helsinki summit?',
    intent: 'about',
    value: 'relations between the United States and Russia and a range of national security issues',
    type: 'topic',
    answer: ['relations between the United States and Russia'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      'For this summit, one talking point would be "relations between the United States and Russia and a range ' +
      'of national security issues," as stated by White House press secretary Sarah Huckabee Sanders via the ' +
      'Washington Post.',
  },
  {
    q: 'what topics will trump and putin discuss at the g20 summit',
    intent: 'about',
    value: 'Syria, Ukraine and other longstanding conflicts',
    type: 'topic',
    answer: ['Syria', 'Ukraine'],
    article: '003_8b7f0754d3702f6c',
    sentence: 'The Presidents will discuss Syria, Ukraine and other longstanding conflicts in July.',
  },
  {
    q: 'Which conflicts will the Presidents discuss?',
    intent: 'about',
    value: 'Syria, Ukraine and other longstanding conflicts',
    type: 'topic',
    answer: ['Syria', 'Ukraine'],
    article: '003_8b7f0754d3702f6c',
    sentence: 'The Presidents will discuss Syria, Ukraine and other longstanding conflicts in July.',
  },
  {
    q: 'how many times have Trump and Putin met before Helsinki?',
    intent: 'how_many',
    value: '2',
    type: 'number',
    answer: ['2'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      'This upcoming high profile summit in Helsinki will only be the third time that the two Presidents of ' +
      'their respective countries would meet in the same room.',
  },
  {
    q: 'How many times had Trump and Putin met before the Helsinki summit?',
    intent: 'how_many',
    value: '2',
    type: 'number',
    answer: ['2'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      'This upcoming high profile summit in Helsinki will only be the third time that the two Presidents of ' +
      'their respective countries would meet in the same room.',
  },
  {
    q: 'How many previous meetings have Trump and Putin had before the Helsinki summit?',
    intent: 'how_many',
    value: '2',
    type: 'number',
    answer: ['2'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      'This upcoming high profile summit in Helsinki will only be the third time that the two Presidents of ' +
      'their respective countries would meet in the same room.',
  },
  {
    q: 'how many times will Trump and Putin have met after Helsinki',
    intent: 'how_many',
    value: '3',
    type: 'number',
    answer: ['3'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      'This upcoming high profile summit in Helsinki will only be the third time that the two Presidents of ' +
      'their respective countries would meet in the same room.',
  },
  {
    q: 'How many times will the two Presidents have met in the same room after the Helsinki summit?',
    intent: 'how_many',
    value: '3',
    type: 'number',
    answer: ['3'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      'This upcoming high profile summit in Helsinki will only be the third time that the two Presidents of ' +
      'their respective countries would meet in the same room.',
  },
  {
    q: 'HOW MANY MEETINGS WILL TRUMP AND PUTIN HAVE HAD AFTER THE HELSINKI SUMMIT',
    intent: 'how_many',
    value: '3',
    type: 'number',
    answer: ['3'],
    article: '000_0822db5d3fbd1d06',
    sentence:
      'This upcoming high profile summit in Helsinki will only be the third time that the two Presidents of ' +
      'their respective countries would meet in the same room.',
  },
];

export const unanswerable: UnanswerableCase[] = [
  {
    q: 'What was the outcome of the Helsinki summit?',
    intent: 'what',
    reason: 'not_stated',
    why: 'The summit is still to come in both articles; no outcome is reported.',
  },
  {
    q: 'What is the population of Helsinki?',
    intent: 'what',
    reason: 'not_stated',
    why: 'A property of the city the articles never give.',
  },
  {
    q: 'How many people attended the Vietnam summit?',
    intent: 'how_many',
    reason: 'not_stated',
    why: 'The articles number the meetings, not the people at them.',
  },
  {
    q: 'When did Hawaii become a state?',
    intent: 'when',
    reason: 'unknown_name',
    why: 'General trivia; neither article mentions Hawaii.',
  },
  {
    q: 'Who won the 2018 World Cup?',
    intent: 'who',
    reason: 'unknown_name',
    why: 'General trivia; the World Cup is not in the articles.',
  },
  {
    q: 'How tall is the Eiffel Tower?',
    intent: 'what',
    reason: 'unknown_name',
    why: 'General trivia; the Eiffel Tower is not in the articles.',
  },
  {
    q: 'Where was Donald Trump born?',
    intent: 'where',
    reason: 'not_stated',
    why: "Trump's birthplace is not given in either article.",
  },
  {
    q: 'What time of day does the Helsinki summit start?',
    intent: 'when',
    reason: 'not_stated',
    why: 'Only the date (July 16) is given, no time of day.',
  },
  {
    q: 'How long will the Helsinki summit last?',
    intent: 'how_many',
    reason: 'not_stated',
    why: 'The duration of the summit is not stated.',
  },
  {
    q: 'Where will the fourth meeting between Trump and Putin be held?',
    intent: 'where',
    reason: 'not_stated',
    why: 'No fourth meeting is mentioned.',
  },
  {
    q: 'Who won the 2016 election?',
    intent: 'who',
    reason: 'not_in_articles',
    why: 'The articles never mention 2016: whatever they say of past elections, nothing of that year.',
  },
  {
    q: 'What did Putin eat at the dinner?',
    intent: 'what',
    reason: 'not_stated',
    why: 'The Hamburg dinner chat is mentioned but not the food.',
  },
  {
    q: 'When did Angela Merkel meet Putin?',
    intent: 'when',
    reason: 'unknown_name',
    why: 'Angela Merkel is never mentioned.',
  },
  {
    q: 'Where is Emmanuel Macron?',
    intent: 'where',
    reason: 'unknown_name',
    why: 'Emmanuel Macron is never mentioned.',
  },
  {
    q: 'Who is the Kremlin spokesperson?',
    intent: 'who',
    reason: 'not_stated',
    why: 'The Kremlin spokesperson in article 003 is not named.',
  },
  {
    q: 'Who replaced James Comey as director of the FBI?',
    intent: 'who',
    reason: 'not_stated',
    why: "Comey's successor is not mentioned.",
  },
  {
    q: 'In what year did Trump fire James Comey?',
    intent: 'when',
    reason: 'not_stated',
    why: "Article 003 has no publication date, so 'Tuesday night' cannot be resolved to a year.",
  },
  {
    q: 'On what date did Sergei Lavrov visit Washington?',
    intent: 'when',
    reason: 'not_stated',
    why: "Article 003 is undated; only the weekday 'Wednesday' is known, not the date.",
  },
  {
    q: "What was discussed at the leaders' summit in Vietnam?",
    intent: 'about',
    reason: 'not_stated',
    why: 'The topics of the Vietnam meeting are not stated.',
  },
  {
    q: 'How many times has Trump met Xi Jinping?',
    intent: 'how_many',
    reason: 'unknown_name',
    why: "Xi Jinping and meetings with China's leader are not mentioned.",
  },
];

/** One candidate answer found in the seed articles: its bare value and the words that name it in an answer text. */
export interface Candidate {
  value: string;
  /** How an answer text may name it, longest first (matched as whole words, case-insensitively). */
  texts: string[];
}

/**
 * Every candidate of each kind in the two seed articles, read from their text. An answer of one kind must
 * name no candidate of that kind but its own: a `when` answer no other date, a `where` answer no other place,
 * a `who` answer no other person.
 */
export const candidates = {
  date: [
    { value: '2018-07-16', texts: ['Monday, July 16, 2018', 'July 16, 2018', 'July 16'] },
    { value: '2018-06-28', texts: ['Thursday, June 28, 2018', 'June 28, 2018', 'June 28'] },
    { value: '2017-11', texts: ['November 2017', 'November'] },
    { value: '2017', texts: ['2017'] },
    { value: 'Tuesday night', texts: ['Tuesday night', 'Tuesday'] },
    { value: 'Wednesday', texts: ['Wednesday'] },
    { value: 'July', texts: ['July'] },
  ],
  city: [
    { value: 'Helsinki', texts: ['Helsinki'] },
    { value: 'Hamburg', texts: ['Hamburg'] },
    { value: 'Washington', texts: ['Washington'] },
    { value: 'Moscow', texts: ['Moscow'] },
  ],
  country: [
    { value: 'Finland', texts: ['Finland'] },
    { value: 'Vietnam', texts: ['Vietnam'] },
    { value: 'Russia', texts: ['Russia'] },
    { value: 'China', texts: ['China'] },
    { value: 'United States', texts: ['United States', 'U.S.', 'US'] },
  ],
  person: [
    { value: 'Donald Trump', texts: ['Donald Trump', 'Trump'] },
    { value: 'Vladimir Putin', texts: ['Vladimir Putin', 'Putin'] },
    { value: 'Sergei Lavrov', texts: ['Sergei Lavrov', 'Lavrov', 'Sergei'] },
    { value: 'Sarah Huckabee Sanders', texts: ['Sarah Huckabee Sanders', 'Huckabee', 'Sanders'] },
    { value: 'James Comey', texts: ['James Comey', 'Comey'] },
    { value: 'Barrack Obama', texts: ['Barrack Obama', 'Obama'] },
    { value: 'Hillary', texts: ['Hillary'] },
  ],
  organisation: [
    { value: 'White House and Moscow', texts: ['White House', 'Moscow'] },
    { value: 'Kremlin', texts: ['Kremlin'] },
    { value: 'FBI', texts: ['Federal Bureau of Investigation', 'FBI'] },
    { value: 'CNN', texts: ['CNN'] },
    { value: 'The Guardian', texts: ['Guardian'] },
    { value: 'Washington Post', texts: ['Washington Post'] },
    { value: 'DNC', texts: ['DNC'] },
  ],
  role: [
    { value: 'Russian Foreign Minister', texts: ['Russian Foreign Minister', 'Foreign Minister'] },
    { value: 'White House press secretary', texts: ['White House press secretary', 'press secretary'] },
    { value: 'Director of the FBI', texts: ['Director of the FBI', 'Director'] },
    { value: 'Russian President', texts: ['Russian President'] },
    { value: 'U.S President', texts: ['U.S President', 'President of the United States'] },
    { value: 'Kremlin spokesperson', texts: ['spokesperson'] },
    { value: 'translator', texts: ['translator'] },
  ],
  topic: [
    {
      value: 'relations between the United States and Russia and a range of national security issues',
      texts: ['relations between the United States and Russia', 'national security'],
    },
    { value: 'Syria, Ukraine and other longstanding conflicts', texts: ['Syria', 'Ukraine', 'longstanding conflicts'] },
  ],
  number: [
    { value: '2', texts: ['2', 'two'] },
    { value: '3', texts: ['3', 'three', 'third'] },
  ],
} satisfies Record<string, Candidate[]>;

/** The candidates an answer of fine type `type` must not name besides its own: null when the kind has none. */
export function rivalsOf(type: FineType): Candidate[] | null {
  switch (type) {
    case 'date':
    case 'month':
    case 'year':
    case 'time':
      return candidates.date;
    case 'city':
      return candidates.city;
    case 'country':
      return candidates.country;
    case 'place':
      return [...candidates.city, ...candidates.country];
    case 'person':
      return candidates.person;
    case 'organisation':
      return candidates.organisation;
    case 'role':
      return candidates.role;
    case 'topic':
      return candidates.topic;
    case 'number':
      return candidates.number;
    default:
      return null;
  }
}

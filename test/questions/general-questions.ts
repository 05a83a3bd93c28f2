// Questions about the tests' own articles (test/articles/*.txt): eight kinds of event that are not
// meetings, written for these tests. They are the spec for typed, verified answers (issues 9 and 10).
//
// Conventions for `value` (the bare answer):
//   when      ISO 'YYYY-MM-DD' (relative dates resolved against the header date as a journalist means
//             them: "on Sunday" in a report of something past is the Sunday before; "as early as
//             Monday" and "on Wednesday" for something to come are the next ones); 'YYYY-MM' / 'YYYY'
//             when the article is only that precise; time of day 'HH:MM' (24 h).
//   where     the place as the article writes it: the venue for "where", the city for "what city",
//             the country for "what country".
//   who       the full name as first written in the article, without role words.
//   how_many  digits only ('2700', '500000' for "half a million", '5' for "Five"); a duration as
//             number + unit as written ('12 years'); money as written ('$2.4 billion').
//   quote     the quoted words without the quote marks and without the punctuation that closes them
//             off from the reporting clause (a trailing comma or full stop inside the marks).
//   yesno     'yes' / 'no'.
// `sentence` is the one sentence (as src/extract/sentences.ts cuts it) that states the answer,
// copied byte for byte; the first citation must be exactly it.

export type GeneralIntent = 'when' | 'where' | 'who' | 'how_many' | 'what' | 'yesno';
export type FineType =
  | 'date'
  | 'year'
  | 'month'
  | 'time'
  | 'duration'
  | 'city'
  | 'country'
  | 'place'
  | 'person'
  | 'organisation'
  | 'number'
  | 'money'
  | 'quote'
  | 'yesno';
export type DeclineReason = 'not_in_articles' | 'unknown_name' | 'not_stated';

export interface GeneralAnswerable {
  readonly id: string;
  /** Article id: the file name in test/articles without `.txt`. */
  readonly article: string;
  readonly q: string;
  readonly intent: GeneralIntent;
  readonly type: FineType;
  readonly value: string;
  readonly sentence: string;
}

export interface GeneralDecline {
  readonly id: string;
  /** The article the question sounds close to, when there is one. */
  readonly article?: string;
  readonly q: string;
  readonly intent: GeneralIntent;
  readonly reason: DeclineReason;
}

// ---- The cited sentences, byte for byte, by article ----

/** cup-final, published Monday 2024-11-11. */
const FINAL = {
  lede:
    'Substitute Park Min-jun headed in a corner in the 112th minute on Sunday to give Busan Harbour FC a 2-1 win ' +
    'over Incheon Tigers in the Han River Cup final at Seoul World Cup Stadium.',
  penalty: 'Incheon had gone ahead just before half-time, when captain Lee Do-hyun converted a penalty.',
  equaliser: "Busan's equaliser came from a long-range strike by midfielder Oh Jae-sung after 68 minutes.",
  crowd: 'A crowd of 51,870 watched the final, according to the Korea Football Association.',
  injury: "Incheon's top scorer, Jung Woo-sung, did not play because of a knee injury.",
  quote: '"I have waited my whole life for a night like this," Park told reporters after the final whistle.',
  coach:
    'Busan coach Ana Ferreira, a Portuguese who took charge last month, said her squad had run on "pure belief" ' +
    'in extra time.',
  founded: 'The trophy is the first major honour for Busan Harbour FC, which was founded in 1997.',
  prize:
    "Along with the cup, Busan collects prize money of 500 million won and a place in next season's Asian " +
    'Champions League.',
  next: 'Incheon Tigers have little time to recover before they host Ulsan in the league on Wednesday.',
} as const;

/** earthquake, published Monday 2025-02-03. */
const QUAKE = {
  quake:
    'The magnitude 6.8 quake hit at 11:48 p.m. local time on Sunday, and its epicentre was 12 kilometres north ' +
    'of Chala, according to the US Geological Survey.',
  felt:
    "Shaking was felt strongly in Arequipa, the country's second-largest city, and more mildly in the capital, " +
    'Lima, some 600 kilometres to the north.',
  injured:
    "Peru's National Civil Defence Institute said 134 people had been injured and that 412 homes were damaged " +
    'or destroyed.',
  quote:
    '"The next 48 hours are critical, because aftershocks can bring down walls that are already cracked," civil ' +
    'defence chief Rosa Quispe told the radio station RPP.',
  tsunami: 'No tsunami warning was issued.',
  dead:
    'Five of the dead were in Chala and nearby fishing villages, a regional health official told Reuters on ' +
    'Monday.',
  rescue: "Rescue teams from Lima were flown overnight into Arequipa's Rodriguez Ballon Airport.",
  schools: 'Schools across the Arequipa region will stay closed until Wednesday while engineers check their buildings.',
} as const;

/** verdict, published Thursday 2024-09-19. */
const VERDICT = {
  lede:
    'Marcus Delaney, a Boston investment manager who promised clients that a trading robot would double their ' +
    'money, was sentenced to 12 years in prison on Wednesday.',
  judge:
    'District Judge Eleanor Lloyd-Hughes, who imposed the sentence, also ordered Delaney to repay $48 million ' +
    'to more than 2,300 investors.',
  jury: 'A jury in Boston found Delaney guilty of wire fraud and money laundering in June after a three-week trial.',
  chalet:
    'Prosecutors said the robot never existed: money from new clients was used to pay earlier ones, while ' +
    'Delaney spent millions on a yacht and a ski chalet in Vermont.',
  quote:
    '"You built a machine for taking money from people who trusted you," Lloyd-Hughes told him as she read out ' +
    'the sentence.',
  silent: 'Delaney, who wore a grey suit, did not speak in court.',
  victim: 'One victim, retired nurse Dolores Whitfield, told the court she had lost her entire pension of $310,000.',
  lawyer: "Delaney's lawyer, Priya Raman, said he would appeal to the First Circuit Court of Appeals.",
  fbi: 'The FBI said the yacht, seized in 2023, would be sold at auction to help repay victims.',
  report: 'Delaney must report to prison within 30 days, a spokesman for the prosecutors told Reuters.',
} as const;

/** acquisition, published Tuesday 2025-05-06. */
const DEAL = {
  lede:
    'Nordvik Foods, the Norwegian seafood group, has agreed to buy Aurelia Beverages from private equity firm ' +
    'Castlegate Partners for $2.4 billion, the companies said on Monday.',
  owned: 'The London-based Castlegate has owned Aurelia, the maker of Fjellkilde mineral water, since 2018.',
  employs: 'Aurelia employs 3,800 people, most of them at bottling plants in Norway and Sweden.',
  sales: "Aurelia's sales grew 11 percent last year, to 9.7 billion Norwegian crowns.",
  jobs: 'Nordvik said no jobs would be cut as a result of the deal, which it will pay for in cash and new loans.',
  quote:
    '"Water is the fastest-growing part of the drinks market, and Aurelia gives us the strongest brand in it," ' +
    'Nordvik chief executive Ingrid Solberg said in a statement.',
  listing:
    'Castlegate had explored a stock market listing of Aurelia last year, the business daily Dagens Naeringsliv ' +
    'reported in March.',
  shares: 'Shares in Nordvik, which is listed in Oslo, rose 6.2 percent on Monday.',
  advisers: 'DNB Markets advised Nordvik, while Goldman Sachs advised Castlegate.',
} as const;

/** launch, published Wednesday 2025-01-22. */
const LAUNCH = {
  lede:
    'Carrying a lunar probe named Aditi, a PSLV rocket lifted off from the Satish Dhawan Space Centre at 2:35 ' +
    'p.m. on Tuesday.',
  orbit:
    'The Indian Space Research Organisation said the rocket placed the 1,480-kilogram probe into an elliptical ' +
    'orbit around Earth about 20 minutes after launch.',
  days:
    "Aditi will spend roughly 40 days raising its orbit in stages before it is captured by the Moon's gravity, " +
    'according to mission director Kavitha Raghunathan.',
  quote:
    '"Every gram of this spacecraft was built in India, and every gram worked today," Raghunathan told ' +
    'reporters at the launch site.',
  scrub: 'An attempt to launch on Sunday had been called off 90 minutes before lift-off because of strong winds.',
  cost: 'The mission cost 6.1 billion rupees, ISRO chairman Suresh Menon said.',
  land: 'The Aditi probe is not designed to land on the Moon.',
  jaxa: "Japan's space agency JAXA supplied one of the probe's four cameras.",
} as const;

/** resignation, published Saturday 2025-03-15. */
const RESIGN = {
  resigned:
    'Energy Minister Kavish Ramdin resigned on Friday, handing his letter to Prime Minister Navin Gopaul at ' +
    'Government House in Port Louis.',
  people:
    'Roughly half a million people were left without power during the blackout, according to the Central ' +
    'Electricity Board.',
  inquiry:
    'An inquiry by the board found that a transformer fault at the Fort Victoria power station spread across ' +
    'the grid because protective switches had not been serviced since 2021.',
  quote:
    'In a televised statement, Ramdin said: "I take full responsibility for the failures that left families in ' +
    'the dark."',
  months: 'Ramdin, 52, had been energy minister for 14 months.',
  successor:
    "Deputy energy minister Sandra Moutou is expected to be sworn in as Ramdin's successor as early as Monday, " +
    'government spokeswoman Leena Appadoo told Reuters.',
  opposition:
    'Opposition leader Paul Lavictoire said the resignation had come "far too late" and called for a debate in ' +
    'parliament next week.',
  seat: 'Ramdin will keep his seat in the National Assembly.',
} as const;

/** election, published Sunday 2024-10-27. */
const ELECTION = {
  lede:
    "Iceland's Reform Alliance won 21 of the 63 seats in the Althing in Saturday's parliamentary election, final " +
    'results released on Sunday showed.',
  leader:
    'The Reform Alliance, led by former fisheries inspector Sigrun Halldorsdottir, gained seven seats compared ' +
    'with the last vote in 2021.',
  turnout: 'Turnout reached 81.3 percent, the highest in two decades, according to the National Electoral Commission.',
  bloc: 'The governing Independence Bloc slumped to 14 seats, its worst result since it was founded.',
  quote:
    '"Icelanders have asked for a government that lives within the means of ordinary families," Halldorsdottir ' +
    'told cheering supporters in Austurvollur Square in Reykjavik shortly after midnight.',
  pm: 'Prime Minister Gunnar Thorsson conceded defeat but did not resign.',
  talks:
    'Talks on forming a coalition are expected to begin next week, and Halldorsdottir has said she will ' +
    'approach the Green Left Movement first.',
  parties: 'Nine parties stood in the election, and six of them cleared the threshold needed to win seats.',
} as const;

/** teachers-strike, published Tuesday 2025-04-08. */
const STRIKE = {
  lede:
    'About 2,700 teachers in the Eastfield school district went on strike on Monday, the first walkout in the ' +
    "district's 60-year history.",
  schools: "Classes were cancelled at all 41 of the district's schools, leaving roughly 38,000 students at home.",
  demand:
    'The Eastfield Teachers Association, which represents the teachers, is demanding a 9 percent raise over two ' +
    'years, while the district has offered 4 percent.',
  march:
    'Hundreds of strikers marched from the district offices to Cesar Chavez Plaza in downtown Sacramento, ' +
    'carrying placards that read "Fund our classrooms."',
  quote:
    '"We love our students, but we cannot keep teaching them on wages that do not cover rent," union president ' +
    'Dana Whitcombe told the crowd.',
  medina:
    'Superintendent Carlos Medina said the district could not afford more without cutting programmes, and that ' +
    'negotiators would return to the table as early as Thursday.',
  board: "Eastfield's school board will hold an emergency meeting on Wednesday, according to the district's website.",
  vote: 'Last month, 94 percent of union members voted to authorise the walkout, the Sacramento Bee reported.',
  talks: 'No talks were held on Monday.',
} as const;

type Row = readonly [id: string, q: string, intent: GeneralIntent, type: FineType, value: string, sentence: string];

function cases(article: string, rows: readonly Row[]): GeneralAnswerable[] {
  return rows.map(([id, q, intent, type, value, sentence]) => ({ id, article, q, intent, type, value, sentence }));
}

// ---- Answerable: per article, when / where / who / a quantity / a quote / an attribution / yes-no ----

const finalCases = cases('cup-final', [
  ['final-when', 'When was the Han River Cup final played?', 'when', 'date', '2024-11-10', FINAL.lede],
  ['final-where', 'Where was the Han River Cup final played?', 'where', 'place', 'Seoul World Cup Stadium', FINAL.lede],
  ['final-winner', 'Who won the Han River Cup final?', 'who', 'organisation', 'Busan Harbour FC', FINAL.lede],
  ['final-loser', 'Who did Busan Harbour FC beat in the final?', 'who', 'organisation', 'Incheon Tigers', FINAL.lede],
  [
    'final-header',
    'Which substitute headed in the goal that gave Busan Harbour FC the win?',
    'who',
    'person',
    'Park Min-jun',
    FINAL.lede,
  ],
  ['final-penalty', 'Who converted a penalty for Incheon?', 'who', 'person', 'Lee Do-hyun', FINAL.penalty],
  ['final-crowd', 'How many people watched the final?', 'how_many', 'number', '51870', FINAL.crowd],
  [
    'final-crowd-source',
    'Who said 51,870 people watched the final?',
    'who',
    'organisation',
    'Korea Football Association',
    FINAL.crowd,
  ],
  [
    'final-quote',
    'What did Park Min-jun say after the final whistle?',
    'what',
    'quote',
    'I have waited my whole life for a night like this',
    FINAL.quote,
  ],
  [
    'final-speaker',
    'Who said he had waited his whole life for a night like this?',
    'who',
    'person',
    'Park Min-jun',
    FINAL.quote,
  ],
  ['final-yes-penalty', 'Did Lee Do-hyun convert a penalty?', 'yesno', 'yesno', 'yes', FINAL.penalty],
  ['final-no-play', 'Did Jung Woo-sung play for Incheon?', 'yesno', 'yesno', 'no', FINAL.injury],
  ['final-founded', 'What year was Busan Harbour FC founded?', 'when', 'year', '1997', FINAL.founded],
  ['final-coach-since', 'When did Ana Ferreira take charge?', 'when', 'month', '2024-10', FINAL.coach],
  [
    'final-coach-quote',
    'What did Ana Ferreira say her squad had run on in extra time?',
    'what',
    'quote',
    'pure belief',
    FINAL.coach,
  ],
  ['final-prize', 'How much prize money does Busan collect?', 'how_many', 'money', '500 million won', FINAL.prize],
  ['final-next', 'When do Incheon Tigers host Ulsan?', 'when', 'date', '2024-11-13', FINAL.next],
]);

const quakeCases = cases('earthquake', [
  ['quake-when', 'When did the magnitude 6.8 earthquake hit?', 'when', 'date', '2025-02-02', QUAKE.quake],
  ['quake-time', 'What time did the earthquake hit?', 'when', 'time', '23:48', QUAKE.quake],
  ['quake-epicentre', 'Where was the epicentre of the earthquake?', 'where', 'city', 'Chala', QUAKE.quake],
  ['quake-felt-strongly', 'In which city was the shaking felt strongly?', 'where', 'city', 'Arequipa', QUAKE.felt],
  ['quake-felt-mildly', 'Where was the earthquake felt more mildly?', 'where', 'city', 'Lima', QUAKE.felt],
  ['quake-injured', 'How many people were injured in the earthquake?', 'how_many', 'number', '134', QUAKE.injured],
  ['quake-homes', 'How many homes were damaged or destroyed?', 'how_many', 'number', '412', QUAKE.injured],
  ['quake-dead-chala', 'How many of the dead were in Chala?', 'how_many', 'number', '5', QUAKE.dead],
  ['quake-magnitude', 'What was the magnitude of the quake?', 'how_many', 'number', '6.8', QUAKE.quake],
  [
    'quake-injured-source',
    'Who said 134 people had been injured?',
    'who',
    'organisation',
    'National Civil Defence Institute',
    QUAKE.injured,
  ],
  [
    'quake-epicentre-source',
    'According to whom was the epicentre north of Chala?',
    'who',
    'organisation',
    'US Geological Survey',
    QUAKE.quake,
  ],
  [
    'quake-quote',
    'What did Rosa Quispe say about aftershocks?',
    'what',
    'quote',
    'The next 48 hours are critical, because aftershocks can bring down walls that are already cracked',
    QUAKE.quote,
  ],
  ['quake-speaker', 'Who said the next 48 hours are critical?', 'who', 'person', 'Rosa Quispe', QUAKE.quote],
  ['quake-tsunami', 'Was a tsunami warning issued?', 'yesno', 'yesno', 'no', QUAKE.tsunami],
  [
    'quake-airport',
    'Which airport were rescue teams flown into?',
    'where',
    'place',
    'Rodriguez Ballon Airport',
    QUAKE.rescue,
  ],
  [
    'quake-schools',
    'Until when will schools in the Arequipa region stay closed?',
    'when',
    'date',
    '2025-02-05',
    QUAKE.schools,
  ],
]);

const verdictCases = cases('verdict', [
  ['verdict-when', 'When was Marcus Delaney sentenced?', 'when', 'date', '2024-09-18', VERDICT.lede],
  [
    'verdict-term',
    'How long was Marcus Delaney sentenced to in prison?',
    'how_many',
    'duration',
    '12 years',
    VERDICT.lede,
  ],
  ['verdict-judge', 'Who sentenced Marcus Delaney?', 'who', 'person', 'Eleanor Lloyd-Hughes', VERDICT.judge],
  ['verdict-repay', 'How much was Delaney ordered to repay?', 'how_many', 'money', '$48 million', VERDICT.judge],
  ['verdict-investors', 'How many investors must Delaney repay?', 'how_many', 'number', '2300', VERDICT.judge],
  ['verdict-convicted', 'When was Delaney found guilty?', 'when', 'month', '2024-06', VERDICT.jury],
  ['verdict-city', 'In which city did a jury find Delaney guilty?', 'where', 'city', 'Boston', VERDICT.jury],
  [
    'verdict-quote',
    'What did Eleanor Lloyd-Hughes tell Delaney as she read out the sentence?',
    'what',
    'quote',
    'You built a machine for taking money from people who trusted you',
    VERDICT.quote,
  ],
  ['verdict-silent', 'Did Delaney speak in court?', 'yesno', 'yesno', 'no', VERDICT.silent],
  ['verdict-prison', 'Was Marcus Delaney sentenced to prison?', 'yesno', 'yesno', 'yes', VERDICT.lede],
  [
    'verdict-auction-source',
    'Who said the yacht would be sold at auction?',
    'who',
    'organisation',
    'Federal Bureau of Investigation',
    VERDICT.fbi,
  ],
  ['verdict-seized', 'What year was the yacht seized?', 'when', 'year', '2023', VERDICT.fbi],
  ['verdict-lawyer', "Who is Delaney's lawyer?", 'who', 'person', 'Priya Raman', VERDICT.lawyer],
  ['verdict-pension', 'How much did Dolores Whitfield lose?', 'how_many', 'money', '$310,000', VERDICT.victim],
  [
    'verdict-report',
    'Within how many days must Delaney report to prison?',
    'how_many',
    'duration',
    '30 days',
    VERDICT.report,
  ],
]);

const dealCases = cases('acquisition', [
  ['deal-when', 'When did Nordvik Foods say it would buy Aurelia Beverages?', 'when', 'date', '2025-05-05', DEAL.lede],
  ['deal-buyer', 'Who is buying Aurelia Beverages?', 'who', 'organisation', 'Nordvik Foods', DEAL.lede],
  ['deal-seller', 'Who is selling Aurelia Beverages?', 'who', 'organisation', 'Castlegate Partners', DEAL.lede],
  [
    'deal-price',
    'How much is Nordvik Foods paying for Aurelia Beverages?',
    'how_many',
    'money',
    '$2.4 billion',
    DEAL.lede,
  ],
  ['deal-staff', 'How many people does Aurelia employ?', 'how_many', 'number', '3800', DEAL.employs],
  ['deal-owned-since', 'Since what year has Castlegate owned Aurelia?', 'when', 'year', '2018', DEAL.owned],
  ['deal-castlegate-city', 'Which city is Castlegate based in?', 'where', 'city', 'London', DEAL.owned],
  ['deal-listed', 'In which city is Nordvik listed?', 'where', 'city', 'Oslo', DEAL.shares],
  ['deal-jobs', 'Will any jobs be cut because of the deal?', 'yesno', 'yesno', 'no', DEAL.jobs],
  ['deal-cash', 'Will Nordvik pay for the deal in cash?', 'yesno', 'yesno', 'yes', DEAL.jobs],
  [
    'deal-quote',
    'What did Ingrid Solberg say about Aurelia?',
    'what',
    'quote',
    'Water is the fastest-growing part of the drinks market, and Aurelia gives us the strongest brand in it',
    DEAL.quote,
  ],
  ['deal-ceo', 'Who is the chief executive of Nordvik?', 'who', 'person', 'Ingrid Solberg', DEAL.quote],
  [
    'deal-listing-source',
    'Which newspaper reported that Castlegate had explored a listing of Aurelia?',
    'who',
    'organisation',
    'Dagens Naeringsliv',
    DEAL.listing,
  ],
  ['deal-listing-when', 'When did Dagens Naeringsliv report on the listing?', 'when', 'month', '2025-03', DEAL.listing],
  ['deal-adviser', 'Who advised Castlegate?', 'who', 'organisation', 'Goldman Sachs', DEAL.advisers],
  [
    'deal-sales',
    "How much were Aurelia's sales last year?",
    'how_many',
    'money',
    '9.7 billion Norwegian crowns',
    DEAL.sales,
  ],
]);

const launchCases = cases('launch', [
  ['launch-when', 'When did the rocket carrying Aditi lift off?', 'when', 'date', '2025-01-21', LAUNCH.lede],
  ['launch-time', 'What time did the PSLV rocket lift off?', 'when', 'time', '14:35', LAUNCH.lede],
  [
    'launch-where',
    'Where did the PSLV rocket lift off from?',
    'where',
    'place',
    'Satish Dhawan Space Centre',
    LAUNCH.lede,
  ],
  ['launch-weight', 'How many kilograms does the probe weigh?', 'how_many', 'number', '1480', LAUNCH.orbit],
  ['launch-days', 'How long will Aditi spend raising its orbit?', 'how_many', 'duration', '40 days', LAUNCH.days],
  [
    'launch-days-source',
    'According to whom will Aditi spend 40 days raising its orbit?',
    'who',
    'person',
    'Kavitha Raghunathan',
    LAUNCH.days,
  ],
  [
    'launch-orbit-source',
    'Who said the rocket placed the probe into orbit?',
    'who',
    'organisation',
    'Indian Space Research Organisation',
    LAUNCH.orbit,
  ],
  [
    'launch-quote',
    'What did Kavitha Raghunathan tell reporters about the spacecraft?',
    'what',
    'quote',
    'Every gram of this spacecraft was built in India, and every gram worked today',
    LAUNCH.quote,
  ],
  ['launch-scrub', 'On which day was a launch attempt called off?', 'when', 'date', '2025-01-19', LAUNCH.scrub],
  ['launch-cost', 'How much did the mission cost?', 'how_many', 'money', '6.1 billion rupees', LAUNCH.cost],
  ['launch-chairman', 'Who is the chairman of ISRO?', 'who', 'person', 'Suresh Menon', LAUNCH.cost],
  ['launch-land', 'Is the Aditi probe designed to land on the Moon?', 'yesno', 'yesno', 'no', LAUNCH.land],
  ['launch-jaxa', 'Did JAXA supply a camera for the probe?', 'yesno', 'yesno', 'yes', LAUNCH.jaxa],
  ['launch-country', "Which country's space agency supplied a camera?", 'where', 'country', 'Japan', LAUNCH.jaxa],
  ['launch-cameras', 'How many cameras does the probe have?', 'how_many', 'number', '4', LAUNCH.jaxa],
]);

const resignCases = cases('resignation', [
  ['resign-when', 'When did Kavish Ramdin resign?', 'when', 'date', '2025-03-14', RESIGN.resigned],
  [
    'resign-where',
    'Where did Ramdin hand in his resignation letter?',
    'where',
    'place',
    'Government House',
    RESIGN.resigned,
  ],
  ['resign-city', 'In which city did Kavish Ramdin resign?', 'where', 'city', 'Port Louis', RESIGN.resigned],
  ['resign-who', 'Who resigned as energy minister?', 'who', 'person', 'Kavish Ramdin', RESIGN.resigned],
  ['resign-to-whom', 'Who did Ramdin hand his letter to?', 'who', 'person', 'Navin Gopaul', RESIGN.resigned],
  [
    'resign-people',
    'How many people were left without power during the blackout?',
    'how_many',
    'number',
    '500000',
    RESIGN.people,
  ],
  [
    'resign-people-source',
    'According to whom were half a million people left without power?',
    'who',
    'organisation',
    'Central Electricity Board',
    RESIGN.people,
  ],
  [
    'resign-quote',
    'What did Kavish Ramdin say in his televised statement?',
    'what',
    'quote',
    'I take full responsibility for the failures that left families in the dark',
    RESIGN.quote,
  ],
  ['resign-tenure', 'How long had Ramdin been energy minister?', 'how_many', 'duration', '14 months', RESIGN.months],
  ['resign-age', 'How old is Kavish Ramdin?', 'how_many', 'number', '52', RESIGN.months],
  ['resign-sworn-in', 'When is Sandra Moutou expected to be sworn in?', 'when', 'date', '2025-03-17', RESIGN.successor],
  [
    'resign-told-reuters',
    'Who told Reuters that Sandra Moutou would be sworn in?',
    'who',
    'person',
    'Leena Appadoo',
    RESIGN.successor,
  ],
  ['resign-seat', 'Will Ramdin keep his seat in the National Assembly?', 'yesno', 'yesno', 'yes', RESIGN.seat],
  [
    'resign-opposition-quote',
    'What did Paul Lavictoire say about the resignation?',
    'what',
    'quote',
    'far too late',
    RESIGN.opposition,
  ],
  [
    'resign-serviced',
    'Since what year had the protective switches not been serviced?',
    'when',
    'year',
    '2021',
    RESIGN.inquiry,
  ],
]);

const electionCases = cases('election', [
  ['election-when', "When was Iceland's parliamentary election held?", 'when', 'date', '2024-10-26', ELECTION.lede],
  ['election-seats', 'How many seats did the Reform Alliance win?', 'how_many', 'number', '21', ELECTION.lede],
  [
    'election-party',
    'Which party won 21 seats in the Althing?',
    'who',
    'organisation',
    'Reform Alliance',
    ELECTION.lede,
  ],
  [
    'election-country',
    'In which country did the Reform Alliance win 21 seats?',
    'where',
    'country',
    'Iceland',
    ELECTION.lede,
  ],
  ['election-leader', 'Who leads the Reform Alliance?', 'who', 'person', 'Sigrun Halldorsdottir', ELECTION.leader],
  ['election-gained', 'How many seats did the Reform Alliance gain?', 'how_many', 'number', '7', ELECTION.leader],
  ['election-last-vote', 'In what year did the last vote take place?', 'when', 'year', '2021', ELECTION.leader],
  ['election-bloc', 'How many seats did the Independence Bloc get?', 'how_many', 'number', '14', ELECTION.bloc],
  [
    'election-where',
    'Where did Halldorsdottir speak to her supporters?',
    'where',
    'place',
    'Austurvollur Square',
    ELECTION.quote,
  ],
  ['election-city', 'In what city is Austurvollur Square?', 'where', 'city', 'Reykjavik', ELECTION.quote],
  [
    'election-quote',
    'What did Sigrun Halldorsdottir tell her supporters?',
    'what',
    'quote',
    'Icelanders have asked for a government that lives within the means of ordinary families',
    ELECTION.quote,
  ],
  [
    'election-turnout-source',
    'According to whom did turnout reach 81.3 percent?',
    'who',
    'organisation',
    'National Electoral Commission',
    ELECTION.turnout,
  ],
  ['election-pm-resign', 'Did Gunnar Thorsson resign?', 'yesno', 'yesno', 'no', ELECTION.pm],
  ['election-pm-concede', 'Did the prime minister concede defeat?', 'yesno', 'yesno', 'yes', ELECTION.pm],
  ['election-parties', 'How many parties stood in the election?', 'how_many', 'number', '9', ELECTION.parties],
  ['election-threshold', 'How many parties cleared the threshold?', 'how_many', 'number', '6', ELECTION.parties],
  [
    'election-coalition',
    'Which party will Halldorsdottir approach first?',
    'who',
    'organisation',
    'Green Left Movement',
    ELECTION.talks,
  ],
]);

const strikeCases = cases('teachers-strike', [
  ['strike-when', 'When did the Eastfield teachers go on strike?', 'when', 'date', '2025-04-07', STRIKE.lede],
  ['strike-teachers', 'How many teachers went on strike?', 'how_many', 'number', '2700', STRIKE.lede],
  ['strike-schools', 'At how many schools were classes cancelled?', 'how_many', 'number', '41', STRIKE.schools],
  ['strike-students', 'How many students were left at home?', 'how_many', 'number', '38000', STRIKE.schools],
  ['strike-where', 'Where did the strikers march to?', 'where', 'place', 'Cesar Chavez Plaza', STRIKE.march],
  ['strike-city', 'Which city did the strikers march in?', 'where', 'city', 'Sacramento', STRIKE.march],
  [
    'strike-union',
    'Who represents the teachers?',
    'who',
    'organisation',
    'Eastfield Teachers Association',
    STRIKE.demand,
  ],
  ['strike-president', 'Who is the union president?', 'who', 'person', 'Dana Whitcombe', STRIKE.quote],
  [
    'strike-quote',
    'What did Dana Whitcombe tell the crowd?',
    'what',
    'quote',
    'We love our students, but we cannot keep teaching them on wages that do not cover rent',
    STRIKE.quote,
  ],
  [
    'strike-vote-source',
    'Who reported that 94 percent of union members voted to authorise the walkout?',
    'who',
    'organisation',
    'Sacramento Bee',
    STRIKE.vote,
  ],
  [
    'strike-vote-when',
    'When did union members vote to authorise the walkout?',
    'when',
    'month',
    '2025-03',
    STRIKE.vote,
  ],
  ['strike-negotiators', 'When could negotiators return to the table?', 'when', 'date', '2025-04-10', STRIKE.medina],
  [
    'strike-board',
    "When will Eastfield's school board hold an emergency meeting?",
    'when',
    'date',
    '2025-04-09',
    STRIKE.board,
  ],
  ['strike-talks', 'Were any talks held on Monday?', 'yesno', 'yesno', 'no', STRIKE.talks],
  ['strike-offered', 'Has the district offered a raise?', 'yesno', 'yesno', 'yes', STRIKE.demand],
  ['strike-first', "Was this the first walkout in the district's history?", 'yesno', 'yesno', 'yes', STRIKE.lede],
  ['strike-superintendent', 'Who is the superintendent?', 'who', 'person', 'Carlos Medina', STRIKE.medina],
]);

// ---- Paraphrases written from scratch: chat style, lowercase, no question mark, one-letter typos ----

const paraphrases: GeneralAnswerable[] = [
  ...cases('cup-final', [
    ['p-final-who-beat', 'who beat incheon tigers', 'who', 'organisation', 'Busan Harbour FC', FINAL.lede],
    [
      'p-final-stadium',
      'which stadium hosted the han river cup final',
      'where',
      'place',
      'Seoul World Cup Stadium',
      FINAL.lede,
    ],
    ['p-final-day', 'what day was the han river cup final', 'when', 'date', '2024-11-10', FINAL.lede],
    ['p-final-equaliser', "who scored busan's equaliser", 'who', 'person', 'Oh Jae-sung', FINAL.equaliser],
    ['p-final-founded', 'busan harbour fc was founded in what year', 'when', 'year', '1997', FINAL.founded],
    ['p-final-crowd', 'how many people were in the crowd at the final', 'how_many', 'number', '51870', FINAL.crowd],
    ['p-final-coach', 'whos the busan coach', 'who', 'person', 'Ana Ferreira', FINAL.coach],
    ['p-final-ulsan', 'when do incheon play ulsan', 'when', 'date', '2024-11-13', FINAL.next],
  ]),
  ...cases('earthquake', [
    ['p-quake-epicentre', 'what town was the epicentre near', 'where', 'city', 'Chala', QUAKE.quake],
    ['p-quake-hurt', 'how many people got hurt in the quake', 'how_many', 'number', '134', QUAKE.injured],
    ['p-quake-lima', 'was the earthquake felt in lima', 'yesno', 'yesno', 'yes', QUAKE.felt],
    ['p-quake-time', 'what time did the quake strike', 'when', 'time', '23:48', QUAKE.quake],
    ['p-quake-houses', 'how many houses were damaged or destroyed', 'how_many', 'number', '412', QUAKE.injured],
    [
      'p-quake-airport',
      'what airport did the rescue teams fly into',
      'where',
      'place',
      'Rodriguez Ballon Airport',
      QUAKE.rescue,
    ],
  ]),
  ...cases('verdict', [
    ['p-verdict-who', 'who was sentenced to 12 years in prison', 'who', 'person', 'Marcus Delaney', VERDICT.lede],
    ['p-verdict-term', 'how long is delaneys prison sentence', 'how_many', 'duration', '12 years', VERDICT.lede],
    ['p-verdict-judge', 'which judge sentenced delaney', 'who', 'person', 'Eleanor Lloyd-Hughes', VERDICT.judge],
    ['p-verdict-repay', 'how much money does delaney have to repay', 'how_many', 'money', '$48 million', VERDICT.judge],
    ['p-verdict-fbi', 'did the fbi say the yacht would be sold', 'yesno', 'yesno', 'yes', VERDICT.fbi],
    ['p-verdict-lawyer', 'who is delaneys lawyer', 'who', 'person', 'Priya Raman', VERDICT.lawyer],
    ['p-verdict-chalet', 'where was the ski chalet', 'where', 'place', 'Vermont', VERDICT.chalet],
  ]),
  ...cases('acquisition', [
    ['p-deal-buyer', "who's buying aurelia", 'who', 'organisation', 'Nordvik Foods', DEAL.lede],
    ['p-deal-price', 'how much is the aurelia deal worth', 'how_many', 'money', '$2.4 billion', DEAL.lede],
    ['p-deal-owner', 'who owns aurelia beverages', 'who', 'organisation', 'Castlegate Partners', DEAL.owned],
    ['p-deal-staff', 'how many employes does aurelia have', 'how_many', 'number', '3800', DEAL.employs],
    ['p-deal-bank', 'which bank advised nordvik', 'who', 'organisation', 'DNB Markets', DEAL.advisers],
    ['p-deal-oslo', 'nordvik is listed in which city', 'where', 'city', 'Oslo', DEAL.shares],
  ]),
  ...cases('launch', [
    ['p-launch-when', 'when was aditi launched', 'when', 'date', '2025-01-21', LAUNCH.lede],
    ['p-launch-time', 'what time did aditi lift off', 'when', 'time', '14:35', LAUNCH.lede],
    ['p-launch-from', 'where did aditi launch from', 'where', 'place', 'Satish Dhawan Space Centre', LAUNCH.lede],
    ['p-launch-cost', 'how much did the mision cost', 'how_many', 'money', '6.1 billion rupees', LAUNCH.cost],
    ['p-launch-camera', 'who supplied a camera for the probe', 'who', 'organisation', 'JAXA', LAUNCH.jaxa],
    ['p-launch-land', 'is aditi designed to land', 'yesno', 'yesno', 'no', LAUNCH.land],
  ]),
  ...cases('resignation', [
    ['p-resign-who', 'who quit as energy minister', 'who', 'person', 'Kavish Ramdin', RESIGN.resigned],
    ['p-resign-day', 'what day did ramdin quit', 'when', 'date', '2025-03-14', RESIGN.resigned],
    ['p-resign-successor', 'who will replace ramdin', 'who', 'person', 'Sandra Moutou', RESIGN.successor],
    ['p-resign-power', 'how many people lost power in the blackout', 'how_many', 'number', '500000', RESIGN.people],
    ['p-resign-tenure', 'how long was ramdin energy minister', 'how_many', 'duration', '14 months', RESIGN.months],
    [
      'p-resign-opposition',
      'what did the opposition leader say about the resignation',
      'what',
      'quote',
      'far too late',
      RESIGN.opposition,
    ],
  ]),
  ...cases('election', [
    ['p-election-seats', 'how many seats did reform alliance win', 'how_many', 'number', '21', ELECTION.lede],
    [
      'p-election-square',
      'which square did halldorsdottir speak in',
      'where',
      'place',
      'Austurvollur Square',
      ELECTION.quote,
    ],
    ['p-election-step-down', 'did thorsson step down', 'yesno', 'yesno', 'no', ELECTION.pm],
    ['p-election-date', 'what date was the election in iceland', 'when', 'date', '2024-10-26', ELECTION.lede],
    ['p-election-parties', 'how many partys stood in the election', 'how_many', 'number', '9', ELECTION.parties],
  ]),
  ...cases('teachers-strike', [
    ['p-strike-walkout', 'how many teachers walked out in eastfield', 'how_many', 'number', '2700', STRIKE.lede],
    ['p-strike-start', 'when did the eastfield strike start', 'when', 'date', '2025-04-07', STRIKE.lede],
    [
      'p-strike-association',
      'which association represents the teachers',
      'who',
      'organisation',
      'Eastfield Teachers Association',
      STRIKE.demand,
    ],
    [
      'p-strike-newspaper',
      'what newspaper reported the strike vote',
      'who',
      'organisation',
      'Sacramento Bee',
      STRIKE.vote,
    ],
    ['p-strike-students', 'how many studnets were left at home', 'how_many', 'number', '38000', STRIKE.schools],
    ['p-strike-talks', 'were there talks on monday', 'yesno', 'yesno', 'no', STRIKE.talks],
  ]),
];

export const answerable: readonly GeneralAnswerable[] = [
  ...finalCases,
  ...quakeCases,
  ...verdictCases,
  ...dealCases,
  ...launchCases,
  ...resignCases,
  ...electionCases,
  ...strikeCases,
  ...paraphrases,
];

// ---- Declines: close to an article, not answered by it ----

export const declines: readonly GeneralDecline[] = [
  {
    id: 'd-final-year',
    article: 'cup-final',
    q: 'Who won the Han River Cup in 2019?',
    intent: 'who',
    reason: 'not_in_articles',
  },
  {
    id: 'd-final-referee',
    article: 'cup-final',
    q: 'Who refereed the Han River Cup final?',
    intent: 'who',
    reason: 'not_stated',
  },
  {
    id: 'd-final-name',
    article: 'cup-final',
    q: 'What did Kim Tae-hoon say about the Han River Cup final?',
    intent: 'what',
    reason: 'unknown_name',
  },
  {
    id: 'd-quake-year',
    article: 'earthquake',
    q: 'Where was the epicentre of the 2007 earthquake in Peru?',
    intent: 'where',
    reason: 'not_in_articles',
  },
  {
    id: 'd-quake-aftershocks',
    article: 'earthquake',
    q: 'How many aftershocks followed the earthquake?',
    intent: 'how_many',
    reason: 'not_stated',
  },
  {
    id: 'd-quake-name',
    article: 'earthquake',
    q: 'What did Mayor Victor Salas say about the earthquake?',
    intent: 'what',
    reason: 'unknown_name',
  },
  {
    id: 'd-quake-place',
    article: 'earthquake',
    q: 'When did the earthquake hit Cusco?',
    intent: 'when',
    reason: 'unknown_name',
  },
  {
    id: 'd-verdict-year',
    article: 'verdict',
    q: 'How long was Marcus Delaney sentenced to in 2019?',
    intent: 'how_many',
    reason: 'not_in_articles',
  },
  {
    id: 'd-verdict-prison',
    article: 'verdict',
    q: 'Which prison will Delaney serve his sentence in?',
    intent: 'where',
    reason: 'not_stated',
  },
  {
    id: 'd-verdict-name',
    article: 'verdict',
    q: 'What did Judge Roberta Klein say to Delaney?',
    intent: 'what',
    reason: 'unknown_name',
  },
  {
    id: 'd-deal-year',
    article: 'acquisition',
    q: 'How much did Nordvik pay for Aurelia in 2019?',
    intent: 'how_many',
    reason: 'not_in_articles',
  },
  {
    id: 'd-deal-founder',
    article: 'acquisition',
    q: 'Who founded Aurelia Beverages?',
    intent: 'who',
    reason: 'not_stated',
  },
  {
    id: 'd-deal-name',
    article: 'acquisition',
    q: 'What did Castlegate chief executive Tom Harlow say about the sale?',
    intent: 'what',
    reason: 'unknown_name',
  },
  {
    id: 'd-launch-land',
    article: 'launch',
    q: 'When will Aditi land on the Moon?',
    intent: 'when',
    reason: 'not_stated',
  },
  {
    id: 'd-launch-year',
    article: 'launch',
    q: 'Where did the Aditi probe launch from in 2019?',
    intent: 'where',
    reason: 'not_in_articles',
  },
  {
    id: 'd-launch-name',
    article: 'launch',
    q: 'What did astronaut Rakesh Varma say about Aditi?',
    intent: 'what',
    reason: 'unknown_name',
  },
  {
    id: 'd-resign-year',
    article: 'resignation',
    q: 'Who resigned as energy minister of Mauritius in 2019?',
    intent: 'who',
    reason: 'not_in_articles',
  },
  {
    id: 'd-resign-compensation',
    article: 'resignation',
    q: 'How much compensation will families get for the blackout?',
    intent: 'how_many',
    reason: 'not_stated',
  },
  {
    id: 'd-resign-name',
    article: 'resignation',
    q: 'What did Finance Minister Ravi Soobrah say about the blackout?',
    intent: 'what',
    reason: 'unknown_name',
  },
  {
    id: 'd-election-year',
    article: 'election',
    q: 'How many seats did the Reform Alliance win in 2017?',
    intent: 'how_many',
    reason: 'not_in_articles',
  },
  {
    id: 'd-election-minister',
    article: 'election',
    q: "Who will be Iceland's next finance minister?",
    intent: 'who',
    reason: 'not_stated',
  },
  {
    id: 'd-election-name',
    article: 'election',
    q: 'How many seats did the Pirate Party win?',
    intent: 'how_many',
    reason: 'unknown_name',
  },
  {
    id: 'd-strike-year',
    article: 'teachers-strike',
    q: 'When did the Eastfield teachers go on strike in 2019?',
    intent: 'when',
    reason: 'not_in_articles',
  },
  {
    id: 'd-strike-pay',
    article: 'teachers-strike',
    q: 'How much do Eastfield teachers earn?',
    intent: 'how_many',
    reason: 'not_stated',
  },
  {
    id: 'd-strike-name',
    article: 'teachers-strike',
    q: 'What did Governor Maria Ellison say about the strike?',
    intent: 'what',
    reason: 'unknown_name',
  },
  { id: 'd-none-final', q: 'Who won the 2022 World Cup final?', intent: 'who', reason: 'not_in_articles' },
];

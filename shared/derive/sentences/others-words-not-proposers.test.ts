/**
 * Stances read from words that belong to someone else: a proposer named only by an adjective in a
 * sentence about another proposer's effort ("the UN is working to prolong the deal for Ukrainian wheat"),
 * a party whose future step another only doubts ("the minister doubts Finland will seek membership"),
 * the ones a draft was handed to, read as what the draft seeks, and commentators' guesses at a bargain.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const NX = 'non-expansion';
const MD = 'missile-deployment';

const russiaWest: ReadingCase[] = [
  {
    name: 'trap: "doubts Finland will seek membership" without "that" is the doubter\'s guess, no stance of Finland',
    text: 'The doubt is plain: the foreign minister doubts Finland will seek NATO membership.',
    expect: [],
    none: [['finland', NX]],
  },
  {
    name: 'trap: "doubts Finland and Sweden will seek membership": two names joined, still the doubter\'s guess',
    text: 'The foreign minister doubts Finland and Sweden will seek NATO membership.',
    expect: [],
    none: [
      ['finland', NX],
      ['sweden', NX],
    ],
  },
  {
    name: 'trap: "fear Sweden will apply to join" is the fearers\' guess, no stance of Sweden',
    text: 'Officials in Moscow fear Sweden will apply to join NATO within months.',
    expect: [],
    none: [['sweden', NX]],
  },
  {
    name: 'a doubt closed by a comma before the clause: Finland\'s own "will seek" stands',
    text: "Finland, which doubts Russia's promises, will seek NATO membership.",
    expect: [{ party: 'finland', demand: NX, stance: 'rejects', quote: 'will seek NATO membership' }],
  },
  {
    name: 'a doubt closed by a colon before the clause: Finland\'s own "will seek" stands',
    text: 'Finland doubts Moscow: it will seek NATO membership.',
    expect: [{ party: 'finland', demand: NX, stance: 'rejects', quote: 'will seek NATO membership' }],
  },
  {
    name: 'trap: the two a draft was handed to, the second with a short name in brackets, do not hold what it seeks',
    text: 'Last month, Moscow handed Washington and the North Atlantic Treaty Organization (NATO) two draft agreements seeking binding curbs on where troops and missiles could be stationed.',
    expect: [{ party: 'russia', demand: 'rollback-1997', stance: 'supports', quote: 'seeking' }],
    none: [
      ['united-states', MD],
      ['nato', MD],
      ['united-states', 'rollback-1997'],
      ['nato', 'rollback-1997'],
    ],
  },
  {
    name: 'trap: "gave Washington and the alliance two drafts demanding …": the givers demand it, not the two',
    text: "Last week Moscow gave Washington and the alliance two drafts demanding a ban on missiles near Russia's borders.",
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'demanding a ban' }],
    none: [
      ['united-states', MD],
      ['nato', MD],
    ],
  },
  {
    name: 'the senders of replies that reject the call still reject it',
    text: 'Washington and NATO sent Moscow written replies rejecting its call for a ban on missiles near its borders.',
    expect: [
      { party: 'united-states', demand: MD, stance: 'rejects', quote: 'rejecting its call' },
      { party: 'nato', demand: MD, stance: 'rejects', quote: 'rejecting its call' },
    ],
  },
  {
    name: 'trap: analysts reckoning the two could agree on missile limits give neither a stance',
    text: 'Analysts reckon Moscow and Washington could well agree on limits to medium-range missiles.',
    expect: [],
    none: [
      ['russia', MD],
      ['united-states', MD],
    ],
  },
  {
    name: 'trap: experts thinking the two capitals might agree on curbs give neither a stance',
    text: 'Experts think the two capitals might agree on curbs on intermediate-range missiles.',
    expect: [],
    none: [['russia', MD]],
  },
  {
    name: 'analysts surprised at a demand: the demand, told by "when Moscow demanded", is still Moscow\'s',
    text: 'Analysts were surprised when Moscow demanded limits on medium-range missiles.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'demanded' }],
  },
  {
    name: 'trap: "Journalists guess the US will reject …" without "that" is the journalists\' guess, no stance of Washington',
    text: 'Journalists guess the United States will reject a halt to the eastward expansion of NATO.',
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'a party brushing off critics who speculate still holds the demand it states after',
    text: 'Russia, brushing off critics saying it was bluffing, demanded a halt to the eastward expansion of NATO.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'demanded' }],
  },
];

/**
 * A sentence opening with a commentator's guess states no one's demand: the document names Russia, and
 * the demand's words in such a sentence are not credited to it as its stated demand (the same commentator
 * nouns and guessing verbs as the sentence readers' speculation).
 */
const MET = 'Russian and American diplomats met in Geneva on Monday. ';
const commentatorsOpening: Array<[string, string, string]> = [
  [
    'critics argue',
    'Critics argue a ban on intermediate-range missiles in Europe would leave the continent exposed.',
    MD,
  ],
  [
    'journalists suggest',
    'Journalists suggest a halt to the eastward expansion of NATO is now off the table.',
    NX,
  ],
  ['analysts say', 'Analysts say a ban on intermediate-range missiles in Europe could come first.', MD],
  [
    'analysts warn that',
    'Analysts warn that a halt to the eastward expansion of NATO would be hard to enforce.',
    NX,
  ],
  [
    'experts doubt',
    'Experts doubt a halt to the eastward expansion of NATO can be written into a treaty.',
    NX,
  ],
  [
    'analysts estimate',
    'Analysts estimate a ban on intermediate-range missiles in Europe would take years to verify.',
    MD,
  ],
  [
    'analysts expecting',
    'Analysts expecting a thaw see a ban on intermediate-range missiles in Europe as a first step.',
    MD,
  ],
];
const statedCommentary: ReadingCase[] = [
  ...commentatorsOpening.map(([guess, sentence, demand]): ReadingCase => ({
    name: `trap: a sentence opening "${guess} …" states no demand of Russia's`,
    text: MET + sentence,
    expect: [],
    none: [['russia', demand]],
  })),
  {
    name: "the same demand stated plainly after the meeting is still Russia's stated demand",
    text: MET + 'A ban on intermediate-range missiles in Europe could come first.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'A ban', kind: 'stated-demand' }],
  },
];

describe("words that are not the party's own (Russia–West)", () => {
  for (const c of russiaWest) it(c.name, () => checkReading(c));
});

describe("a commentator's guess opening the sentence (Russia–West)", () => {
  for (const c of statedCommentary) it(c.name, () => checkReading(c));
});

const grain = evalOntology('grain-deal-2022.json');
describe('the grain ontology: a proposer named only by an adjective beside one named outright', () => {
  it('trap: "The UN and Turkey are working to prolong the arrangement that ships Ukrainian wheat": no word of Ukraine', () =>
    checkReading(
      {
        name: 'UN and Turkey',
        text: 'The UN and Turkey are working to prolong the arrangement that ships Ukrainian wheat.',
        published: '2023-07-13',
        expect: [
          { party: 'un', demand: 'deal-extension', stance: 'supports', quote: 'prolong the arrangement' },
        ],
        none: [['ukraine', 'deal-extension']],
      },
      grain,
    ));
  it('Ukraine named outright beside the UN: both are working to prolong it', () =>
    checkReading(
      {
        name: 'Ukraine and the UN',
        text: 'Ukraine and the UN are working to prolong the arrangement that ships grain.',
        published: '2023-07-13',
        expect: [
          {
            party: 'ukraine',
            demand: 'deal-extension',
            stance: 'supports',
            quote: 'prolong the arrangement',
          },
          { party: 'un', demand: 'deal-extension', stance: 'supports', quote: 'prolong the arrangement' },
        ],
      },
      grain,
    ));
});

const afghan = evalOntology('afghanistan-doha-2020.json');
describe("the Afghanistan ontology: an adjective inside the demand's own words names its proposer", () => {
  it('"intra-Afghan talks" asked for by a UN resolution: still stated for the Afghan government (named in the document outside the demand\'s words too: since session 32 a party named only inside them is not named as one that might hold it)', () =>
    checkReading(
      {
        name: 'intra-Afghan',
        text: 'The Afghan government named its negotiators in March. A UN resolution asked for intra-Afghan talks to start once Washington and the Taliban had signed their deal.',
        published: '2021-03-19',
        expect: [
          {
            party: 'afghan-government',
            demand: 'intra-afghan-talks',
            stance: 'supports',
            quote: 'intra-Afghan talks',
          },
        ],
      },
      afghan,
    ));
});

const trade = evalOntology('us-china-trade-2019.json');
describe('the US–China ontology: a name hyphened into a modifier is no more than an adjective', () => {
  it('"Japanese companies hope the US-China talks will bring them wider access": still stated for Japan', () =>
    checkReading(
      {
        name: 'US-China talks',
        text: 'Japanese companies hope the US-China talks will bring them wider access to the Chinese market.',
        published: '2018-12-05',
        expect: [{ party: 'japan', demand: 'structural-reform', stance: 'supports', quote: 'wider access' }],
      },
      trade,
    ));
  it('trap: "Washington wants Japanese firms to get wider access": Washington\'s wish, no word of Japan', () =>
    checkReading(
      {
        name: 'Washington wants',
        text: 'Washington wants Japanese firms to get wider access to the Chinese market.',
        published: '2018-12-05',
        expect: [{ party: 'united-states', demand: 'structural-reform', stance: 'supports', quote: 'wants' }],
        none: [['japan', 'structural-reform']],
      },
      trade,
    ));
});

/**
 * The derivation knows English, not Russia and NATO: with an ontology for another negotiation (a
 * made-up steel-tariff dispute between a customs union and a republic), the same constructions
 * give the same readings. Ontology and sentences written for these tests.
 */
import { describe, it } from 'vitest';
import type { Ontology, StanceCues } from '../../model/ontology';
import { parseOntology } from '../ontology-parse';
import { evalOntology, seedOntology } from '../test-support/seed-corpus';
import { checkReading, readerFor, type ReadingCase } from '../test-support/reading';

const english = seedOntology();

const trade: Ontology = {
  version: 2,
  parties: [
    {
      id: 'union',
      name: 'Northern Customs Union',
      aliases: ['Northern Customs Union', 'the Union', 'Brevik'],
      adjectives: ['Union'],
      officials: [
        {
          name: 'Ilse Marten',
          aliases: ['Marten'],
          role: 'Trade Commissioner',
          from: '2020-01-01',
          to: null,
        },
      ],
    },
    {
      id: 'republic',
      name: 'Republic of Sarn',
      aliases: ['Sarn', 'the Republic', 'Port Ardel'],
      adjectives: ['Sarnian'],
      officials: [
        {
          name: 'Teodor Vale',
          aliases: ['Vale'],
          role: 'Trade Minister',
          from: '2019-06-01',
          to: '2023-05-31',
        },
      ],
    },
  ],
  demands: [
    {
      id: 'tariff-removal',
      title: 'Removal of the steel tariffs',
      description: 'The Union lifts its tariffs on Sarnian steel.',
      proposedBy: ['republic'],
      phrases: ['tariff-free access'],
      frame: {
        subjects: ['tariffs', 'tariff', 'duties on steel', 'steel duties'],
        anchors: ['steel', 'tariff', 'tariffs'],
        restrictions: ['lift', 'remove', 'removal', 'scrap', 'end', 'cut', 'drop', 'abolish', 'no'],
        opposites: ['protect its steel industry', 'safeguard measures'],
      },
    },
    {
      id: 'quota-cap',
      title: 'A cap on steel exports',
      description: 'The Republic caps its steel exports to the Union.',
      proposedBy: ['union'],
      phrases: ['export cap', 'voluntary restraint'],
      frame: {
        subjects: ['exports', 'export volumes'],
        anchors: ['steel', 'export', 'exports'],
        restrictions: ['cap', 'limit', 'curb', 'restrict', 'reduce', 'cut back', 'return to'],
        opposites: ['free trade in steel'],
      },
    },
    {
      id: 'probe-closure',
      title: 'Closure of the anti-dumping probe',
      description: 'The Union closes its anti-dumping investigation into Sarnian steel.',
      proposedBy: ['republic'],
      phrases: [],
      frame: {
        subjects: ['investigation', 'probe'],
        anchors: ['anti-dumping', 'dumping'],
        restrictions: ['close', 'closed', 'end', 'drop', 'shut down'],
        opposites: [],
      },
    },
  ],
  cues: english.cues,
  roles: english.roles,
};

const cases: ReadingCase[] = [
  {
    name: 'the proposer demands removal',
    text: 'Sarn demands that the Union lift its tariffs on steel.',
    expect: [{ party: 'republic', demand: 'tariff-removal', stance: 'supports', quote: 'demands' }],
  },
  {
    name: 'the other side refuses',
    text: 'The Union refused to scrap the steel tariffs.',
    expect: [{ party: 'union', demand: 'tariff-removal', stance: 'rejects', quote: 'refused to scrap' }],
  },
  {
    name: 'openness to talks',
    text: 'Brevik is willing to discuss the tariffs on steel.',
    expect: [{ party: 'union', demand: 'tariff-removal', stance: 'open', quote: 'willing to discuss' }],
  },
  {
    name: 'bare subject called unacceptable by the proposer',
    text: 'Port Ardel calls the steel tariffs unacceptable.',
    expect: [{ party: 'republic', demand: 'tariff-removal', stance: 'supports', quote: 'unacceptable' }],
  },
  {
    name: 'an official speaking, inside the dates of office',
    text: '“We will never accept a cap on our steel exports,” Vale said.',
    published: '2022-03-01',
    expect: [
      { party: 'republic', demand: 'quota-cap', stance: 'rejects', quote: 'never accept', voice: 'own' },
    ],
  },
  {
    name: 'the same official after leaving office is nobody',
    text: '“We will never accept a cap on our steel exports,” Vale said.',
    published: '2024-03-01',
    expect: [],
    none: [['republic', 'quota-cap']],
  },
  {
    name: 'an office combined with the party',
    text: 'The Sarnian trade minister said the Republic wants tariff-free access.',
    expect: [
      {
        party: 'republic',
        demand: 'tariff-removal',
        stance: 'supports',
        quote: 'tariff-free access',
        voice: 'own',
      },
    ],
  },
  {
    name: 'the opposite stated by the other side',
    text: 'Marten said the Union will protect its steel industry.',
    expect: [
      { party: 'union', demand: 'tariff-removal', stance: 'rejects', quote: 'protect its steel industry' },
    ],
  },
  {
    name: 'a demand noun owned by a party',
    text: 'The Union rejected Sarn’s demand for an end to the steel duties.',
    expect: [
      { party: 'union', demand: 'tariff-removal', stance: 'rejects', quote: 'rejected' },
      {
        party: 'republic',
        demand: 'tariff-removal',
        stance: 'supports',
        quote: 'rejected',
        voice: 'reported',
      },
    ],
  },
  {
    name: 'reciprocity makes acceptance openness',
    text: 'The Republic would accept reciprocal limits on steel exports.',
    expect: [{ party: 'republic', demand: 'quota-cap', stance: 'open', quote: 'reciprocal' }],
  },
  {
    name: 'a reference back to the demands',
    text: 'The Union wants Sarn to cap its steel exports.\nThe Republic rejected these demands.',
    expect: [{ party: 'republic', demand: 'quota-cap', stance: 'rejects', quote: 'these demands' }],
  },
  {
    name: 'one demand’s longer restriction ("cut back") does not hide another’s shorter one ("cut")',
    text: 'Sarn demands that the Union cut back its tariffs on steel.',
    expect: [
      { party: 'republic', demand: 'tariff-removal', stance: 'supports', quote: 'cut back its tariffs' },
    ],
    none: [['republic', 'quota-cap']],
  },
  {
    name: 'a restriction that restores another ("return to the limits") affirms it, not reverses it',
    text: 'The Republic agreed to return to the limits on steel exports.',
    expect: [{ party: 'republic', demand: 'quota-cap', stance: 'supports', quote: 'agreed' }],
  },
  {
    name: 'a restriction reaches its subject past a determiner and modifiers of any kind',
    text: 'Marten said the Union must remove all the relevant unfair tariffs.',
    expect: [{ party: 'union', demand: 'tariff-removal', stance: 'supports', quote: 'must' }],
  },
  {
    name: 'a restriction noun reaches its subject past "of" and two modifiers',
    text: 'Sarn called for the removal of unjustified punitive tariffs.',
    expect: [{ party: 'republic', demand: 'tariff-removal', stance: 'supports', quote: 'called for' }],
  },
  {
    name: 'a definite subject borrows the anchor its antecedent had a sentence or two before',
    text: 'The Union opened an anti-dumping investigation into Sarnian steel last year.\n\nSarn wants the investigation closed before any deal.',
    expect: [{ party: 'republic', demand: 'probe-closure', stance: 'supports', quote: 'wants' }],
  },
  {
    name: 'trap: a definite subject whose antecedent lies far back borrows nothing',
    text: 'The Union opened an anti-dumping investigation into Sarnian steel last year. Prices fell. Markets rallied. Trade grew.\n\nSarn wants the investigation closed before any deal.',
    expect: [],
    none: [['republic', 'probe-closure']],
  },
  {
    name: 'trap: a definite subject never named with an anchor borrows nothing',
    text: 'Steel prices fell last year.\n\nSarn wants the investigation closed before any deal.',
    expect: [],
    none: [['republic', 'probe-closure']],
  },
  {
    name: 'a condition on the proposer pressing its own demand is no stance of the one who states it',
    text: 'A Union official said that if Sarn kept insisting on the removal of the steel tariffs, the talks would collapse.',
    expect: [],
    none: [['union', 'tariff-removal']],
  },
  {
    name: 'a condition put on the other side is still the speaker’s demand',
    text: 'Marten said that if Sarn agreed to cap its steel exports, the Union would scrap the tariffs.',
    expect: [{ party: 'union', demand: 'quota-cap', stance: 'supports', quote: 'agreed to' }],
  },
  {
    name: 'a proposer that let go of its demand no longer holds it: it is open on it',
    text: 'Sarn seems to have let go of its demand that the Union remove the steel tariffs.',
    expect: [{ party: 'republic', demand: 'tariff-removal', stance: 'open', quote: 'let go of' }],
  },
  {
    name: 'letting go of a demand named in a phrase',
    text: 'Sarn has let go of its demand for tariff-free access.',
    expect: [{ party: 'republic', demand: 'tariff-removal', stance: 'open', quote: 'let go of' }],
  },
  {
    name: 'letting go of some demands, one of them named after the list opener, opens the proposer on it',
    text: 'The Union says Port Ardel appears to have let go of some of its demands, among them the removal of the steel tariffs.',
    expect: [{ party: 'republic', demand: 'tariff-removal', stance: 'open', quote: 'let go of' }],
  },
  {
    name: 'a proposer no longer asking for its demand is open on it',
    text: 'According to traders, Sarn is no longer asking the Union to scrap its duties on steel.',
    expect: [{ party: 'republic', demand: 'tariff-removal', stance: 'open', quote: 'no longer asking' }],
  },
  {
    name: 'a proposer that stopped demanding it is open on it',
    text: 'Port Ardel has stopped demanding that Brevik close the anti-dumping probe.',
    expect: [{ party: 'republic', demand: 'probe-closure', stance: 'open', quote: 'stopped demanding' }],
  },
  {
    name: 'trap: what the proposer still demands past a contrast stays its demand',
    text: 'Sarn is no longer asking for tariff-free access, but it still insists that Brevik close the anti-dumping probe.',
    expect: [
      { party: 'republic', demand: 'tariff-removal', stance: 'open', quote: 'no longer asking' },
      { party: 'republic', demand: 'probe-closure', stance: 'supports', quote: 'insists' },
    ],
  },
  {
    name: 'trap: a party no longer asking for a demand it never made is not letting it go',
    text: 'The Union is no longer asking Sarn to scrap its duties on steel.',
    expect: [],
    none: [['republic', 'tariff-removal']],
  },
  {
    name: 'accepting less of the restriction holds out against it',
    text: 'The Republic would accept looser limits on its steel exports.',
    expect: [{ party: 'republic', demand: 'quota-cap', stance: 'rejects', quote: 'accept' }],
  },
  {
    name: 'accepting the restriction itself, conditionally, stays openness',
    text: 'The Republic would accept limits on its steel exports.',
    expect: [{ party: 'republic', demand: 'quota-cap', stance: 'open', quote: 'accept' }],
  },
  {
    name: 'the proposer ready to do the opposite offers it and holds no demand',
    text: 'Sarn was prepared to respect the safeguard measures for another year.',
    expect: [],
    none: [['republic', 'tariff-removal']],
  },
  {
    name: 'the party pressed to accept the opposite does not hold it',
    text: 'The Union has been pressing Sarn to accept the safeguard measures.',
    expect: [{ party: 'union', demand: 'tariff-removal', stance: 'rejects', quote: 'pressing Sarn to' }],
    none: [['republic', 'tariff-removal']],
  },
  {
    name: 'choosing not to meet the demand is refusing it',
    text: 'The Union has chosen not to lift the steel tariffs.',
    expect: [{ party: 'union', demand: 'tariff-removal', stance: 'rejects', quote: 'chosen not to' }],
  },
  {
    name: 'opting not to meet the demand is refusing it',
    text: 'Brevik opted not to scrap its tariffs on steel.',
    expect: [{ party: 'union', demand: 'tariff-removal', stance: 'rejects', quote: 'opted not to' }],
  },
  {
    name: 'an elided "deciding not to" governs nothing past the semicolon',
    text: 'Sarn respects the Union for deciding not to; removal of the steel tariffs is for a later round.',
    expect: [],
    none: [['union', 'tariff-removal']],
  },
  {
    name: '"the move" as the whole object of a verdict stands for the demand the sentence before named',
    text: 'Sarn insists that the Union scrap its steel tariffs. Marten, however, blocked the move.',
    expect: [{ party: 'union', demand: 'tariff-removal', stance: 'rejects', quote: 'blocked the move' }],
  },
  {
    name: '"the idea" rejected points back to the demand just named',
    text: 'Port Ardel asked Brevik to close the anti-dumping probe. The Union rejected the idea outright.',
    expect: [{ party: 'union', demand: 'probe-closure', stance: 'rejects', quote: 'rejected' }],
  },
  {
    name: 'trap: "the move" after a sentence naming two demands points at neither',
    text: 'Sarn wants the steel tariffs lifted and the anti-dumping probe closed. The Union blocked the move.',
    expect: [],
    none: [
      ['union', 'tariff-removal'],
      ['union', 'probe-closure'],
    ],
  },
  {
    name: 'trap: a capitalised compass word before a party\'s name makes another place of it ("North Sarn", as "Northern Ireland")',
    text: 'North Sarn demands that the Union lift its tariffs on steel.',
    expect: [],
    none: [['republic', 'tariff-removal']],
  },
  {
    name: 'a group counted after its members were named ("The two also stressed") is those members',
    text: 'Vale and Marten met in Geneva on Monday and said the talks would go on. The two also stressed a readiness to discuss the steel tariffs.',
    expect: [
      { party: 'republic', demand: 'tariff-removal', stance: 'open', quote: 'readiness to discuss' },
      { party: 'union', demand: 'tariff-removal', stance: 'open', quote: 'readiness to discuss' },
    ],
  },
  {
    name: 'trap: a count that fits no group named before ("The three") is no one',
    text: 'Vale and Marten met in Geneva on Monday and said the talks would go on. The three also said they were willing to discuss the steel tariffs.',
    expect: [],
    none: [
      ['republic', 'tariff-removal'],
      ['union', 'tariff-removal'],
    ],
  },
  {
    name: 'a restriction after the subject and its anchor phrase ("the tariffs on Sarnian steel be lifted")',
    text: 'Port Ardel insists that the tariffs on Sarnian steel be lifted before any agreement.',
    expect: [{ party: 'republic', demand: 'tariff-removal', stance: 'supports', quote: 'insists' }],
  },
  {
    name: 'the same with a bare participle after the anchor phrase',
    text: 'Sarn wants the tariffs on its steel removed within a year.',
    expect: [{ party: 'republic', demand: 'tariff-removal', stance: 'supports', quote: 'wants' }],
  },
  {
    name: 'trap: a verb after the anchor phrase that is no restriction ("were raised") states nothing',
    text: 'The Union noted that the tariffs on Sarnian steel were raised twice last year.',
    expect: [],
    none: [
      ['republic', 'tariff-removal'],
      ['union', 'tariff-removal'],
    ],
  },
  {
    name: 'the Russia–West ontology does not leak in',
    text: 'Moscow demands a halt to NATO expansion.',
    expect: [],
    none: [
      ['union', 'tariff-removal'],
      ['republic', 'quota-cap'],
    ],
  },
];

describe('another negotiation, another ontology', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, trade));
});

/**
 * The same ontology with its cues copied from an older shipped list (one without the 'chose not to'
 * family) and extended with a word of its own: read with the shipped lexicon, the copy keeps up with
 * it. A short cue list of the user's own gains nothing.
 */
const withCues = (cues: StanceCues): Ontology => {
  const shipped = { cues: english.cues, roles: english.roles ?? [] };
  const read = parseOntology(JSON.stringify({ ...trade, cues }), 'trade.json', shipped).ontology;
  if (!read) throw new Error('trade ontology not read');
  return read;
};
const CHOSE = /^(?:chose|chosen|choose|chooses|choosing|decided|decide|decides|opted|opt|opts) not to$/;
const staleCopy = withCues({
  ...english.cues,
  rejects: [...english.cues.rejects.filter((x) => !CHOSE.test(x)), 'pour scorn on'],
});
const ownShortList = withCues({
  supports: ['demand', 'want'],
  rejects: ['refuse', 'pour scorn on'],
  open: ['discuss'],
  unclear: [],
  negations: ['not'],
});

describe('a cue list copied from an older shipped one', () => {
  it('reads a cue the shipped list gained after the copy was made', () =>
    checkReading(
      {
        name: 'chose not to, missing from the copy',
        text: 'The Union chose not to scrap its steel tariffs this spring.',
        expect: [{ party: 'union', demand: 'tariff-removal', stance: 'rejects', quote: 'chose not to' }],
      },
      staleCopy,
    ));
  it('still reads the copy’s own additions', () =>
    checkReading(
      {
        name: 'the copy’s own word',
        text: 'Vale poured scorn on any cap on steel exports.',
        published: '2022-03-01',
        expect: [{ party: 'republic', demand: 'quota-cap', stance: 'rejects', quote: 'poured scorn on' }],
      },
      staleCopy,
    ));
  it('trap: a short list of the user’s own gains no shipped cue', () =>
    checkReading(
      {
        name: 'no shipped cue in an own list',
        text: 'The Union decided not to scrap its steel tariffs this spring.',
        expect: [],
        none: [['union', 'tariff-removal']],
      },
      ownShortList,
    ));
});

/**
 * The Iran ontology of eval/ (written as a new user would), read with the shipped lexicon: the return
 * to the deal's limits said with a gerund ("go back to complying") as with the noun.
 */
const iran = evalOntology('iran-nuclear-2021.json');

describe('the Iran ontology: a return to compliance said with a gerund', () => {
  it('an insistence that Iran go back to complying supports the limits', () =>
    checkReading(
      {
        name: 'back to complying',
        text: 'The French foreign minister insists that Iran must go back to complying with the accord’s limits.',
        expect: [{ party: 'france', demand: 'nuclear-limits', stance: 'supports', quote: 'insists' }],
      },
      iran,
    ));
  it('trap: Iran having stopped complying, as history, is no one’s stance', () =>
    checkReading(
      {
        name: 'stopped complying',
        text: 'Iran stopped complying with the accord’s caps in 2019, a year after Washington walked out.',
        expect: [],
        none: [
          ['iran', 'nuclear-limits'],
          ['united-states', 'nuclear-limits'],
        ],
      },
      iran,
    ));
});

describe('the Iran ontology: a negation between the cue and the demand turns what is asked', () => {
  it('"urged Washington not to lift sanctions", "called on Biden never to delist the Guards" refuse the demand', () =>
    checkReading(
      {
        name: 'urged not to',
        text: 'Israel urged the world powers not to lift the sanctions on Tehran. Bennett called on Biden never to remove the IRGC from the terror list.',
        expect: [
          { party: 'israel', demand: 'sanctions-lifting', stance: 'rejects', quote: 'urged' },
          { party: 'israel', demand: 'irgc-delisting', stance: 'rejects', quote: 'called on' },
        ],
      },
      iran,
    ));
  it('trap: a negation before the cue is the cue\'s own ("did not urge Washington to lift sanctions")', () =>
    checkReading(
      {
        name: 'negated cue',
        text: 'The Russian envoy said Moscow had not urged Washington to lift the sanctions on Tehran.',
        expect: [],
        none: [['russia', 'sanctions-lifting']],
      },
      iran,
    ));
});

/**
 * The US–North Korea ontology of eval/ (written by an analyst-helper from 2018 coverage): a demand about
 * the drills themselves is no risk-reduction basket, whose words ("exercises", "transparency") the
 * Russia–West missile demand uses for talks both sides take part in.
 */
const korea = evalOntology('us-dprk-2018.json');

describe('the US–North Korea ontology: halting the drills is the demand itself', () => {
  it("agreeing to or refusing to halt the drills is a stance on the demand, and the proposer's call is its support", () =>
    checkReading(
      {
        name: 'halt the drills',
        text: 'The US agreed to halt the drills. Seoul refused to suspend the joint military exercises. North Korea demands that Washington call off the war games.',
        expect: [
          { party: 'united-states', demand: 'exercises-halt', stance: 'supports', quote: 'agreed to' },
          { party: 'south-korea', demand: 'exercises-halt', stance: 'rejects', quote: 'refused' },
          { party: 'north-korea', demand: 'exercises-halt', stance: 'supports', quote: 'demands' },
        ],
      },
      korea,
    ));
  it('trap: with the Russia–West ontology, confidence-building measures stay a basket: openness only', () =>
    checkReading({
      name: 'basket',
      text: 'Washington is ready to discuss confidence-building measures, Sherman said. Moscow demands transparency on exercises.',
      expect: [
        { party: 'united-states', demand: 'missile-deployment', stance: 'open', quote: 'ready to discuss' },
      ],
      none: [['russia', 'missile-deployment']],
    }));
});

describe('the Iran ontology: the proposer asked or obliged to act is merely named', () => {
  it('trap: the one a verb of asking asks something of ("obliges Tehran to …", "demanding that Iran account for …") holds nothing', () =>
    checkReading(
      {
        name: 'asked to act',
        text: "The board's text obliges Tehran to explain the traces of uranium found at several sites. The agency chief said the watchdog would keep demanding that Iran account for the uranium traces found at three sites.",
        expect: [{ party: 'iaea', demand: 'iaea-probe-closure', stance: 'rejects', quote: 'demanding' }],
        none: [['iran', 'iaea-probe-closure']],
      },
      iran,
    ));
  it('trap: the proposer obliged by another to do the opposite of its demand ("Tehran had to cooperate …") holds nothing', () =>
    checkReading(
      {
        name: 'obliged to the opposite',
        text: 'The secretary of state said Tehran had to cooperate with the agency and give it technically credible answers to every question.',
        expect: [],
        none: [['iran', 'iaea-probe-closure']],
      },
      iran,
    ));
  it('the proposer after "noted that" or needing its own demand still holds it', () =>
    checkReading(
      {
        name: 'noted that, needed to',
        text: "The agency chief noted that Iran wants the probe into the uranium traces closed. Iran's negotiator said Tehran needed to see the probe into the uranium traces closed before any deal.",
        expect: [
          { party: 'iran', demand: 'iaea-probe-closure', stance: 'supports', quote: 'wants' },
          { party: 'iran', demand: 'iaea-probe-closure', stance: 'supports', quote: 'needed to' },
        ],
      },
      iran,
    ));
});

/**
 * The US–China ontology of eval/ (written as a new user would), read with the shipped lexicon: a
 * purchase phrase with a gap ("buy … American") reaches past an amount of any length ("an extra
 * $12.5 billion in", "billions of dollars’ worth of"), not past as many ordinary words.
 */
const uscn = evalOntology('us-china-trade-2019.json');
const grain = evalOntology('grain-deal-2022.json');

describe("the Iran ontology: a demand's verb denied as a fact states no demand", () => {
  it('trap: "The agency does not drop its probes" credits the proposer named elsewhere with nothing', () =>
    checkReading(
      {
        name: 'does not drop',
        text: 'The agency chief said Iran\'s explanations fell short. "The agency does not drop its probes," he told a broadcaster.',
        expect: [],
        none: [['iran', 'iaea-probe-closure']],
      },
      iran,
    ));
  it('the demand stated as an outcome ("would see the agency drop …") is still the proposer\'s', () =>
    checkReading(
      {
        name: 'would see, will not',
        text: "Iran's envoy met the agency chief in Vienna. The deal would see the agency drop its probes into the uranium traces.",
        expect: [
          { party: 'iran', demand: 'iaea-probe-closure', stance: 'supports', quote: 'The deal would see' },
        ],
      },
      iran,
    ));
});

describe("the Iran ontology: another party's act reported is not the reporter's view", () => {
  it('trap: the agency reporting that Iran has enriched uranium to 60 percent takes no side on the limits', () =>
    checkReading(
      {
        name: 'reported act',
        text: 'Iran has now enriched uranium to 60 percent, the agency said in a quarterly report on Tuesday.',
        expect: [],
        none: [['iaea', 'nuclear-limits']],
      },
      iran,
    ));
  it('a speaker stating the opposite in its own words, with no other party acting, still holds it', () =>
    checkReading(
      {
        name: 'own words',
        text: 'Raisi said Iran would never give up its right to enrichment.',
        expect: [
          { party: 'iran', demand: 'nuclear-limits', stance: 'rejects', quote: 'right to enrichment' },
        ],
      },
      iran,
    ));
});

describe("the grain ontology: an opponent's conditional offer of the step states no demand", () => {
  it('trap: "Russia would go back to the earlier arrangements once …" credits no proposer named elsewhere', () =>
    checkReading(
      {
        name: 'conditional own step',
        text: "Ukraine's ports stood idle on Tuesday. The Kremlin spokesman said Russia would go back to the earlier arrangements once its own demands were met.",
        expect: [],
        none: [['ukraine', 'deal-extension']],
      },
      grain,
    ));
  it('the same words with no party as their subject still state the demand', () =>
    checkReading(
      {
        name: 'a return, no subject',
        text: "Ukraine's ports stood idle on Tuesday. The Kremlin spokesman said there would be a return to the earlier arrangements once Moscow's demands were met.",
        expect: [
          {
            party: 'ukraine',
            demand: 'deal-extension',
            stance: 'supports',
            quote: 'The Kremlin spokesman said',
          },
        ],
      },
      grain,
    ));
});

describe('the grain ontology: a party let do something is merely named', () => {
  it('trap: the one a pact "lets" act holds nothing of what the sentence says about the pact', () =>
    checkReading(
      {
        name: 'lets Ukraine',
        text: 'By walking away from the pact that lets Ukraine send its grain abroad, Putin is turning hunger into a weapon.',
        expect: [{ party: 'russia', demand: 'deal-extension', stance: 'rejects', quote: 'walking' }],
        none: [['ukraine', 'deal-extension']],
      },
      grain,
    ));
  it('the proposer named as the one urging, in the same sentence, still holds it', () =>
    checkReading(
      {
        name: 'Kyiv urged',
        text: 'Kyiv urged Moscow not to walk away from the deal that lets Ukraine ship its grain.',
        expect: [{ party: 'ukraine', demand: 'deal-extension', stance: 'supports', quote: 'walk away' }],
      },
      grain,
    ));
});

/** A reading with the US–China ontology, on a date of the talks. */
const tradeReading = readerFor(uscn, '2019-12-20');

describe('the US–China ontology: a purchase phrase around an amount', () => {
  it.each([
    [
      'a sum in dollars',
      'Beijing has agreed to buy $32 billion of American farm goods over two years.',
      'agreed to',
    ],
    [
      'an extra sum with a decimal',
      'China agreed to purchase an additional $12.5 billion in U.S. energy next year.',
      'agreed to',
    ],
    ['an amount in words', 'Xi promised to buy billions of dollars’ worth of American soybeans.', 'promised'],
  ])('%s', (_name, text, quote) =>
    checkReading(
      {
        name: _name,
        text,
        published: '2019-12-20',
        expect: [{ party: 'china', demand: 'purchase-commitments', stance: 'supports', quote }],
      },
      uscn,
    ),
  );
  it('trap: as many ordinary words between the verb and "American" still break the phrase', () =>
    checkReading(
      {
        name: 'ordinary words',
        text: 'China agreed to buy out the remaining partners of a venture with American carmakers.',
        published: '2019-12-20',
        expect: [],
        none: [
          ['china', 'purchase-commitments'],
          ['united-states', 'purchase-commitments'],
        ],
      },
      uscn,
    ));
});

/**
 * The addressee's own undertaking: "China's commitment to buy …" (a possessive on the commitment, even
 * when the ontology's phrase opens with the commitment word: "commitment to buy", "pledge to buy"),
 * "Beijing pledged to purchase …" — not one asked of it.
 */
describe('the US–China ontology: the addressee’s own commitment to buy', () => {
  it('its possessive commitment, named by the phrase "commitment to buy"', () =>
    tradeReading(
      'possessive commitment',
      'Officials reviewed China’s commitment to buy more American soybeans.',
      [{ party: 'china', demand: 'purchase-commitments', stance: 'supports', quote: 'commitment to' }],
    ));
  it('its pledge told with the verb the phrase "pledge to purchase" holds', () =>
    tradeReading('pledged', 'Beijing pledged to purchase more U.S. energy this year.', [
      { party: 'china', demand: 'purchase-commitments', stance: 'supports', quote: 'pledged' },
    ]));
  it('trap: a commitment the other side demands of it is not its own', () =>
    tradeReading(
      'demanded commitment',
      'Washington demands China’s commitment to buy more soybeans.',
      [],
      [['china', 'purchase-commitments']],
    ));
  it('trap: a commitment word inside a phrase keeps no cue when the sentence has another', () =>
    tradeReading('refused pledge', 'China refused any pledge to buy more U.S. soybeans.', [
      { party: 'china', demand: 'purchase-commitments', stance: 'rejects', quote: 'refused' },
    ]));
});

/**
 * A party the demand is put to saying, in its own voice, that it "will" or "would" do what the demand
 * asks accepts it, with no other cue: "Beijing said it will step up purchases …". Not another side's
 * claim of what it will do, a hope, a condition, or a commitment someone demands of it.
 */
describe('an addressee’s own undertaking to do what the demand asks', () => {
  it('"said it will" with the demand’s own verb phrase', () =>
    tradeReading('said it will', 'Beijing said it will step up purchases of American farm goods.', [
      { party: 'china', demand: 'purchase-commitments', stance: 'supports', quote: 'step up purchases' },
    ]));
  it('its officials telling the other side that it would', () =>
    tradeReading(
      'informed that it would',
      'Chinese negotiators informed the American delegation that Beijing would purchase more U.S. soybeans.',
      [{ party: 'china', demand: 'purchase-commitments', stance: 'supports', quote: 'would purchase' }],
    ));
  it('the grain deal: the party that left it saying it will come back', () =>
    checkReading(
      {
        name: 'will resume',
        text: 'Russia said it will resume the Black Sea grain deal.',
        published: '2022-11-02',
        expect: [{ party: 'russia', demand: 'deal-extension', stance: 'supports', quote: 'resume' }],
      },
      grain,
    ));
  it('trap: "wheat and other goods" closes a list of what the deal carries, not a call to widen it', () =>
    checkReading(
      {
        name: 'and other goods',
        text: 'Moscow agreed on Friday to rejoin the corridor deal under which wheat and other goods leave Ukrainian ports.',
        published: '2022-11-04',
        expect: [],
        none: [
          ['ukraine', 'deal-expansion'],
          ['russia', 'deal-expansion'],
        ],
      },
      grain,
    ));
  it('"other goods" as what a party wants carried is still the demand', () =>
    checkReading(
      {
        name: 'carry other goods',
        text: 'Kyiv wants the corridor widened to carry other goods such as metals.',
        published: '2022-11-04',
        expect: [
          { party: 'ukraine', demand: 'deal-expansion', stance: 'supports', quote: 'carry other goods' },
        ],
      },
      grain,
    ));
  it('"will not", "won’t": its refusal to do it', () =>
    tradeReading(
      'would not, won’t',
      'China said it would not buy more American soybeans this year.\nBeijing said it won’t step up purchases of U.S. energy.',
      [
        { party: 'china', demand: 'purchase-commitments', stance: 'rejects', quote: 'would not buy' },
        { party: 'china', demand: 'purchase-commitments', stance: 'rejects', quote: 'won’t step up' },
      ],
    ));
  it('trap: the other side’s claim of what it will do, and a hope, are not its word', () =>
    tradeReading(
      'claim and hope',
      'Trump told reporters that China would buy massive amounts of American farm goods.\nTrump hoped China would buy more U.S. goods as part of the truce.',
      [],
      [['china', 'purchase-commitments']],
    ));
  it('trap: an undertaking under a condition is no acceptance (changed in session 29: it is openness, the step offered on a condition, where it was no reading)', () =>
    tradeReading(
      'only when',
      'China said it would buy more American soybeans only when the tariffs were lifted.\nBeijing said it would step up purchases of U.S. energy if Washington dropped the new tariffs.',
      [
        { party: 'china', demand: 'purchase-commitments', stance: 'open', quote: 'only when' },
        { party: 'china', demand: 'purchase-commitments', stance: 'open', quote: 'if Washington dropped' },
      ],
    ));
  it('trap: a commitment the proposer demands, with "will" inside it, is the proposer’s demand', () =>
    checkReading(
      {
        name: 'commitments that it will',
        text: 'Moscow wants written commitments that the alliance will halt its eastward expansion.',
        published: '2022-01-15',
        expect: [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'wants' }],
        none: [['nato', 'non-expansion']],
      },
      english,
    ));
});

describe('the US–China ontology: enforcement of the agreements made', () => {
  it('an insistence on enforcing what was agreed supports the enforcement mechanism', () =>
    checkReading(
      {
        name: 'enforcement of agreements',
        text: 'The American side insisted on strict verification and enforcement of the commitments Beijing had made.',
        published: '2019-03-01',
        expect: [
          {
            party: 'united-states',
            demand: 'enforcement-mechanism',
            stance: 'supports',
            quote: 'insisted on',
          },
        ],
      },
      uscn,
    ));
  it('trap: enforcement of something else (export controls) is not the deal’s enforcement', () =>
    checkReading(
      {
        name: 'enforcement of export controls',
        text: 'The Commerce Department insisted on tighter enforcement of export controls on chips.',
        published: '2019-03-01',
        expect: [],
        none: [['united-states', 'enforcement-mechanism']],
      },
      uscn,
    ));
});

/**
 * The grain-deal ontology of eval/ (a demand whose opposite is leaving the deal), read with the shipped
 * lexicon: ceasing to take part in the deal, or to carry it out, is leaving it.
 */

describe('the grain ontology: ceasing to take part in a deal is leaving it', () => {
  it('"has stopped taking part in" the deal refuses to keep it', () =>
    checkReading(
      {
        name: 'stopped taking part in',
        text: 'Moscow has stopped taking part in the Black Sea grain deal.',
        published: '2023-07-20',
        expect: [
          { party: 'russia', demand: 'deal-extension', stance: 'rejects', quote: 'stopped taking part' },
        ],
      },
      grain,
    ));
  it('regretting a party’s decision to cease implementing it: the regretter wants the deal, the party refuses it', () =>
    checkReading(
      {
        name: 'regrets X’s decision to cease implementing',
        text: 'Erdogan regrets Moscow’s decision to cease implementing the grain pact.',
        published: '2023-07-20',
        expect: [
          { party: 'russia', demand: 'deal-extension', stance: 'rejects', quote: 'cease implementing' },
          { party: 'turkey', demand: 'deal-extension', stance: 'supports', quote: 'regrets' },
        ],
      },
      grain,
    ));
  it('trap: a condition, a decision nobody is said to own, and leaving the talks about the deal are no party’s act', () =>
    checkReading(
      {
        name: 'ceasing traps',
        text: 'If Moscow stops taking part in the grain deal, bread prices will climb.\nErdogan regrets the decision to stop implementing the grain pact.\nThe Kremlin stopped taking part in the grain deal talks in Geneva on Friday.',
        published: '2023-07-20',
        expect: [{ party: 'turkey', demand: 'deal-extension', stance: 'supports', quote: 'regrets' }],
        none: [['russia', 'deal-extension']],
      },
      grain,
    ));
});

describe('a two-word restriction with its object between the verb and the particle', () => {
  it('"cut its steel exports back": the made-up trade ontology’s "cut back", split', () =>
    checkReading(
      {
        name: 'cut … back',
        text: 'Marten wants Sarn to cut its steel exports back before the summer.',
        published: '2022-03-01',
        expect: [{ party: 'union', demand: 'quota-cap', stance: 'supports', quote: 'wants' }],
      },
      trade,
    ));
  it('"shut the probe down", refused', () =>
    checkReading(
      {
        name: 'shut … down',
        text: 'The Union has refused to shut the anti-dumping probe down.',
        expect: [{ party: 'union', demand: 'probe-closure', stance: 'rejects', quote: 'refused' }],
      },
      trade,
    ));
  it('"roll the grain deal over": the grain ontology’s "roll over", split, wanted and refused', () =>
    checkReading(
      {
        name: 'roll … over',
        text: 'Ankara hopes to roll the Black Sea grain deal over once more.\nThe Kremlin will not roll the grain deal over, Peskov said.',
        published: '2023-03-01',
        expect: [
          { party: 'turkey', demand: 'deal-extension', stance: 'supports', quote: 'hopes to' },
          { party: 'russia', demand: 'deal-extension', stance: 'rejects', quote: 'will not' },
        ],
      },
      grain,
    ));
  it('trap: another particle, a particle opening a noun phrase, or another object before the subject', () =>
    checkReading(
      {
        name: 'split-particle traps',
        text: 'Kyiv says it will cut the talks on the grain deal off.\nKyiv wants to roll the dice over the grain deal.',
        published: '2023-03-01',
        expect: [],
        none: [
          ['ukraine', 'deal-extension'],
          ['russia', 'deal-extension'],
        ],
      },
      grain,
    ));
});

describe('a restriction whose whole object is "it", after a sentence naming the subject', () => {
  it('"renew it" after the deal was named: wanted and refused', () =>
    checkReading(
      {
        name: 'renew it',
        text: 'The grain deal runs out in March. Kyiv wants to renew it.\nThe grain deal runs out in March. Moscow refuses to renew it beyond May.',
        published: '2023-02-01',
        expect: [
          { party: 'ukraine', demand: 'deal-extension', stance: 'supports', quote: 'wants' },
          { party: 'russia', demand: 'deal-extension', stance: 'rejects', quote: 'refuses' },
        ],
      },
      grain,
    ));
  it('"close it" after the inquiry was named (the Iran ontology)', () =>
    checkReading(
      {
        name: 'close it',
        text: 'The IAEA probe into the uranium traces has run for three years. Tehran wants the agency to close it.',
        published: '2022-06-10',
        expect: [{ party: 'iran', demand: 'iaea-probe-closure', stance: 'supports', quote: 'wants' }],
      },
      iran,
    ));
  it('trap: "it" as a subject, "it" for something else, "it" followed by more object', () =>
    checkReading(
      {
        name: 'renew it traps',
        text: 'The grain deal runs out in March. The Kremlin said it would renew its objections.\nKyiv opened a new grain office in Odesa last year. Moscow refuses to renew it.\nThe grain deal runs out in March. Moscow wants to renew it with new terms.',
        published: '2023-02-01',
        expect: [],
        none: [['russia', 'deal-extension']],
      },
      grain,
    ));
});

/**
 * The Northern Ireland ontology of eval/ (two proposers for a demand): a narrated sentence telling of
 * one proposer's step on the demand, which that proposer holds by its own reading, is not the other
 * proposer's demand stated.
 */
const protocol = evalOntology('ni-protocol-2021.json');

describe('the Northern Ireland ontology: a demand stated in a narrated sentence about one of two proposers', () => {
  it('trap: the other proposer, named elsewhere, is not credited with the demand', () =>
    checkReading(
      {
        name: 'one proposer acts',
        text: "Downing Street declined to comment. The Democratic Unionists want fewer checks on goods crossing the Irish Sea. On Tuesday the DUP's farm minister ordered a stop to checks on food arriving at the ports.",
        expect: [
          { party: 'dup', demand: 'checks-reduction', stance: 'supports', quote: 'want fewer checks' },
        ],
        none: [['uk', 'checks-reduction']],
      },
      protocol,
    ));
  it('where two proposers are named in the document, only the one the stating sentence names is credited', () =>
    checkReading(
      {
        name: 'no proposer holds it yet',
        text: 'Downing Street declined to comment on Tuesday. The week in Belfast was taken up with an end to checks at the port, as the DUP minister met traders.',
        expect: [
          {
            party: 'dup',
            demand: 'checks-reduction',
            stance: 'supports',
            quote: 'an end to checks',
            kind: 'stated-demand',
          },
        ],
        none: [['uk', 'checks-reduction']],
      },
      protocol,
    ));
  it('trap: a stating sentence that names neither of two proposers credits neither', () =>
    checkReading(
      {
        name: 'neither proposer in the sentence',
        text: 'The DUP leader toured a Belfast depot on Monday, and Downing Street briefed reporters later. Talk in the port was all of an end to checks on goods crossing the Irish Sea.',
        expect: [],
        none: [
          ['uk', 'checks-reduction'],
          ['dup', 'checks-reduction'],
        ],
      },
      protocol,
    ));
  it('a document naming one proposer still credits it with the demand a sentence states', () =>
    checkReading(
      {
        name: 'one proposer named',
        text: 'The DUP leader toured a Belfast depot on Monday. Talk in the port was all of an end to checks on goods crossing the Irish Sea.',
        expect: [
          {
            party: 'dup',
            demand: 'checks-reduction',
            stance: 'supports',
            quote: 'an end to checks',
            kind: 'stated-demand',
          },
        ],
      },
      protocol,
    ));
});

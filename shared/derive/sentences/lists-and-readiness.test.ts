/**
 * Readings mended in the eighteenth session on the Russia sets: a participle after a noun in a list
 * ("wants enlargement frozen and weapons …"); a verb after "but" in a "where" clause ("meetings where
 * US officials offered talks but rebuffed …"); a verdict after ", and we …" is the pronoun's, not a
 * predicate of the demand words before it; "no veto over troops" denied to the proposer refuses the
 * pull-back; readiness to hand a party the demand's own measure ("ready to put to Putin a transparency
 * mechanism"); "Reuters reports that …" as a source's verb, not the noun of "media reports that …".
 * "ready for … diplomacy"; a member's minister saying "the allies are all …" speaks for its own party
 * too. All sentences are written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';
const RB = 'rollback-1997';
const MD = 'missile-deployment';

const participles: ReadingCase[] = [
  {
    name: 'a participle after each noun of a list restricts its own noun: "missiles banned and troops withdrawn", "NATO\'s growth frozen and missiles kept out"',
    text: "Russia wants missiles banned and troops withdrawn from Romania. Moscow wants NATO's growth frozen and missiles kept out of Romania.",
    expect: [
      { party: 'russia', demand: MD, stance: 'supports', quote: 'missiles banned' },
      { party: 'russia', demand: RB, stance: 'supports', quote: 'troops withdrawn' },
      { party: 'russia', demand: NX, stance: 'supports', quote: "NATO's growth frozen" },
    ],
  },
  {
    name: 'trap: "wants trade halted and weapons shipped to Belarus" halts the trade, not the weapons',
    text: 'The Kremlin wants trade halted and weapons shipped to Belarus. Moscow wants grain exports frozen and its missiles moved west.',
    expect: [],
    none: [
      ['russia', MD],
      ['russia', RB],
    ],
  },
];

const whereClauses: ReadingCase[] = [
  {
    name: 'a verb after "but" continues the subject of a "where" clause, not the sentence\'s: "Grushko spoke after talks where British and NATO diplomats proposed … but turned down Moscow\'s call …"',
    text: "Grushko spoke in Vienna after two sessions where British and NATO diplomats proposed talks on arms control but turned down Moscow's call for the alliance to return to its 1997 positions.",
    expect: [
      { party: 'uk', demand: RB, stance: 'rejects', quote: 'turned down' },
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'turned down' },
    ],
    none: [['russia', MD]],
  },
  {
    name: 'trap: the verb after a "where" clause set off by commas, or after "and", keeps the sentence\'s subject',
    text: 'Putin spoke in Sochi, where Lukashenko met him, and said NATO must stop expanding. The Polish president visited Vilnius when Lithuania hosted the summit and rejected any pullback of allied troops.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'must stop expanding' },
      { party: 'poland', demand: RB, stance: 'rejects', quote: 'rejected any pullback' },
    ],
    none: [
      ['belarus', NX],
      ['baltic-states', RB],
    ],
  },
];

const pronounClauses: ReadingCase[] = [
  {
    name: 'trap: "There are no American missiles in Poland, and we have no intention of sending troops": the second clause says nothing of the missiles',
    text: 'There are no American missiles in Poland, and we have no intention of sending troops there, the US president said. There are no missiles in Romania, and we have no plans to change that, the Pentagon said.',
    expect: [],
    none: [['united-states', MD]],
  },
  {
    name: 'a verdict after the demand words still judges them when the pronoun is a speaker in commas: "NATO expansion, we say plainly, is unacceptable"',
    text: 'NATO expansion, we say plainly, is unacceptable, the Russian envoy said.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'NATO expansion' }],
  },
];

const vetoOverForces: ReadingCase[] = [
  {
    name: 'a veto over allied troops or deployments denied to Moscow refuses the pull-back: "Russia will get no veto over troops stationed in allied countries", "no Russian veto over NATO deployments"',
    text: 'Russia will get no veto over troops stationed in allied countries, the US envoy said. There can be no Russian veto over NATO deployments, the Canadian minister said.',
    expect: [
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'no veto over troops' },
      { party: 'canada', demand: RB, stance: 'rejects', quote: 'no Russian veto over NATO deployments' },
    ],
  },
  {
    name: "trap: a veto denied to another party, or over Russia's own troops, answers no demand",
    text: 'NATO has no veto over Russian troops in Belarus, the US envoy said. Kyiv has no veto over the troops Russia keeps in Belarus, the Canadian minister said.',
    expect: [],
    none: [
      ['united-states', RB],
      ['nato', RB],
      ['canada', RB],
      ['ukraine', RB],
    ],
  },
];

const handedOver: ReadingCase[] = [
  {
    name: 'readiness to hand a party the measure is openness: "willing to give Moscow reciprocal limits on missiles", "ready to put to the Russian president a transparency mechanism"',
    text: 'The White House is willing to give Moscow reciprocal limits on missiles. Ottawa is ready to put to Russian President Vladimir Putin "a transparency mechanism" for the bases in Latvia.',
    expect: [
      { party: 'united-states', demand: MD, stance: 'open', quote: 'willing to give Moscow' },
      { party: 'canada', demand: MD, stance: 'open', quote: 'ready to put to Russian' },
    ],
  },
  {
    name: 'trap: readiness to hand over weapons, readiness asked of someone, and readiness in a condition say nothing of the demand',
    text: 'The Pentagon is prepared to hand Kyiv missiles. NATO must be ready to give Moscow a transparency mechanism, the Polish minister said. If Ottawa is ready to give Moscow reciprocal limits on missiles, talks can go on, the Danish premier said.',
    expect: [],
    none: [
      ['united-states', MD],
      ['nato', MD],
      ['canada', MD],
      ['denmark', MD],
    ],
  },
];

const reportingVerbs: ReadingCase[] = [
  {
    name: '"Reuters reports that …", "The paper, a daily in Madrid, reports that …": a source telling what a party is ready to do',
    text: 'Reuters reports that the White House is ready to discuss limits on missiles. The paper, a daily in Madrid, reports that Ottawa is prepared to discuss a transparency mechanism.',
    expect: [
      { party: 'united-states', demand: MD, stance: 'open', quote: 'Reuters reports' },
      { party: 'canada', demand: MD, stance: 'open', quote: 'The paper, a daily' },
    ],
  },
  {
    name: 'trap: the content of "media reports that …" or of reports pushed back on is no one\'s position',
    text: 'Media reports that the White House is prepared to discuss limits on missiles were denied. The Pentagon pushed back on reports that Ottawa is prepared to discuss limits on missiles.',
    expect: [],
    none: [
      ['united-states', MD],
      ['canada', MD],
    ],
  },
];

const allAllies: ReadingCase[] = [
  {
    name: '"ready for (serious) diplomacy … on X" is openness; a member\'s minister saying "the allies are all …" counts its own party among them',
    text: 'The Danish minister said the allies are all ready for serious diplomacy with Moscow, including on limits on military exercises. The allies all reject any halt to NATO enlargement, the Canadian minister said.',
    expect: [
      { party: 'denmark', demand: MD, stance: 'open', quote: 'ready for serious diplomacy' },
      { party: 'canada', demand: NX, stance: 'rejects', quote: 'The allies all reject' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'The allies all reject' },
    ],
  },
  {
    name: 'trap: "the allies" without "all", a proposer\'s minister, or a state outside the alliance speaks for no party of its own',
    text: 'The Danish minister said the allies are ready for diplomacy with Moscow on limits on military exercises. Lavrov said the allies are all ready for diplomacy with Moscow on limits on military exercises. The Swedish minister said the allies are all ready for diplomacy on limits on military exercises.',
    expect: [{ party: 'nato', demand: MD, stance: 'open', quote: 'the allies are ready for diplomacy' }],
    none: [
      ['denmark', MD],
      ['russia', MD],
      ['sweden', MD],
    ],
  },
  {
    name: '"all allies" at the head of a clause names the alliance, so a proposer\'s minister quoting it speaks for the alliance, not for himself; a member\'s minister still counts his own party',
    text: 'All allies are ready for talks on caps on medium-range missiles, Lavrov said. All allies turn down any freeze on NATO enlargement, the Canadian minister said.',
    expect: [
      { party: 'nato', demand: MD, stance: 'open', quote: 'All allies are ready for talks' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'All allies turn down' },
      { party: 'canada', demand: NX, stance: 'rejects', quote: 'All allies turn down' },
    ],
    none: [['russia', MD]],
  },
  {
    name: 'trap: "all its allies" after a party named first is that party\'s grouping, not the alliance; the proposer ready for talks on its own demand supports it (was: open)',
    text: 'Russia and all its allies are ready for talks on caps on medium-range missiles.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'ready for talks' }],
    none: [['nato', MD]],
  },
];

const pullOff: ReadingCase[] = [
  {
    name: '"pull troops off" a territory withdraws them: judging the demand unacceptable refuses the pull-back (it does not keep the troops out)',
    text: 'Calls for NATO to pull its soldiers off the soil of its eastern members are unacceptable, the Polish minister said. The Kremlin wants the alliance to pull its forces off the territory of its newer members.',
    expect: [
      { party: 'poland', demand: RB, stance: 'rejects', quote: 'are unacceptable' },
      { party: 'russia', demand: RB, stance: 'supports', quote: 'wants the alliance to pull' },
    ],
  },
  {
    name: 'trap: "pulled off a deal", or troops pulled off a border of a state outside the alliance, is no pull-back',
    text: 'NATO pulled off a deal to keep its troops in Poland, the Polish minister said. Moscow refuses to pull its troops off the Ukrainian border, the Polish minister said.',
    expect: [],
    none: [
      ['poland', RB],
      ['russia', RB],
      ['nato', RB],
    ],
  },
];

describe.each([
  ['a participle in a list', participles],
  ['all allies', allAllies],
  ['pulling troops off', pullOff],
  ['a measure handed over', handedOver],
  ['a source reporting', reportingVerbs],
  ['a veto over forces', vetoOverForces],
  ['a pronoun opening a clause of its own', pronounClauses],
  ['a "where" clause before "but"', whereClauses],
])('%s', (_, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});

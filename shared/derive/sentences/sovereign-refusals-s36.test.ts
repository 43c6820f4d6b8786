/**
 * Principle and sovereignty statements that refuse the non-expansion and 1997-rollback demands:
 * - a right denied to the demand's proposer, with the demand's own words after it ("Russia has no right
 *   to keep Ukraine out of NATO", "it is not for the Kremlin to carve out a sphere of influence"):
 *   the speaker's refusal (analyze-sentence/denied-right.ts);
 * - nobody outside may tell the allies how or where to place their forces, Moscow may not dictate the
 *   alliance's posture: a refusal of the rollback (ontology weakOpposites);
 * - "each nation picks its own path", "the decision to admit rests with the allies alone", "we decide
 *   our foreign and security policy", "chart their own foreign and security policy" (ontology opposites).
 * Traps: the same words said of Russia's own choices, of another party's right, of trade partners, of
 * a membership question (no rollback), and by the proposer itself. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const NX = 'non-expansion';
const RB = 'rollback-1997';

const cases: ReadingCase[] = [
  {
    name: 'right denied to the proposer: "Moscow has no right to keep Georgia out of the alliance"',
    text: 'The Italian foreign minister said Moscow has no right to keep Georgia out of the alliance.',
    expect: [
      {
        party: 'italy',
        demand: NX,
        stance: 'rejects',
        quote: 'Moscow has no right to keep Georgia out',
      },
    ],
  },
  {
    name: 'right denied to the proposer: "is not entitled to bar … from joining"',
    text: 'Russia is not entitled to bar its neighbours from joining NATO, the Canadian defence minister said on Monday.',
    expect: [{ party: 'canada', demand: NX, stance: 'rejects', quote: 'Russia is not entitled to bar' }],
  },
  {
    name: 'right denied to the proposer: "it is not for the Kremlin to draw up a sphere of influence"',
    text: 'The alliance chief told reporters it is not for the Kremlin to draw up a sphere of influence in eastern Europe.',
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'not for the Kremlin to draw up a sphere' },
    ],
  },
  {
    name: 'trap: the proposer denying another party a right is its own claim, not a refusal',
    text: 'Lavrov said Washington has no right to tell Russia where it may move its own troops.',
    expect: [],
    none: [
      ['russia', NX],
      ['russia', RB],
      ['united-states', RB],
    ],
  },
  {
    name: 'trap: Russia claiming the right to dictate to no one, said of its own security, is no refusal by Russia',
    text: 'The Kremlin spokesman said the alliance has no right to dictate to Moscow how to guarantee its safety.',
    expect: [],
    none: [
      ['russia', NX],
      ['russia', RB],
      ['nato', NX],
    ],
  },
  {
    name: 'trap: a right denied to the proposer over another organisation is no refusal of this demand',
    text: 'The Italian foreign minister said Moscow has no right to keep Georgia out of the European Union.',
    expect: [],
    none: [['italy', NX]],
  },
  {
    name: 'trap: the proposer speaking of its own demand keeps it',
    text: 'Lavrov said Russia has every reason to keep Ukraine out of NATO.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'keep Ukraine out of NATO' }],
    none: [['nato', NX]],
  },
  {
    name: 'rollback: "nobody from outside may tell the alliance how to place its troops"',
    text: 'The Estonian president said the allies agree that nobody from outside may tell the alliance how to place its troops.',
    expect: [
      {
        party: 'baltic-states',
        demand: RB,
        stance: 'rejects',
        quote: 'nobody from outside may tell the alliance how to',
      },
    ],
  },
  {
    name: 'rollback: "Moscow cannot dictate the alliance\'s posture"',
    text: "The Norwegian defence minister said Moscow cannot dictate NATO's defensive posture in the north.",
    expect: [{ party: 'norway', demand: RB, stance: 'rejects', quote: 'cannot dictate' }],
  },
  {
    name: 'rollback and non-expansion: "no right to instruct the allies on how to behave"',
    text: 'The Italian defence minister said Russia had no right to instruct NATO members on how to behave.',
    expect: [
      {
        party: 'italy',
        demand: RB,
        stance: 'rejects',
        quote: 'no right to instruct NATO members on how',
      },
      {
        party: 'italy',
        demand: NX,
        stance: 'rejects',
        quote: 'no right to instruct NATO members on how',
      },
    ],
    // (Russia, told what it may not do, states no demand here.)
    none: [
      ['russia', NX],
      ['russia', RB],
    ],
  },
  {
    name: 'trap: dictating who joins is about membership, not the forces (no rollback)',
    text: 'The Italian foreign minister said Russia has no right to dictate who joins NATO.',
    expect: [{ party: 'italy', demand: NX, stance: 'rejects', quote: 'no right to dictate' }],
    none: [['italy', RB]],
  },
  {
    name: '"each nation picks its own path"',
    text: 'The Canadian prime minister said every ally stands by the rule that each nation picks its own path, whatever Moscow asks of NATO.',
    expect: [{ party: 'canada', demand: NX, stance: 'rejects', quote: 'picks its own path' }],
  },
  {
    name: '"the decision to admit a country rests with the allies alone"',
    text: 'The alliance chief said the decision to admit a country rests with the allies and the applicant.',
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'decision to admit a country rests with' },
    ],
  },
  {
    name: '"we decide our foreign and security policy"',
    text: '"In Finland we decide our foreign and security policy ourselves," the Finnish president said.',
    expect: [
      { party: 'finland', demand: NX, stance: 'rejects', quote: 'decide our foreign and security policy' },
    ],
  },
  {
    name: '"free nations chart their own foreign and security policy"',
    text: 'Free nations chart their own foreign and security policy, the Danish prime minister said of the Russian demands on NATO.',
    expect: [
      {
        party: 'denmark',
        demand: NX,
        stance: 'rejects',
        quote: 'chart their own foreign and security policy',
      },
    ],
  },
  {
    name: 'trap: choosing trade partners is no choice of alliance',
    text: 'The Finnish president said the country is free to choose its trade partners in Asia.',
    expect: [],
    none: [['finland', NX]],
  },
  {
    name: 'trap: a veto in the Security Council is no say over membership',
    text: 'The French foreign minister said Russia cannot use its Security Council veto to shield itself from scrutiny.',
    expect: [],
    none: [
      ['france', NX],
      ['france', RB],
    ],
  },
  {
    name: 'no outsider has a say: "no outside power has any say over who joins NATO"',
    text: 'Stoltenberg said no outside power has any say over who joins NATO.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'no outside power has any say' }],
  },
  {
    name: 'the allies alone judge: "the allies alone will judge when a country is ready to join NATO"',
    text: "Britain's foreign secretary said the allies alone will judge when a country is ready to join NATO.",
    expect: [{ party: 'uk', demand: NX, stance: 'rejects', quote: 'alone will judge when' }],
  },
  {
    name: 'trap: "no one has any say" about prices, with no alliance named, reads nothing',
    text: 'The analysts said no one in the region has any say over grain prices.',
    expect: [],
    none: [
      ['nato', NX],
      ['russia', NX],
    ],
  },
  {
    name: 'trap: "alone will judge whether" a ruling party keeps power is not about the alliance',
    text: 'The German chancellor said voters alone will judge whether the coalition deserves another term.',
    expect: [],
    none: [
      ['germany', NX],
      ['germany', RB],
    ],
  },
];

// The guard against a field word in the gap holds only for a choice of alignment: "keep the existing
// economic sanctions in place" is still the opposite of sanctions relief (US–DPRK ontology).
const dprkCases: ReadingCase[] = [
  {
    name: 'an economic word in the gap of "keep … sanctions in place" still reads',
    text: 'The Japanese prime minister said he favoured keeping the existing economic sanctions in place.',
    expect: [
      {
        party: 'japan',
        demand: 'sanctions-relief',
        stance: 'rejects',
        quote: 'keeping the existing economic sanctions in place',
      },
    ],
  },
];

describe('principle and sovereignty refusals (session 36)', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
  const dprk = evalOntology('us-dprk-2018.json');
  it.each(dprkCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, dprk));
});

/**
 * A demand (or its opposite) said to be kept out of talks ("… is not up for discussion"), and interest
 * signalled in talking about a demand ("signalled interest in talking about …"), in sentences written
 * for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';
const RB = 'rollback-1997';
const MD = 'missile-deployment';

const notUpFor: ReadingCase[] = [
  {
    name: 'the demand itself as the subject of "not up for discussion", said by a side it is put to, is refused',
    text: 'A Pentagon spokesman said that a reduction of American troops in the Baltic states was not up for discussion.',
    expect: [{ party: 'united-states', demand: RB, stance: 'rejects', quote: 'not up for discussion' }],
  },
  {
    name: 'the demand as a cut named by a noun, "not up for negotiation", from an addressee: refused',
    text: 'Cuts in allied troop levels on the eastern flank are not up for negotiation, the German defence minister said.',
    expect: [{ party: 'germany', demand: RB, stance: 'rejects', quote: 'not up for negotiation' }],
  },
  {
    name: 'the opposite of the demand as the subject ("our force posture in Poland"): still refused',
    text: 'A US official said changes to the American force posture in Poland were not up for discussion.',
    expect: [{ party: 'united-states', demand: RB, stance: 'rejects', quote: 'not up for discussion' }],
  },
  {
    name: 'a ban on membership, the demand, said by the West to be not up for discussion: refused',
    text: 'The French foreign minister said a ban on Ukraine joining NATO was not up for discussion.',
    expect: [{ party: 'france', demand: NX, stance: 'rejects', quote: 'not up for discussion' }],
  },
  {
    name: 'the proposer calling its own demand not up for discussion holds to it',
    text: 'A Kremlin aide said the withdrawal of NATO troops from Eastern Europe was not up for discussion.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'not up for discussion' }],
    none: [['united-states', RB]],
  },
  {
    name: "trap: troop levels at home not up for discussion say nothing of the allies' soil",
    text: 'A US official said that reducing troop levels at home was not up for discussion.',
    expect: [],
    none: [['united-states', RB]],
  },
  {
    name: 'trap: something else not up for discussion beside the demand is no refusal of it',
    text: 'Washington will talk about drills in Eastern Europe, a US official said, adding that the sanctions on Moscow were not up for discussion.',
    expect: [],
    none: [
      ['united-states', RB],
      ['united-states', NX],
    ],
  },
];

const interestInTalking: ReadingCase[] = [
  {
    name: 'a side the demand is put to signalling interest in talking about it is open',
    text: 'Washington signalled interest in talking about limits on missiles in Europe.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'interest in talking about' }],
  },
  {
    name: 'the proposer signalling interest in talking about its own ask presses for it',
    text: 'Moscow has signalled interest in talking about a moratorium on the deployment of missiles in Europe.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'interest in talking about' }],
  },
  {
    name: 'no interest in talking about the demand, from a side it is put to, refuses it',
    text: 'The US has shown no interest in talking about the withdrawal of its troops from Eastern Europe.',
    expect: [{ party: 'united-states', demand: RB, stance: 'rejects', quote: 'interest in talking about' }],
  },
  {
    name: 'trap: interest signalled in talking about another topic reads nothing',
    text: 'Russia signalled interest in talking about gas transit through Ukraine, a diplomat said.',
    expect: [],
    none: [
      ['russia', MD],
      ['russia', NX],
      ['russia', RB],
    ],
  },
];

describe.each([
  ['not up for discussion', notUpFor],
  ['interest in talking about', interestInTalking],
])('%s', (_, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});

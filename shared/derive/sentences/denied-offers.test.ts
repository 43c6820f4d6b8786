/**
 * A party denying its own reported offer of a measure refuses the measure: "The ministry denied it had
 * offered to pull its soldiers out of …", "pushed back on a news story that it would offer to thin out
 * its forces in …". A denial of another side's offer states no offer of anyone ("denied that NATO had
 * offered …"), and a denial of one's own demand is no demand ("denied that it had demanded …").
 * All sentences are written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const RB = 'rollback-1997';

const cases: ReadingCase[] = [
  {
    name: "a denial of the denier's own offer, with only its pronoun and auxiliaries between, refuses the measure",
    text: 'The Pentagon denied that it had ever offered to move American soldiers out of the Baltic states. Washington denies it would offer to thin out its brigades in Romania.',
    expect: [
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'The Pentagon denied' },
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'Washington denies' },
    ],
  },
  {
    name: 'a report of the party\'s own offer rebutted ("pushed back on a story that it would offer") refuses it too',
    text: 'The State Department pushed back on a Washington Post story that it would offer to scale back US battalions in Poland.',
    expect: [{ party: 'united-states', demand: RB, stance: 'rejects', quote: 'pushed back on' }],
  },
  {
    name: "trap: a denial of another side's offer is no offer of anyone; a proposer denying its own demand does not demand it; the proposer's own forces at home are not the demand",
    text: 'The State Department denied that NATO had offered to pull its soldiers out of Eastern Europe. Moscow denied that it had demanded a withdrawal of NATO soldiers from the Baltic states. The Kremlin pushed back on a story that it would offer to pull its own troops back from the Ukrainian border.',
    expect: [],
    none: [
      ['nato', RB],
      ['united-states', RB],
      ['russia', RB],
    ],
  },
  {
    name: "trap: a rebutted report of another side's offer, named between, reads nothing for either",
    text: 'The Pentagon pushed back on reports that Ottawa would offer to withdraw its soldiers from Latvia.',
    expect: [],
    none: [
      ['united-states', RB],
      ['canada', RB],
    ],
  },
];

describe('denied offers of a measure', () => {
  it.each(cases)('$name', (c) => checkReading(c));
});

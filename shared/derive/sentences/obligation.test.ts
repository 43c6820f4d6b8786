/**
 * Obligations said without "must": "has to", "had to" (told in the past), "needs to", before an active
 * verb or a passive, are the speaker's demand on the party obliged, as "must" is. Sentences written
 * for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';
const RB = 'rollback-1997';

const cases: ReadingCase[] = [
  {
    name: '"said that NATO had to stop …": a reported obligation on a party is the speaker’s demand',
    text: 'The Kremlin spokesman said on Tuesday that NATO had to stop expanding eastward.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'had to stop' }],
    none: [['nato', NX]],
  },
  {
    name: '"the alliance needs to pull its forces back": the speaker’s demand, not the alliance’s',
    text: 'Lavrov said the alliance needs to pull its forces back to the 1997 lines.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'needs to pull' }],
    none: [['nato', RB]],
  },
  {
    name: '"has to be halted": an obligation before a passive, as "must be halted"',
    text: 'Ryabkov said the enlargement of NATO has to be halted.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'has to be halted' }],
  },
  {
    name: '"and added that …" continues the speaker’s report, not the subject of what was reported before it',
    text: 'Lavrov said on Friday that he and Blinken had spoken for two hours, and added that NATO had to stop expanding eastward.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'had to stop' }],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: "had to" told by no one is a past necessity, no one’s demand',
    text: 'Finland had to join NATO after the invasion of Ukraine.\nThe Baltic battalions had to be moved to the east last year because of the exercises.',
    expect: [],
    none: [
      ['finland', NX],
      ['nato', NX],
      ['baltic-states', RB],
      ['russia', RB],
    ],
  },
  {
    name: 'trap: "and added" after speakers who are no party gives the demand to no one',
    text: 'Two analysts said that the talks had gone badly, and added that NATO had to stop expanding eastward.',
    expect: [],
    none: [
      ['russia', NX],
      ['nato', NX],
    ],
  },
  {
    name: 'trap: "has to wait for" keeps the cue after the obligation, whose holder is the speaker',
    text: 'Stoltenberg said Sweden had to wait for Turkey before it could join NATO.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'wait for' }],
    none: [['sweden', NX]],
  },
];

describe('obligations without "must"', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

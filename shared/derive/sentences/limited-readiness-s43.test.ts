/**
 * A readiness that stops short of a demand: "Washington's readiness to talk does not extend to a halt to
 * NATO enlargement", "the US willingness to negotiate did not cover enlargement", "this readiness does not
 * reach the matters that count most for Moscow, above all …". The owner of the readiness (named before it,
 * or pointed back to by "this"/"its") refuses the demand; its readiness to talk is no openness to it. The
 * recipient judging a reply puts it so. Traps: a readiness that does reach the demand, a negated reach
 * in another clause ("…, and the treaty does not cover …"), a readiness with no owner ("the readiness"),
 * "its" after a speaker ("Lavrov said its readiness …"), and a readiness that depends on the demand
 * rather than stopping short of it. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const NE = 'non-expansion';
const rejects = (party: string, quote: string) => ({ party, demand: NE, stance: 'rejects' as const, quote });

const cases: ReadingCase[] = [
  {
    name: '"Washington\'s readiness to talk does not extend to a halt to enlargement": Washington rejects',
    text: "Washington's readiness to talk does not extend to a halt to NATO enlargement, Peskov said.",
    published,
    expect: [rejects('united-states', 'does not extend to')],
  },
  {
    name: 'the readiness\'s own cue does not read on past the limit: "the US willingness to negotiate did not extend to NATO enlargement" rejects, no openness',
    text: 'Peskov said the US willingness to negotiate did not extend to NATO enlargement.',
    published,
    expect: [rejects('united-states', 'did not extend to')],
  },
  {
    name: '"this readiness does not reach …" points back to the group that showed it; the recipient\'s key matter is its own',
    text:
      'Washington and NATO have shown some readiness to talk about arms control. But this readiness does not ' +
      "reach the matters that count most for Moscow, above all an end to NATO's eastward expansion, the Kremlin said.",
    published,
    expect: [
      rejects('united-states', 'does not reach'),
      rejects('nato', 'does not reach'),
      { party: 'russia', demand: NE, stance: 'supports', quote: 'end to NATO' },
    ],
  },
  {
    name: '"its readiness" after the party the sentence opens with, past "but"',
    text: 'Washington is willing to talk about arms control, but its readiness does not extend to a halt to NATO enlargement.',
    published,
    expect: [rejects('united-states', 'does not extend to')],
  },
  {
    name: '"the alliance\'s advance toward Russia" names the demand\'s growth',
    text: "Moscow wants a stop to the alliance's advance toward Russia, Lavrov said.",
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'advance toward Russia' }],
  },
  {
    name: 'trap: a readiness that does reach the demand is no refusal',
    text: "Washington's readiness to talk extends to a halt to NATO enlargement.",
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: the negated reach in another clause ("…, and the treaty does not cover …") is not the readiness\'s',
    text: "Washington's readiness to talk is real, and the treaty does not cover a halt to NATO enlargement.",
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: "the readiness" with no owner is nobody\'s, not the sender of the sentence before',
    text: 'Washington sent its reply on Wednesday. The Kremlin said the readiness to talk does not extend to a halt to NATO enlargement.',
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: "its" right after a speaker is not the speaker\'s, nor the subject before',
    text: 'Scholz met Biden. Lavrov said its readiness does not extend to a halt to NATO enlargement.',
    published,
    expect: [],
    none: [
      ['germany', NE],
      ['united-states', NE],
    ],
  },
  {
    name: 'trap: a readiness that depends on the demand does not stop short of it',
    text: "Washington's readiness to talk does not depend on a halt to NATO enlargement.",
    published,
    expect: [],
    none: [['united-states', NE]],
  },
];

describe("a readiness that does not extend to a demand is its owner's refusal of it", () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

/**
 * "Ought to" obliges its subject as "should" and "must" do: "The alliance ought (also) to guarantee that no
 * weapons threatening Russia are stationed near it, the ministry said" is the ministry's demand on NATO, not
 * NATO's refusal of the demand. Before, "ought" was not read as an obligation, so the alliance named as its
 * subject took the cue and came out rejecting. Traps: the alliance obliged is no holder (with and without an
 * adverb between "ought" and "to"), an obligation put on NATO by Moscow's negated "ought not to", and a
 * sentence where the alliance speaks for itself. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2021-12-17';
const MD = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: 'an obligation with "ought to" is the speaker\'s demand, and the alliance obliged holds nothing',
    text: 'The alliance ought to guarantee that no weapons posing a threat to Russia are placed near its borders, the Russian foreign ministry said.',
    published,
    expect: [
      { party: 'russia', demand: MD, stance: 'supports', quote: 'no weapons posing a threat to Russia' },
    ],
    none: [['nato', MD]],
  },
  {
    name: 'trap: an adverb between "ought" and "to" leaves the alliance obliged, not refusing',
    text: 'The alliance ought also to guarantee that no weapons posing a threat to Russia are stationed along its western frontier, the ministry said.',
    published,
    expect: [
      { party: 'russia', demand: MD, stance: 'supports', quote: 'no weapons posing a threat to Russia' },
    ],
    none: [['nato', MD]],
  },
  {
    name: 'trap: "ought not to take in" said by Moscow is Moscow\'s demand, no NATO position',
    text: 'NATO ought not to take in Ukraine or Georgia, the Russian foreign ministry said on Friday.',
    published,
    expect: [
      { party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'ought not to take in Ukraine' },
    ],
    none: [['nato', 'non-expansion']],
  },
  {
    name: 'trap: an obligation with "ought to" and nobody speaking is nobody\'s position on the alliance\'s side',
    text: "In the Kremlin's view the alliance ought to give up any plan to place missiles in Ukraine.",
    published,
    expect: [],
    none: [['nato', MD]],
  },
  {
    name: 'the alliance speaking for itself is still read: "NATO will not accept a ban on deploying missiles", Stoltenberg said',
    text: 'NATO will not accept a ban on deploying missiles on allied soil, Stoltenberg said.',
    published,
    expect: [
      { party: 'nato', demand: MD, stance: 'rejects', quote: 'will not accept a ban on deploying missiles' },
    ],
  },
];

describe('"ought to" obliges its subject (session 45)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

/**
 * "NATO will not grow", "the alliance will keep growing", "stop the bloc from growing": "grow" names the
 * enlargement only with the alliance itself as its subject (the frame's anchored subjects). Who holds the
 * stance is read as for "expand": the speaker, or the one who asks; the direction comes from the
 * restriction ("not", "stop … from") or its absence. Not "tensions with NATO grow", "the alliance grew
 * stronger", "NATO's budget will not grow". And "Moscow must keep NATO from expanding": the proposer
 * preventing another's act is no proposer acting on its own forces. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: "the alliance will not grow, in the proposer's words: Russia's demand",
    text: 'NATO will not grow any more, Lavrov insisted.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'NATO will not grow' }],
    none: [['nato', NX]],
  },
  {
    name: "the alliance will keep growing, in its chief's words: NATO refuses the halt",
    text: 'The alliance will keep growing, Stoltenberg told reporters.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'keep growing' }],
  },
  {
    name: 'reported: the bloc would go on growing, said its chief',
    text: 'Stoltenberg said the alliance would continue to grow.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'continue to grow' }],
  },
  {
    name: 'the proposer must stop the alliance from growing: its demand',
    text: 'Ryabkov said Moscow had to stop NATO from growing.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'stop NATO from growing' }],
  },
  {
    name: 'the proposer must keep the alliance from expanding: its demand (another acts, not the proposer)',
    text: 'Ryabkov said Moscow must keep the alliance from expanding.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'keep the alliance from expanding' }],
  },
  {
    name: 'demanded that the bloc stop growing',
    text: 'Moscow and Minsk demanded that the bloc stop growing.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'demanded' }],
  },
  {
    name: 'no plans to grow: as "no plans to expand", no commitment either way',
    text: 'NATO has no plans to grow, an alliance official said.',
    expect: [{ party: 'nato', demand: NX, stance: 'open', quote: 'no plans to grow' }],
  },
  {
    name: 'trap: tensions with the alliance growing are no enlargement',
    text: 'Tensions between Russia and NATO will keep growing, Lavrov warned.',
    expect: [],
    none: [
      ['russia', NX],
      ['nato', NX],
    ],
  },
  {
    name: 'trap: the alliance growing stronger is no enlargement',
    text: 'The alliance grew stronger and more united after the invasion, Stoltenberg said.',
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: "trap: the alliance's budget not growing is no halt",
    text: "NATO's budget will not grow next year, Stoltenberg said.",
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'trap: the alliance growing its presence (an object) is no enlargement',
    text: 'NATO will grow its presence in the east, Stoltenberg said.',
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'trap: concerns in the alliance growing are no enlargement',
    text: 'Concerns in the alliance are growing, Stoltenberg said.',
    expect: [],
    none: [['nato', NX]],
  },
];

describe('the alliance as the subject of growing', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

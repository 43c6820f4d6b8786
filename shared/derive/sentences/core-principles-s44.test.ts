/**
 * "will not compromise on the alliance's core principles", "NATO's founding principles cannot be given
 * up": the principles a grouping the enlargement demand is put to is founded on, held against the demand,
 * refuse it (weak opposites of the shipped ontology: read only beside one of the demand's anchors).
 * Traps: the proposer's own principles ("Russia would not give up its core principles"), principles of
 * another text or of law with no anchor ("the basic principles of international law", "the key principles
 * of the Helsinki Final Act"), and the alliance's principles only talked about ("were discussed").
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-20';

const cases: ReadingCase[] = [
  {
    name: '"would never compromise on the alliance\'s core principles"',
    text: "Stoltenberg said the allies would never compromise on the alliance's core principles.",
    published,
    expect: [{ party: 'nato', demand: 'non-expansion', stance: 'rejects', quote: 'never compromise' }],
  },
  {
    name: 'a passive: "the alliance\'s founding principles cannot be given up"',
    text: "The alliance's founding principles cannot be given up, Italy's prime minister said.",
    published,
    expect: [
      { party: 'italy', demand: 'non-expansion', stance: 'rejects', quote: 'founding principles cannot' },
    ],
  },
  {
    name: '"will not bargain away NATO\'s fundamental principles"',
    text: "Britain will not bargain away NATO's fundamental principles, Truss said.",
    published,
    expect: [{ party: 'uk', demand: 'non-expansion', stance: 'rejects', quote: 'bargain away' }],
  },
  {
    name: 'trap: the proposer keeps principles of its own, no anchor',
    text: 'Lavrov said Russia would not give up its core principles.',
    published,
    expect: [],
    none: [['russia', 'non-expansion']],
  },
  {
    name: 'trap: the principles of international law',
    text: 'Any deal must respect the basic principles of international law, Blinken said.',
    published,
    expect: [],
    none: [['united-states', 'non-expansion']],
  },
  {
    name: 'trap: the principles of another text',
    text: 'Blinken said Washington would uphold the key principles of the Helsinki Final Act.',
    published,
    expect: [],
    none: [['united-states', 'non-expansion']],
  },
  {
    name: "trap: the alliance's principles only talked about",
    text: "The alliance's founding principles were discussed at the summit.",
    published,
    expect: [],
    none: [
      ['nato', 'non-expansion'],
      ['russia', 'non-expansion'],
    ],
  },
];

describe("an addressee holding to the alliance's core principles refuses enlargement's end", () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

/**
 * A pointer the next sentence defines: "On the main question there was no positive answer, Lavrov
 * said. That question, he explained, is Moscow's view that NATO must not expand." The second sentence
 * opens with the same noun ("That question", "The central demand") and a plain copula, and what
 * follows names the demand: the pointer in the first sentence stands for it, so the verdict there
 * reads on that demand. Traps: a copula that defines nothing ("is still open", "is not … but …"), a
 * bare "That is …", a noun of another kind ("the main issue" … "The key demand is …"), and a
 * definition naming the demand's opposite ("The key issue is NATO's open-door policy"). Sentences
 * written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const NE = 'non-expansion';
const RB = 'rollback-1997';

const cases: ReadingCase[] = [
  {
    name: '"On the main question there was no positive answer in the US reply … That question, he explained, is …"',
    text: "On the main question there was no positive answer in the US reply, Lavrov said. That question, he explained, is Moscow's firm view that NATO must not expand further east.",
    published,
    expect: [{ party: 'united-states', demand: NE, stance: 'rejects', quote: 'no positive answer' }],
  },
  {
    name: '"Washington rejected the key demand. That demand is that NATO stop expanding"',
    text: 'Lavrov said Washington rejected the key demand. That demand is that NATO stop expanding eastward.',
    published,
    expect: [{ party: 'united-states', demand: NE, stance: 'rejects', quote: 'rejected the key demand' }],
  },
  {
    name: '"the question that matters most to Moscow. That question, he said, is the alliance\'s expansion": a bare topic defines a question',
    text: "Lavrov said the US reply gave no positive answer on the question that matters most to Moscow. That question, he said, is the alliance's expansion to the east.",
    published,
    expect: [
      { party: 'united-states', demand: NE, stance: 'rejects', quote: 'no positive answer on the question' },
    ],
  },
  {
    name: '"had brushed aside the central demand. The central demand is a pullback of allied forces …"',
    text: 'Ryabkov said the alliance had brushed aside the central demand. The central demand is a pullback of allied forces to where they stood in 1997.',
    published,
    expect: [{ party: 'nato', demand: RB, stance: 'rejects', quote: 'brushed aside the central demand' }],
  },
  {
    name: 'trap: "That question is still open" defines nothing',
    text: 'Lavrov said Washington gave no positive answer on the main question. That question is still open, he said.',
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: a bare "That is …" may stand for the whole statement before',
    text: "Lavrov said the US reply gave no positive answer on the main issue. That is NATO's eastward expansion.",
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: a noun of another kind ("the main issue" … "The key demand is …")',
    text: 'Lavrov said the US reply gave no positive answer on the main issue. The key demand is that NATO stop expanding.',
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: "The main issue is not X but Y"',
    text: "Lavrov said the US reply gave no positive answer on the main issue. The main issue is not NATO's expansion but arms control.",
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: the definition names the demand\'s opposite ("The key issue is NATO\'s open-door policy")',
    text: "Lavrov said the US reply gave no positive answer on the key issue. The key issue is NATO's open-door policy.",
    published,
    expect: [],
    none: [['united-states', NE]],
  },
];

describe('a pointer the next sentence defines stands for the demands it names', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

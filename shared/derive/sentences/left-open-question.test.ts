/**
 * A "whether" clause left open — after "has not said", "declined to say", "it is unclear" — asks a
 * question and answers none: what a party would do inside it is no position of the party's. A question
 * put and answered ("Asked whether …, she said yes") and a position stated beside an open question
 * still read. Sentences written for these tests, read with the Iran ontology of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const iran = evalOntology('iran-nuclear-2021.json');
const published = '2022-03-10';

const cases: ReadingCase[] = [
  {
    name: '"has not said publicly whether it still insists on …": no position',
    text: 'Tehran has not said publicly whether it still insists on closing the probe.',
    published,
    expect: [],
    none: [['iran', 'iaea-probe-closure']],
  },
  {
    name: '"it is not clear whether Washington would offer …": no position',
    text: 'It is not clear whether Washington would offer legal guarantees of that kind.',
    published,
    expect: [],
    none: [['united-states', 'us-guarantees']],
  },
  {
    name: 'trap: a question put and answered still reads',
    text: 'Asked whether Iran still insists on closing the probe, the spokesman said yes.',
    published,
    expect: [{ party: 'iran', demand: 'iaea-probe-closure', stance: 'supports', quote: 'still insists' }],
  },
  {
    name: 'trap: a position stated beside an open question, past a comma, still reads',
    text: 'Tehran still insists on closing the probe, though it has not said whether its team will return next week.',
    published,
    expect: [{ party: 'iran', demand: 'iaea-probe-closure', stance: 'supports', quote: 'still insists' }],
  },
];

describe('a question left open states no position', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, iran));
});

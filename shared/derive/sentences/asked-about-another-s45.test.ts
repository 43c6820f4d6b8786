/**
 * A question put in an opening participle about what another party would do, answered by someone of a
 * different side: "Asked whether Kyiv, under pressure from Moscow, would drop its bid to join NATO, Blinken
 * said no", "Asked whether Moscow would drop its demand for a halt to expansion, Blinken said no". The
 * question is the reporter's and the answer is the answerer's guess about that party: neither is the
 * stance of the party asked about, and a "no" to another party giving up its own demand or bid is no
 * refusal by the answerer. (Before, the bid given up was read as Kyiv's openness when an aside with
 * commas stood in the question, and the "no" as a US refusal of the halt.)
 * Positives: the side asked about answering for itself ("…, Kuleba said no" keeps Ukraine's bid), and a
 * "no" to the demand itself by the side it is put to ("whether the alliance would halt its expansion").
 * Traps: the other side's answer with and without an aside in the question, and a "no" to another
 * party dropping its own demand. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-20';
const NE = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: 'the side asked about answers for itself: Ukraine keeps its bid',
    text: 'Asked whether Kyiv would drop its bid to join NATO, Kuleba said no.',
    published,
    expect: [{ party: 'ukraine', demand: NE, stance: 'rejects', quote: 'Kuleba said no' }],
  },
  {
    name: 'a "no" to the demand itself by the side it is put to',
    text: 'Asked whether the alliance would halt its expansion, Stoltenberg said no.',
    published,
    expect: [{ party: 'nato', demand: NE, stance: 'rejects', quote: 'Stoltenberg said no' }],
  },
  {
    name: "trap: the US answer about Kyiv's bid, an aside in the question",
    text: 'Asked whether Kyiv, under pressure from Moscow, would drop its bid to join NATO, Blinken said no.',
    published,
    expect: [],
    none: [
      ['ukraine', NE],
      ['united-states', NE],
    ],
  },
  {
    name: "trap: the US answer about Kyiv's bid, no aside",
    text: 'Asked whether Kyiv would give up its bid to join NATO, Blinken said no.',
    published,
    expect: [],
    none: [['ukraine', NE]],
  },
  {
    name: 'trap: a "no" to Moscow dropping its own demand is no US refusal',
    text: 'Asked whether Moscow would drop its demand for a halt to NATO expansion, Blinken said no.',
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: the same with "their insistence on"',
    text: 'Asked whether the Russians would abandon their insistence on a halt to NATO expansion, Blinken said no.',
    published,
    expect: [],
    none: [['united-states', NE]],
  },
];

describe('a question about another party, answered by someone else', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

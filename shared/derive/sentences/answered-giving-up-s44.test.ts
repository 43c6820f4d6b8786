/**
 * A question whether a side would give up (or rethink) its own course, answered "no" by that side:
 * "Asked whether Kyiv would drop its bid to join NATO, Ukraine's ambassador said no", "… replied:
 * “No.”". The course named is the demand's opposite; the "no" keeps it, so the answering side rejects
 * the demand. Traps: a "no" to a question with no giving up in it ("whether Kyiv would join soon": a
 * guess either way), a "no" from another party than the one asked about (Blinken on Kyiv's bid), and
 * a "no" that opens a longer answer ("no decision had been made"). The answer after the question's comma
 * and a verb of answering is no longer taken for part of the question ("…, he replied: “No.”"): traps, a
 * pronoun answerer with no one named before, and an answer that is no party's ("reporters said …").
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-02-14';

const cases: ReadingCase[] = [
  {
    name: '"whether Kyiv would drop its bid to join NATO, Ukraine\'s ambassador said no"',
    text: "Asked whether Kyiv would drop its bid to join NATO, Ukraine's ambassador said no.",
    published,
    expect: [{ party: 'ukraine', demand: 'non-expansion', stance: 'rejects', quote: 'said no' }],
  },
  {
    name: '"would give up …", answered: “No.” after a colon and a quotation mark',
    text: 'Asked whether Kyiv would give up its bid to join NATO, Ukraine\'s foreign minister replied: "No."',
    published,
    expect: [{ party: 'ukraine', demand: 'non-expansion', stance: 'rejects', quote: 'replied: "No' }],
  },
  {
    name: '"was rethinking its NATO membership bid", answered no',
    text: 'Asked once more whether Kyiv was rethinking its NATO membership bid, Ukraine\'s ambassador replied: "No."',
    published,
    expect: [
      {
        party: 'ukraine',
        demand: 'non-expansion',
        stance: 'rejects',
        quote: 'rethinking its NATO membership bid',
      },
    ],
  },
  {
    name: 'the answerer a pronoun for the speaker named before: "…, he said: “No.”"',
    text: 'Ukraine\'s ambassador in London spoke to the BBC on Monday. Asked again whether Kyiv was shifting its bid to become a NATO member, he said: "No."',
    published,
    expect: [{ party: 'ukraine', demand: 'non-expansion', stance: 'rejects', quote: 'he said: "No' }],
    none: [['uk', 'non-expansion']],
  },
  {
    name: 'trap: a pronoun answerer with no one named before',
    text: 'Asked whether Kyiv would drop its bid to join NATO, he said no.',
    published,
    expect: [],
    none: [['ukraine', 'non-expansion']],
  },
  {
    name: 'trap: the answer is not the party\'s ("reporters said …")',
    text: 'Asked whether Washington would agree to halt NATO enlargement, reporters said Blinken smiled.',
    published,
    expect: [],
    none: [['united-states', 'non-expansion']],
  },
  {
    name: 'trap: a "no" to joining soon, no giving up asked about',
    text: "Asked whether Kyiv would join NATO soon, Ukraine's ambassador said no.",
    published,
    expect: [],
    none: [['ukraine', 'non-expansion']],
  },
  {
    name: 'trap: another party answers for Kyiv',
    text: 'Asked whether Kyiv would drop its bid to join NATO, Blinken said no.',
    published,
    expect: [],
    none: [
      ['united-states', 'non-expansion'],
      ['ukraine', 'non-expansion'],
    ],
  },
  {
    name: 'trap: "no" opening a longer answer',
    text: "Asked whether Kyiv would drop its bid to join NATO, Ukraine's ambassador said no decision had been made.",
    published,
    expect: [],
    none: [['ukraine', 'non-expansion']],
  },
];

describe('a "no" to giving up one\'s own course', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

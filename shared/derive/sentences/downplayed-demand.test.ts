/**
 * A demand weighed as a small matter ("is only a minor point", "is not the main obstacle", "dismissed it
 * as a side issue"): its proposer saying so softens on it (open); another party saying so refuses
 * nothing. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const iran = evalOntology('iran-nuclear-2021.json');
const IRGC = 'irgc-delisting';
const published = '2022-05-26';

const cases: ReadingCase[] = [
  {
    name: "the proposer's own minister calling its demand a minor point is openness",
    text: "Tehran's demand to take the IRGC off the terror list is only a “minor” point in the talks, Iran's foreign minister says.",
    published,
    expect: [{ party: 'iran', demand: IRGC, stance: 'open', quote: 'take the IRGC off' }],
  },
  {
    name: "the proposer's voice saying the demand is not the main obstacle is openness",
    text: 'The delisting of the IRGC is not the main obstacle to a deal, the Iranian foreign minister said.',
    published,
    expect: [{ party: 'iran', demand: IRGC, stance: 'open', quote: 'delisting of the IRGC' }],
  },
  {
    name: 'another party dismissing the demand as a side issue refuses nothing',
    text: "Washington dismissed Iran's call to delist the IRGC as a side issue.",
    published,
    expect: [{ party: 'iran', demand: IRGC, stance: 'supports', quote: "Iran's call" }],
    none: [['united-states', IRGC]],
  },
  {
    name: 'trap: dismissing it as a non-starter still refuses',
    text: "Washington dismissed Iran's call to delist the IRGC as a non-starter.",
    published,
    expect: [{ party: 'united-states', demand: IRGC, stance: 'rejects', quote: 'dismissed' }],
  },
  {
    name: 'trap: the proposer calling it the main obstacle still holds it',
    text: "Tehran's demand that the US delist the IRGC remains the main obstacle to a deal, the Iranian foreign minister said.",
    published,
    expect: [{ party: 'iran', demand: IRGC, stance: 'supports', quote: "Tehran's demand" }],
  },
  {
    name: 'trap: a third voice calling it minor leaves the proposer holding it',
    text: "Tehran's demand that the US delist the IRGC is a minor issue, a European diplomat said.",
    published,
    expect: [{ party: 'iran', demand: IRGC, stance: 'supports', quote: "Tehran's demand" }],
  },
  {
    name: 'trap: a small matter in the next clause weighs something else',
    text: "Iran's top diplomat said the delisting of the IRGC remained vital, and the timing of the talks was a secondary issue.",
    published,
    expect: [{ party: 'iran', demand: IRGC, stance: 'supports', quote: 'delisting of the IRGC' }],
  },
];

describe('a demand weighed as a small matter', () => {
  for (const c of cases) it(c.name, () => checkReading(c, iran));
});

/**
 * A forecast or a timetable told by the writer ("is expected to discuss", "are due to talk about",
 * "is likely to raise") says what others foresee a party doing, not a position the party has taken;
 * the party's own expectation ("Pyongyang expects Washington to …", "he expected to discuss …") and its
 * own readiness ("is willing to discuss") still read. Sentences written for these tests, read with the
 * US–North Korea ontology of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const korea = evalOntology('us-dprk-2018.json');
const published = '2019-06-18';

const cases: ReadingCase[] = [
  {
    name: 'a visitor expected to discuss the arsenal: no openness read',
    text: 'The Chinese leader flies to Pyongyang on Thursday and is expected to discuss complete denuclearization with his host.',
    published,
    expect: [],
    none: [['china', 'denuclearization']],
  },
  {
    name: 'envoys due to talk about relief: no openness read',
    text: 'Envoys from Seoul are due to discuss the easing of sanctions at a meeting next week.',
    published,
    expect: [],
    none: [['south-korea', 'sanctions-relief']],
  },
  {
    name: 'a leader expected to raise the matter: "expected" is no support of his',
    text: 'Xi is widely expected to raise complete denuclearization during the two-day trip.',
    published,
    expect: [],
    none: [['china', 'denuclearization']],
  },
  {
    name: 'expected to agree: a forecast, no support read',
    text: 'Washington is expected to agree to a peace declaration before the summit ends.',
    published,
    expect: [],
    none: [['united-states', 'end-of-war']],
  },
  {
    name: 'trap: a party that expects another to act wants it done',
    text: 'Pyongyang expects Washington to agree to a peace declaration before the summit ends.',
    published,
    expect: [{ party: 'north-korea', demand: 'end-of-war', stance: 'supports', quote: 'expects Washington' }],
  },
  {
    name: 'trap: readiness stated by the party itself is still openness',
    text: 'Beijing said on Monday it was willing to discuss complete denuclearization with Pyongyang.',
    published,
    expect: [{ party: 'china', demand: 'denuclearization', stance: 'open', quote: 'willing to discuss' }],
  },
];

describe('forecasts told by the writer', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, korea));
});

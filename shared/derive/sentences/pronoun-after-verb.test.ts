/**
 * A second side's verdict whose object pronoun follows the demand's own verb: "North Korea wants the
 * sanctions eased, but Washington has declined to lift them". The pronoun stands for the demand words
 * before its clause only where the verb makes a phrase of the same demand with them ("lift …
 * sanctions"); another verb ("count them") reads nothing. Sentences written for these tests, read with
 * the US–North Korea ontology of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const dprk = evalOntology('us-dprk-2018.json');
const published = '2019-03-01';

const cases: ReadingCase[] = [
  {
    name: '"but Washington has declined to lift them": a refusal of the easing',
    text: 'Pyongyang wants the sanctions eased, but Washington has declined to lift them.',
    published,
    expect: [
      { party: 'north-korea', demand: 'sanctions-relief', stance: 'supports', quote: 'Pyongyang wants' },
      {
        party: 'united-states',
        demand: 'sanctions-relief',
        stance: 'rejects',
        quote: 'declined to lift them',
      },
    ],
  },
  {
    name: '"; Washington has refused to lift them until it does": a refusal, past a clause of time',
    text: 'North Korea has asked time and again that sanctions be eased before it disarms; Washington has refused to lift them until it does.',
    published,
    expect: [
      {
        party: 'united-states',
        demand: 'sanctions-relief',
        stance: 'rejects',
        quote: 'refused to lift them',
      },
    ],
  },
  {
    name: 'trap: a verb that makes no phrase of the demand ("count them") reads nothing',
    text: 'Pyongyang wants the sanctions eased, but Washington has declined to count them.',
    published,
    expect: [
      { party: 'north-korea', demand: 'sanctions-relief', stance: 'supports', quote: 'Pyongyang wants' },
    ],
    none: [['united-states', 'sanctions-relief']],
  },
];

describe('an object pronoun after the demand’s own verb', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, dprk));
});

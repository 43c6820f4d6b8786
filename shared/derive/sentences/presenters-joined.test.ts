/**
 * A demand noun presented by names listed together ("China and Russia tabled a draft …") is each one's:
 * every name before the presenting verb holds what the draft asks, and "circulated" presents a draft as
 * "tabled" does. Sentences written for these tests, read with the US–North Korea ontology of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const korea = evalOntology('us-dprk-2018.json');
const published = '2019-12-17';

const cases: ReadingCase[] = [
  {
    name: '"China and Russia tabled a draft … to ease sanctions": both presented it',
    text: 'China and Russia tabled a draft resolution at the Security Council to ease sanctions on North Korea.',
    published,
    expect: [
      { party: 'china', demand: 'sanctions-relief', stance: 'supports', quote: 'draft' },
      { party: 'russia', demand: 'sanctions-relief', stance: 'supports', quote: 'draft' },
    ],
  },
  {
    name: '"circulated a draft that would lift …": presenting, as "tabled" is',
    text: 'Moscow circulated a draft resolution that would lift some of the sanctions on Pyongyang.',
    published,
    expect: [{ party: 'russia', demand: 'sanctions-relief', stance: 'supports', quote: 'draft' }],
  },
  {
    name: 'trap: the one reporting the draft, and the one it would relieve, hold nothing',
    text: 'Washington said China and Russia tabled a draft resolution to ease sanctions on North Korea.',
    published,
    expect: [
      { party: 'china', demand: 'sanctions-relief', stance: 'supports', quote: 'draft' },
      { party: 'russia', demand: 'sanctions-relief', stance: 'supports', quote: 'draft' },
    ],
    none: [['united-states', 'sanctions-relief']],
  },
];

describe("a draft presented by names listed together is each one's", () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, korea));
});

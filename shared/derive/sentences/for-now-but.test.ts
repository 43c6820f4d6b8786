/**
 * "The sanctions stay for now, but things may change": a refusal limited in time, with a change held
 * out after "but", keeps the matter open. Sentences written for these tests, read with the US–North
 * Korea ontology of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const korea = evalOntology('us-dprk-2018.json');
const published = '2019-07-01';

const cases: ReadingCase[] = [
  {
    name: '"… stay for now, but that could change": open',
    text: '"The sanctions will remain in place for the time being, but once the talks get going that could change," the American president told reporters.',
    published,
    expect: [
      { party: 'united-states', demand: 'sanctions-relief', stance: 'open', quote: 'for the time being' },
    ],
  },
  {
    name: 'trap: no limit in time, the refusal stands',
    text: '"The sanctions will remain in place, but once the talks get going that could change," the American president told reporters.',
    published,
    expect: [
      { party: 'united-states', demand: 'sanctions-relief', stance: 'rejects', quote: 'remain in place' },
    ],
  },
  {
    name: 'trap: what "but" holds out is no change of the refusal',
    text: '"The sanctions will remain in place for the time being, but more of them could be added," the American president told reporters.',
    published,
    expect: [
      { party: 'united-states', demand: 'sanctions-relief', stance: 'rejects', quote: 'remain in place' },
    ],
  },
];

describe('a refusal for now, with a change held out', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, korea));
});

/**
 * The side a demand is put to, planning or intending to do what is asked ("the Commission intends to cut
 * the checks"), moves toward it: open, not yet acceptance. Its plan to do the opposite still refuses;
 * its mere wanting stays a mention, as before. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const ni = evalOntology('ni-protocol-2021.json');
const CR = 'checks-reduction';

const cases: ReadingCase[] = [
  {
    name: '"the Commission intends to cut the checks" is openness',
    text: 'Under a plan due next week, the European Commission intends to cut the checks on goods sharply.',
    published: '2021-10-08',
    expect: [{ party: 'eu', demand: CR, stance: 'open', quote: 'intends to cut' }],
  },
  {
    name: 'trap: its plan to keep the checks still refuses the demand',
    text: 'The EU intends to keep the checks on goods in place.',
    published: '2021-10-08',
    expect: [{ party: 'eu', demand: CR, stance: 'rejects', quote: 'keep the checks' }],
  },
  {
    name: 'trap: the proposer’s own plan is still support and gives the addressee nothing',
    text: 'The UK intends to cut checks on goods.',
    published: '2021-10-08',
    expect: [{ party: 'uk', demand: CR, stance: 'supports', quote: 'intends to cut' }],
    none: [['eu', CR]],
  },
];

describe('the addressee’s own plan to do what is asked', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, ni));
});

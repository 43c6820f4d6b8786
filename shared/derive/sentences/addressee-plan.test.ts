/**
 * The side a demand is put to, planning or intending to do what is asked ("the Commission intends to cut
 * the checks"), moves toward it: open, not yet acceptance. Its plan to do the opposite still refuses;
 * its mere wanting stays a mention, as before. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading } from '../test-support/reading';

const ni = evalOntology('ni-protocol-2021.json');
const CR = 'checks-reduction';

describe('the addressee’s own plan to do what is asked', () => {
  it('"the Commission intends to cut the checks" is openness', () =>
    checkReading(
      {
        name: 'intends to cut',
        text: 'Under a plan due next week, the European Commission intends to cut the checks on goods sharply.',
        published: '2021-10-08',
        expect: [{ party: 'eu', demand: CR, stance: 'open', quote: 'intends to cut' }],
      },
      ni,
    ));
  it('trap: its plan to keep the checks still refuses the demand', () =>
    checkReading(
      {
        name: 'intends to keep',
        text: 'The EU intends to keep the checks on goods in place.',
        published: '2021-10-08',
        expect: [{ party: 'eu', demand: CR, stance: 'rejects', quote: 'keep the checks' }],
      },
      ni,
    ));
  it('trap: the proposer’s own plan is still support and gives the addressee nothing', () =>
    checkReading(
      {
        name: 'proposer plan',
        text: 'The UK intends to cut checks on goods.',
        published: '2021-10-08',
        expect: [{ party: 'uk', demand: CR, stance: 'supports', quote: 'intends to cut' }],
        none: [['eu', CR]],
      },
      ni,
    ));
});

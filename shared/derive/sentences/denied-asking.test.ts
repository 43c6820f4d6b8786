/**
 * A denied cue of asking right before a demand's words ("the party's tests do not call for the court to be
 * removed", "has never asked for …") says the demand is not what was asked there: it is neither the
 * proposer's stance through its name nor a statement of its demand for the document to fall back on.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading } from '../test-support/reading';

const ni = evalOntology('ni-protocol-2021.json');
const ECJ = 'ecj-role-removal';

describe('a denied cue of asking before the demand', () => {
  it('"the party’s conditions do not call for the court to be removed" gives the party no support', () =>
    checkReading(
      {
        name: 'possessor, denied call',
        text: 'London officials note that the DUP’s benchmarks for a deal do not expressly call for the court to be removed from Northern Ireland.',
        published: '2023-02-10',
        expect: [],
        none: [
          ['dup', ECJ],
          ['uk', ECJ],
        ],
      },
      ni,
    ));
  it('"the party has never asked for the court to be removed": no statement of its demand either', () =>
    checkReading(
      {
        name: 'subject, denied ask',
        text: 'In fairness, the DUP has never asked for the court to be removed from the province.',
        published: '2023-02-10',
        expect: [],
        none: [['dup', ECJ]],
      },
      ni,
    ));
  it('trap: the same call, not denied, is the party’s support', () =>
    checkReading(
      {
        name: 'call, not denied',
        text: 'The DUP’s conditions for a deal call for the court to be removed from Northern Ireland.',
        published: '2023-02-10',
        expect: [{ party: 'dup', demand: ECJ, stance: 'supports', quote: 'call for' }],
      },
      ni,
    ));
  it('trap: a denial of something else before "but" leaves the call standing', () =>
    checkReading(
      {
        name: 'denial before but',
        text: 'The DUP does not want fresh talks but calls for the court to be removed from Northern Ireland.',
        published: '2023-02-10',
        expect: [{ party: 'dup', demand: ECJ, stance: 'supports', quote: 'calls for' }],
      },
      ni,
    ));
  it('trap: another party never promising the demand still states it for its proposer', () =>
    checkReading(
      {
        name: 'denied pledge by the other side',
        text: 'The alliance says it never pledged to refrain from expanding eastward, a charge Moscow keeps making.',
        published: '2022-01-20',
        expect: [
          { party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'refrain from expanding' },
        ],
      },
      undefined,
    ));
});

/**
 * A denied cue of asking right before a demand's words ("the party's tests do not call for the court to be
 * removed", "has never asked for …") says the demand is not what was asked there: it is neither the
 * proposer's stance through its name nor a statement of its demand for the document to fall back on.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const ni = evalOntology('ni-protocol-2021.json');
const ECJ = 'ecj-role-removal';

const underNi: ReadingCase[] = [
  {
    name: '"the party’s conditions do not call for the court to be removed" gives the party no support',
    text: 'London officials note that the DUP’s benchmarks for a deal do not expressly call for the court to be removed from Northern Ireland.',
    published: '2023-02-10',
    expect: [],
    none: [
      ['dup', ECJ],
      ['uk', ECJ],
    ],
  },
  {
    name: '"the party has never asked for the court to be removed": no statement of its demand either',
    text: 'In fairness, the DUP has never asked for the court to be removed from the province.',
    published: '2023-02-10',
    expect: [],
    none: [['dup', ECJ]],
  },
  {
    name: 'trap: the same call, not denied, is the party’s support',
    text: 'The DUP’s conditions for a deal call for the court to be removed from Northern Ireland.',
    published: '2023-02-10',
    expect: [{ party: 'dup', demand: ECJ, stance: 'supports', quote: 'call for' }],
  },
  {
    name: 'trap: a denial of something else before "but" leaves the call standing',
    text: 'The DUP does not want fresh talks but calls for the court to be removed from Northern Ireland.',
    published: '2023-02-10',
    expect: [{ party: 'dup', demand: ECJ, stance: 'supports', quote: 'calls for' }],
  },
];

/** Under the shipped ontology. */
const underSeed: ReadingCase[] = [
  {
    name: 'trap: another party never promising the demand still states it for its proposer',
    text: 'The alliance says it never pledged to refrain from expanding eastward, a charge Moscow keeps making.',
    published: '2022-01-20',
    expect: [
      { party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'refrain from expanding' },
    ],
  },
];

describe('a denied cue of asking before the demand', () => {
  it.each(underNi.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, ni));
  it.each(underSeed.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});

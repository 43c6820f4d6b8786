/**
 * A restriction after the subject written with "to" in an ontology ("to go", "to be lifted") is met
 * after "must", "should" or "has to" as well: the reading skips those words before it looks for the
 * restriction, so it looks for the words after "to". Not "go on", "go ahead": carrying on is no leaving.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const ni = evalOntology('ni-protocol-2021.json');
const ECJ = 'ecj-role-removal';

const cases: ReadingCase[] = [
  {
    name: '"the DUP said the ECJ must go" reads the DUP’s support',
    text: 'The DUP said on Monday that the ECJ must go.',
    published: '2023-02-10',
    expect: [{ party: 'dup', demand: ECJ, stance: 'supports', quote: 'must go' }],
  },
  {
    name: '"has to go" as "must go"',
    text: 'Speaking in Belfast, the DUP leader said the ECJ has to go.',
    published: '2023-02-10',
    expect: [{ party: 'dup', demand: ECJ, stance: 'supports', quote: 'has to go' }],
  },
  {
    name: 'trap: "the ECJ must go on with its work", said by Brussels, is no call to remove it',
    text: 'Brussels said the ECJ must go on with its work in the province.',
    published: '2023-02-10',
    expect: [],
    none: [
      ['dup', ECJ],
      ['uk', ECJ],
    ],
  },
];

describe('restrictions after the subject written with "to"', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, ni));
});

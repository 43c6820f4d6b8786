/**
 * A relative clause pointing back to a demand ("…, a demand the allies reject") whose subject names more
 * than one party and floats a quantifier before its verb: "a demand that Paris and Berlin both turn
 * down", "a request which the allies have all rejected". The quantifier stands between the subject and
 * its verb as an auxiliary or an adverb does; the verdict is each named party's. Traps: "all but" (nearly,
 * no verdict), a verb of talking after the quantifier, and a single party's "both … and" of two verbs
 * (left unread).
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const seed = seedOntology();
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"a demand that A and B both firmly refuse": each refuses it',
    text: 'The Kremlin is pressing for an end to NATO enlargement, a demand that Washington and the alliance both firmly refuse.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'pressing for' },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'refuse' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'refuse' },
    ],
  },
  {
    name: '"a demand A and B have both rejected": after the auxiliary',
    text: 'Moscow seeks a halt to NATO enlargement, a demand the United States and NATO have both rejected out of hand.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'rejected' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'rejected' },
    ],
  },
  {
    name: '"which the allies have all dismissed": a plural subject',
    text: 'Russia wants guarantees against any further NATO enlargement, a demand which the allies have all dismissed.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'dismissed' }],
  },
  {
    name: 'trap: "all but rejected" is nearly rejected, no verdict',
    text: 'Russia wants a halt to NATO enlargement, a demand the allies all but rejected on Friday.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
    none: [['nato', NX]],
  },
  {
    name: 'trap: a verb of talking after the quantifier is no verdict',
    text: 'Russia wants a halt to NATO enlargement, a demand that Washington and NATO both discussed with Moscow on Monday.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
    none: [
      ['united-states', NX],
      ['nato', NX],
    ],
  },
  {
    name: 'trap: one party doing "both" of two things is left unread',
    text: 'Russia wants a halt to NATO enlargement, something Washington both rejects and resents.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
    none: [['united-states', NX]],
  },
];

describe('a quantifier floated off the subject of a clause pointing back to a demand', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, seed));
});

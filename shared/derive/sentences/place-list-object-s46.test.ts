/**
 * A party named second in a pair after a preposition, the first name no party of the ontology's: "any
 * widening of the alliance to take in Georgia and Ukraine is out of the question", "growth of NATO into
 * Georgia and Ukraine is unacceptable". Ukraine there is the object of the preposition, as it was read alone
 * ("to take in Ukraine is out of the question"); before, the "and" made it the verdict's subject, so the
 * proposer's own verdict was lost (a bare mention), and with it a pointer in the next sentence ("NATO has
 * turned that down") that needs the proposer's demand read just before (subjects.ts, inPrepositionalPhrase).
 * Traps (none): Ukraine in the pair gets no reading ("to take in", "into", "the admission of Georgia and
 * Ukraine"). Kept as before: people named by such a phrase still hold what follows ("the presidents of
 * Georgia and Ukraine rejected …"), as does a pair opening its clause after a comma or "After".
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const NE = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: 'the proposer holds "out of the question" past "to take in Georgia and Ukraine"',
    text: 'As Moscow sees it, any widening of the alliance to take in Georgia and Ukraine is out of the question.',
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'is out of the question' }],
    none: [['ukraine', NE]],
  },
  {
    name: 'and a pointer in the next sentence reaches it',
    text: 'As Moscow sees it, any widening of the alliance to take in Georgia and Ukraine is out of the question. NATO has turned that down.',
    published,
    expect: [
      { party: 'russia', demand: NE, stance: 'supports', quote: 'is out of the question' },
      { party: 'nato', demand: NE, stance: 'rejects', quote: 'NATO has turned that down' },
    ],
  },
  {
    name: 'the speaker holds "unacceptable" past "into Georgia and Ukraine"',
    text: 'Any further growth of NATO into Georgia and Ukraine is unacceptable, the Kremlin says.',
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'is unacceptable, the Kremlin says' }],
    none: [['ukraine', NE]],
  },
  {
    name: 'trap: Ukraine, named after "the admission of Georgia and", holds nothing',
    text: 'Lavrov said the admission of Georgia and Ukraine into the alliance would be unacceptable.',
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'would be unacceptable' }],
    none: [['ukraine', NE]],
  },
  {
    name: 'trap: "The presidents of Georgia and Ukraine rejected …" — people named so hold it',
    text: 'The presidents of Georgia and Ukraine rejected any halt to NATO enlargement.',
    published,
    expect: [{ party: 'ukraine', demand: NE, stance: 'rejects', quote: 'rejected any halt' }],
  },
  {
    name: 'trap: a pair opening its clause after a comma holds it',
    text: 'After talks in Tbilisi, Georgia and Ukraine rejected any halt to NATO enlargement.',
    published,
    expect: [{ party: 'ukraine', demand: NE, stance: 'rejects', quote: 'rejected any halt' }],
  },
  {
    name: 'trap: a pair after a clause-opening "After" holds it',
    text: 'After Georgia and Ukraine rejected any halt to NATO enlargement, the talks ended.',
    published,
    expect: [{ party: 'ukraine', demand: NE, stance: 'rejects', quote: 'rejected any halt' }],
  },
];

describe('a party named second after a preposition and a name no party of the ontology', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

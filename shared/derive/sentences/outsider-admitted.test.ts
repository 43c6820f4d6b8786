/**
 * A passive admission with no alliance named anywhere: "that Georgia and Ukraine will never be
 * admitted". The clause opens on parties the demand is neither proposed by nor put to, the states
 * whose admission it is about, and that stands in for the anchor. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const reading = readerFor(seedOntology(), '2022-01-20');

describe('a would-be member as the subject of a passive admission', () => {
  it('"guarantees that Georgia and Ukraine will never be admitted" is the demand', () =>
    reading(
      'never be admitted, no anchor',
      'Moscow is asking for written guarantees that Georgia and Ukraine will never be admitted, a Kremlin aide said.',
      [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'will never be admitted' }],
    ));
  it('"demanding that Kyiv never be let in" is the demand too', () =>
    reading(
      'never be let in, no anchor',
      'After demanding that Kyiv never be let in, Putin turned to the troops stationed in Eastern Europe.',
      [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'never be let in' }],
    ));
  it('trap: people from a country, an admission to something named, a second outsider in the sentence', () =>
    reading(
      'other admissions',
      'The Polish minister said refugees from Ukraine would not be admitted. Moscow insists that Ukraine never be admitted to the World Trade Organization. Ukraine will not be admitted, the EU foreign policy chief said.',
      [],
      [
        ['poland', 'non-expansion'],
        ['russia', 'non-expansion'],
        ['eu', 'non-expansion'],
        ['ukraine', 'non-expansion'],
      ],
    ));
});

describe('the admission clause after a pledge noun, followed by the main verb', () => {
  it('"the demand for a guarantee that Kyiv would never be admitted was rejected by Washington"', () =>
    reading(
      'noun complement, then the main verb',
      'The demand for a guarantee that Kyiv would never be admitted was rejected by Washington.',
      [
        {
          party: 'united-states',
          demand: 'non-expansion',
          stance: 'rejects',
          quote: 'rejected by Washington',
        },
      ],
    ));
  it('trap: a verb\'s "that" clause, or a noun that pledges nothing, does not end at the next verb', () =>
    reading(
      'no pledge noun',
      'The fact that Ukraine was not admitted has been noted by Washington. The claim that Kyiv will never be admitted was dismissed by Washington.',
      [],
      [['united-states', 'non-expansion']],
    ));
});

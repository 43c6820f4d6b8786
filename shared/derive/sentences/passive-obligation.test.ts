/**
 * "NATO's eastern flank has to be strengthened", "current force levels have to be kept": "has to be",
 * "have to be" and "needs to be" before a participle are obligations as "must be" is, whatever their
 * subject (cues.ts). Told in the past ("had to be …") they narrate, and are left unread.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const reading = readerFor(seedOntology(), '2022-01-06');

describe('an obligation before a passive reads as "must be"', () => {
  it('"the eastern flank has to be strengthened"', () =>
    reading(
      'has to be strengthened',
      "Estonian Foreign Minister Eva-Maria Liimets said NATO's eastern flank has to be strengthened without delay.",
      [
        {
          party: 'baltic-states',
          demand: 'rollback-1997',
          stance: 'rejects',
          quote: 'has to be strengthened',
        },
      ],
    ));
  it('"force levels on the eastern flank have to be kept"', () =>
    reading(
      'have to be kept',
      'Liimets said the present force levels on the eastern flank have to be kept.',
      [{ party: 'baltic-states', demand: 'rollback-1997', stance: 'rejects', quote: 'have to be kept' }],
    ));
  it('trap: "had to be strengthened" narrates, it asks nothing', () =>
    reading(
      'had to be strengthened',
      "Liimets recalled that NATO's eastern flank had to be strengthened after 2014.",
      [],
      [['baltic-states', 'rollback-1997']],
    ));
});

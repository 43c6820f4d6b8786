/**
 * "Forgo" is giving something up, like "renounce": "forgoing strike systems near Russia's borders" asks
 * that no strike systems be placed there, the missile demand itself, not their placement. Sentences
 * written for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const reading = readerFor(seedOntology(), '2022-02-02');

describe('"forgo" restricts the weapons named after it', () => {
  it('the second item of a list of demands: "forgoing strike systems near its frontiers"', () =>
    reading(
      'forgoing, a list item',
      "The Kremlin set out its three core demands again: stopping the alliance's growth, forgoing strike systems near Russia's frontiers, and a return to the 1997 lines.",
      [
        {
          party: 'russia',
          demand: 'missile-deployment',
          stance: 'supports',
          quote: 'forgoing strike systems',
        },
      ],
    ));
  it('"insists that the allies forgo medium-range missiles in Europe"', () =>
    reading('insists that … forgo', 'Moscow insists that the allies forgo medium-range missiles in Europe.', [
      { party: 'russia', demand: 'missile-deployment', stance: 'supports', quote: 'insists' },
    ]));
  it('trap: forgoing something other than weapons restricts no weapons', () =>
    reading(
      'forgo a meeting',
      'The alliance will not forgo its planned meeting on missile defence sites, the minister said.',
      [],
      [['nato', 'missile-deployment']],
    ));
});

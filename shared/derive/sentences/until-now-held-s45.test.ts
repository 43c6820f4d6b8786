/**
 * A position told as held "until now" in the past perfect: "Until now the administration had held that
 * the sanctions would stay in place until the North gives up its nuclear weapons", "Until recently
 * Washington had insisted …". The sentence tells that the position has just been given up, so it is not
 * the holder's stance now (before, it read as a US refusal of sanctions relief). Positives: the same
 * position told in the present perfect still reads; the demand the condition names stays its proposer's.
 * Traps: "Until now … had held", "Until recently … had insisted", "Up to now … had maintained".
 * Uses the us-dprk ontology of eval/ontologies and the shipped one. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const dprk = evalOntology('us-dprk-2018.json');
const published = '2019-06-30';
const SR = 'sanctions-relief';

const cases: ReadingCase[] = [
  {
    name: 'the position in the present perfect still reads',
    text: 'The administration has held that the sanctions would stay in place until the North gives up its nuclear weapons.',
    published,
    expect: [{ party: 'united-states', demand: SR, stance: 'rejects', quote: 'stay in place' }],
  },
  {
    name: "the condition's demand stays its proposer's",
    text: 'Until now the administration had held that the sanctions would stay in place until the North gives up its nuclear weapons.',
    published,
    expect: [
      {
        party: 'united-states',
        demand: 'denuclearization',
        stance: 'supports',
        quote: 'gives up its nuclear weapons',
      },
    ],
    none: [['united-states', SR]],
  },
  {
    name: 'trap: "Until recently Washington had insisted …"',
    text: 'Until recently Washington had insisted that sanctions would stay in place until the North disarms.',
    published,
    expect: [],
    none: [['united-states', SR]],
  },
  {
    name: 'trap: "Up to now Washington had maintained …"',
    text: 'Up to now Washington had maintained that the sanctions would stay in place.',
    published,
    expect: [],
    none: [['united-states', SR]],
  },
];

describe('a position held until now', () => {
  for (const c of cases) it(c.name, () => checkReading(c, dprk));
  it('trap: "Until now NATO had insisted that it would never halt its expansion"', () =>
    checkReading({
      name: 'russia-west',
      text: 'Until now NATO had insisted that it would never halt its expansion.',
      published: '2022-01-20',
      expect: [],
      none: [['nato', 'non-expansion']],
    }));
});

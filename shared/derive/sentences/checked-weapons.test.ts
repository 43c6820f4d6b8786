/**
 * Weapons named as what a party would verify, inspect or monitor ("the right to verify what the other
 * side keeps at its bases", "inspections of the launchers") are the topic of the checking, not weapons
 * that party wants fielded. Before, "Warsaw wants the right to verify what the Russians are doing with
 * missiles" read Poland as rejecting the missile demand through "wants". Sentences written for these
 * tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const seed = seedOntology();
const MD = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: '"wants the right to verify what … keep of missiles" is no wish for missiles',
    text: 'In exchange, Romania wants the right to verify what Moscow keeps in the way of missiles in Belarus.',
    expect: [],
    none: [['romania', MD]],
  },
  {
    name: '"plans inspections of the missiles" is no plan to field them',
    text: 'The Pentagon plans regular inspections of the launchers and missiles at the two bases.',
    expect: [],
    none: [['united-states', MD]],
  },
  {
    name: 'trap: a check in another clause leaves a plan to field missiles to read',
    text: 'The Pentagon wants inspectors at the Russian bases and plans to station missiles in Poland.',
    expect: [{ party: 'united-states', demand: MD, stance: 'rejects', quote: 'plans to' }],
  },
  {
    name: 'trap: a demand that no missiles be placed reads with a check after it',
    text: 'Russia insists that no missiles be placed in Ukraine and that it may verify this.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'insists' }],
  },
];

describe('weapons named as what is checked', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, seed));
});

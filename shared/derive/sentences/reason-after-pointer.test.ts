/**
 * "NATO said the Russian proposals could not be accepted because they would give Moscow a veto over its
 * neighbours": the party named again in the reason given after the pointer is what its demands would
 * do, not the party telling its own account, so the pointer still points at its demands. Traps: the
 * proposer's own account ("Putin charged that Washington had brushed aside …"), told with or without a
 * reason. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"could not be accepted because they would give Moscow a veto …": NATO refuses the pointed demands',
    text: 'NATO officials said the Russian proposals could not be accepted because they would give Moscow a veto over its neighbours.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'could not be accepted' }],
  },
  {
    name: 'the same with "since"',
    text: 'NATO said the Russian proposals could not be accepted, since they would give Moscow a say over its neighbours.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'could not be accepted' }],
  },
  {
    name: "trap: the proposer's own account of a brush-off stays unresolved",
    text: "Putin charged that Washington had brushed aside Moscow's central demands.",
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: "trap: the proposer's account with a reason of its own stays unresolved too",
    text: 'Lavrov said the West rejected the Russian proposals because Moscow had asked for too much.',
    expect: [],
    none: [
      ['united-states', NX],
      ['nato', NX],
    ],
  },
];

describe('a pointer to demands with a reason after it', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});

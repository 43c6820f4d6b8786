/**
 * A subject opening an indirect question ("… and where missiles are based", "which weapons stay") is
 * what the question asks about: the party of the clause around it neither wants those weapons nor
 * rules them out. Before, "plans to raise exercises and where missiles are based" read the US as
 * rejecting the missile demand through "plans to". Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const seed = seedOntology();
const MD = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: '"plans to raise drills and where missiles sit" at the talks is no plan to field them',
    text: "The Pentagon plans to raise troop drills and where missiles are kept during next week's meeting in Geneva.",
    expect: [],
    none: [['united-states', MD]],
  },
  {
    name: '"intends to settle which missiles remain" is no plan to field them',
    text: 'Washington intends to settle with its allies which missiles stay in Europe after the review.',
    expect: [],
    none: [['united-states', MD]],
  },
  {
    name: 'trap: a plan to field missiles still reads',
    text: 'Washington plans to base new missiles in Romania next year.',
    expect: [{ party: 'united-states', demand: MD, stance: 'rejects', quote: 'plans to' }],
  },
  {
    name: 'trap: a worry over where missiles go still reads the worried party',
    text: 'Moscow is alarmed about where American missiles might be placed next.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'alarmed about' }],
  },
];

describe('a subject opening an indirect question', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, seed));
});

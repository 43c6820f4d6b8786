/**
 * "Should" opening a sentence before its subject, with a main clause after the comma ("Should the
 * Americans agree to talk about missile limits, the talks could go on"), is a condition, as it already
 * was after other words ("… measures should the US turn down its demands"): no duty the speaker puts on
 * the subject, so no cue of the speaker's. Traps: a plain "should" after its subject ("NATO should stop
 * expanding, Lavrov said"), in a reported clause, and after a fronted "if" clause, stay duties the
 * speaker demands. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const NE = 'non-expansion';
const MD = 'missile-deployment';
const R97 = 'rollback-1997';

const conditions: ReadingCase[] = [
  {
    name: '"Should the Americans agree to talk about missile limits, the talks could go on": no openness of Russia\'s',
    text: 'Should the Americans agree to talk about missile limits, the talks could go on, Lavrov said.',
    published,
    expect: [],
    none: [
      ['russia', MD],
      ['united-states', MD],
    ],
  },
  {
    name: '"Should the West pass up the chance to negotiate on guarantees …, it will regret it": no openness of Russia\'s',
    text:
      'Should the West once more pass up the chance to negotiate on guarantees that NATO stops moving east, ' +
      'it will regret it, Russian Deputy Foreign Minister Sergei Ryabkov said.',
    published,
    expect: [],
    none: [['russia', NE]],
  },
  {
    name: '"Should Washington turn down Moscow\'s demand …, Russia will take measures": the owned demand still reads',
    text: "Should Washington turn down Moscow's demand for a halt to NATO expansion, Russia will take military-technical measures, Lavrov said.",
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'demand' }],
    none: [['united-states', NE]],
  },
  {
    name: '"Should the allies agree to cut their forces back to 1997, …": no duty put on the allies by Blinken',
    text: 'Should the allies agree to cut their forces back to the 1997 positions, the Baltic states would be left defenceless, Blinken said.',
    published,
    expect: [],
    none: [['united-states', R97]],
  },
];

const duties: ReadingCase[] = [
  {
    name: 'trap: "NATO should stop expanding, Lavrov said" is still a duty Russia puts on NATO',
    text: 'NATO should stop expanding, Lavrov said.',
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'should' }],
  },
  {
    name: 'trap: "said that the alliance should stop expanding eastward" in a reported clause',
    text: 'Lavrov said that the alliance should stop expanding eastward, and that Moscow would wait for an answer.',
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'should' }],
  },
  {
    name: 'trap: "If talks are to go on, NATO should stop expanding": the subject before "should", a duty',
    text: 'If talks are to go on, NATO should stop expanding, Lavrov said.',
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'should' }],
  },
];

describe('"Should" opening a sentence before its subject is a condition, not a duty', () => {
  for (const c of conditions) it(c.name, () => checkReading(c));
});
describe('"should" after its subject stays a duty', () => {
  for (const c of duties) it(c.name, () => checkReading(c));
});

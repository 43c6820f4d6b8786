/**
 * "Pushed back against / on" a demand is a refusal of it ("Biden has pushed back against Putin's demand
 * that …", "Kyiv pushes back on Russian demands", "pushback against Moscow's call"): a stance cue (rejects),
 * with the preposition, so "push back" with an object ("push back its forces", a restriction of the
 * pullback demand) reads as before. Traps: the pullback asked for ("wants the alliance to push back its
 * forces"), a report rebutted that names no demand, the proposer pushing back on the other side's offer
 * (no rejection of its own demand), and troops pushed back on a battlefield. Sentences written for these
 * tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-20';
const NE = 'non-expansion';
const RB = 'rollback-1997';

const cases: ReadingCase[] = [
  {
    name: '"has pushed back against Putin\'s demand that Ukraine be barred" rejects non-expansion',
    text: "Biden has pushed back against Putin's demand that Ukraine be barred from the alliance.",
    published,
    expect: [{ party: 'united-states', demand: NE, stance: 'rejects', quote: 'pushed back against' }],
  },
  {
    name: '"pushed back hard against Moscow\'s call to withdraw troops" rejects the pullback',
    text: "NATO pushed back hard against Moscow's call to withdraw troops from Eastern Europe.",
    published,
    expect: [{ party: 'nato', demand: RB, stance: 'rejects', quote: 'pushed back hard against' }],
  },
  {
    name: '"pushed back on Russian demands that Ukraine be kept out" rejects, for Kyiv',
    text: 'Kuleba pushed back on Russian demands that Ukraine be kept out of NATO.',
    published,
    expect: [{ party: 'ukraine', demand: NE, stance: 'rejects', quote: 'pushed back on' }],
  },
  {
    name: 'two subjects ("Washington and its NATO allies have pushed back against") both reject',
    text: 'Washington and its NATO allies have pushed back against demands from Putin that Ukraine be barred from the alliance.',
    published,
    expect: [
      { party: 'united-states', demand: NE, stance: 'rejects', quote: 'pushed back against' },
      { party: 'nato', demand: NE, stance: 'rejects', quote: 'pushed back against' },
    ],
  },
  {
    name: 'trap: "wants the alliance to push back its forces" is the pullback asked for, no refusal',
    text: 'Russia wants the alliance to push back its forces to where they stood in 1997.',
    published,
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'wants' }],
    none: [
      ['nato', RB],
      ['russia', NE],
    ],
  },
  {
    name: 'trap: pushing back on a report that names no demand reads nothing',
    text: 'The White House pushed back on reports that Biden would visit Kyiv next week.',
    published,
    expect: [],
    none: [
      ['united-states', NE],
      ['united-states', RB],
    ],
  },
  {
    name: "trap: Moscow pushing back on NATO's offer of arms-control talks is no rejection of its own demand",
    text: "Moscow pushed back on NATO's offer of arms control talks.",
    published,
    expect: [],
    none: [['russia', 'missile-deployment']],
  },
  {
    name: 'trap: forces pushed back on a battlefield state no demand',
    text: 'Ukrainian troops pushed back separatist fighters near Donetsk on Tuesday.',
    published,
    expect: [],
    none: [
      ['ukraine', NE],
      ['ukraine', RB],
    ],
  },
];

describe('"pushed back against / on" a demand rejects it', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

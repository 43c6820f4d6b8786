/**
 * "None of Russia's demands were acceptable": the verdict folded into "none of … acceptable" judges the
 * whole of a party's own demands, as "none of the Russian demands were acceptable" already did; the
 * traps keep "none of" with any other verb, other nouns and others' forecasts unread. Sentences
 * written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"None of Russia\'s demands were acceptable, X said": the speaker\'s side refuses the demands Russia holds',
    text: "None of Russia's demands were acceptable, Blinken said.",
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'acceptable' }],
  },
  {
    name: '"None of Moscow\'s demands are acceptable" from a department: the same',
    text: "None of Moscow's demands are acceptable, the State Department said.",
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'acceptable' }],
  },
  {
    name: 'trap: "none of the options were acceptable" names no demand',
    text: 'None of the options were acceptable, Blinken said.',
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: "none of Ukraine\'s concerns were met" refuses nothing',
    text: "None of Ukraine's concerns were met, Blinken said.",
    expect: [],
    none: [
      ['united-states', NX],
      ['ukraine', NX],
    ],
  },
  {
    name: "trap: a think-tank analyst's forecast that none of Russia's demands will be acceptable to Washington is no position of Washington's",
    text: "None of Russia's demands will be acceptable to Washington, an analyst at a think tank predicted.",
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: "none of Russia\'s demands were rejected outright": "none of" with another verb refuses nothing',
    text: "None of Russia's demands were rejected outright, Blinken said.",
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: Russia complaining that none of its demands were met states no US position',
    text: "Lavrov complained that none of Russia's demands had been met by Washington.",
    expect: [],
    none: [['united-states', NX]],
  },
];

describe('"none of" a party\'s own demands', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});

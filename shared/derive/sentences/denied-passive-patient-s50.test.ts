/**
 * A demand's own phrase in the passive, denied, with the one it would be done to as subject
 * (passive-patient.ts): "Blinken said Ukraine would not be barred from joining NATO" had read *Ukraine*
 * rejecting non-expansion (the subject taken for the one refusing) and gave the United States nothing.
 * Ukraine is the one the bar would fall on; the one saying it will not be done refuses it. The party
 * speaking holds the refusal; with no party speaking, no one does.
 * Found in coverage: a rewrite of a Frankfurter Allgemeine report on the written replies
 * (tellerreport.com, 2022-01-27): Blinken saying Ukraine would not be banned from joining NATO.
 * Kept: the candidate itself speaking ("Kuleba said Ukraine would not be barred …") still reads Ukraine;
 * a proposer's complaint still reads the proposer's demand.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"Blinken said Ukraine would not be barred from joining NATO": the US refuses, not Ukraine',
    text: 'Blinken said Ukraine would not be barred from joining NATO.',
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'would not be barred' }],
    none: [['ukraine', NX]],
  },
  {
    name: 'the speech tag after: "Ukraine would not be banned from joining the alliance, Blinken said"',
    text: 'Ukraine would not be banned from joining the alliance, Blinken said.',
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'banned from joining' }],
    none: [['ukraine', NX]],
  },
  {
    name: 'NATO\'s chief: "Georgia will not be barred from joining the alliance" is NATO\'s refusal',
    text: 'Georgia will not be barred from joining the alliance, Stoltenberg said.',
    published,
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'barred from joining' }],
  },
  {
    name: 'past an adverb: "would not be formally barred"',
    text: 'Blinken said Ukraine would not be formally barred from joining NATO.',
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'formally barred' }],
    none: [['ukraine', NX]],
  },
  {
    name: 'kept: the candidate speaking holds it ("Kuleba said Ukraine would not be barred …")',
    text: 'Kuleba said Ukraine would not be barred from joining NATO.',
    published,
    expect: [{ party: 'ukraine', demand: NX, stance: 'rejects', quote: 'barred from joining' }],
  },
  {
    name: 'trap: no one speaking, the one it would be done to holds nothing',
    text: 'Ukraine will not be barred from joining NATO.',
    published,
    expect: [],
    none: [
      ['ukraine', NX],
      ['nato', NX],
      ['united-states', NX],
    ],
  },
  {
    name: 'trap: barred from something else ("from the talks") names no demand',
    text: 'Blinken said Ukraine would not be barred from the talks in Geneva.',
    published,
    expect: [],
    none: [
      ['ukraine', NX],
      ['united-states', NX],
    ],
  },
  {
    name: "trap: the same passive not denied is a forecast, no refusal of the speaker's",
    text: 'Blinken said he feared Ukraine could be barred from joining NATO.',
    published,
    expect: [],
    none: [
      ['ukraine', NX],
      ['united-states', NX],
    ],
  },
];

describe('a denied passive of the demand: the one it is done to does not hold the refusal', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

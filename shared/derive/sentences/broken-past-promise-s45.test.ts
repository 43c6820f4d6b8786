/**
 * A promise told in the past perfect and then undone by the promiser in a "but" clause: "Under the deal
 * Tehran had promised to cap enrichment at 3.67 percent, but it went to 20 percent", "The alliance had
 * pledged to halt its expansion, but it later walked away from that pledge". The promise is history the
 * sentence tells as broken, so it is not the promiser's stance (before, it read as supporting the limit,
 * marked historical). Positives: a promise with a "but" clause that does not undo it ("but it insisted
 * that …") and a promise reported by the promiser's own side still read.
 * Traps: "went to", "resumed" with the party named again, "walked away from", "breached".
 * Uses the iran-nuclear ontology of eval/ontologies for the Iran cases. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const iran = evalOntology('iran-nuclear-2021.json');
const NL = 'nuclear-limits';

const iranCases: ReadingCase[] = [
  {
    name: 'a "but" clause that does not undo the pledge',
    text: 'Iran had pledged to cap enrichment at 3.67 percent, but it insisted that sanctions be lifted first.',
    published: '2021-06-10',
    expect: [{ party: 'iran', demand: NL, stance: 'supports', quote: 'had pledged to cap enrichment' }],
  },
  {
    name: 'trap: "had promised to cap …, but it went to 20 percent"',
    text: "Under the deal Tehran had promised to cap enrichment at 3.67 percent, but it went to 20 percent in January and later to today's 60 percent.",
    published: '2021-06-10',
    expect: [],
    none: [['iran', NL]],
  },
  {
    name: 'trap: "…, but Iran later resumed …" (the party named again)',
    text: 'Tehran had promised to cap enrichment at 3.67 percent, but Iran later resumed enrichment to 60 percent.',
    published: '2021-06-10',
    expect: [],
    none: [['iran', NL]],
  },
  {
    name: 'trap: "…, but it breached the limit"',
    text: 'Iran had promised to cap enrichment at 3.67 percent, but it breached the limit in 2019.',
    published: '2021-06-10',
    expect: [],
    none: [['iran', NL]],
  },
];

describe('a past promise undone by the promiser (iran)', () => {
  for (const c of iranCases) it(c.name, () => checkReading(c, iran));
});

const rwCases: ReadingCase[] = [
  {
    name: "a promise reported by the promiser's own side still reads",
    text: 'Washington had promised not to deploy missiles in Ukraine, Blinken said.',
    published: '2022-01-20',
    expect: [
      { party: 'united-states', demand: 'missile-deployment', stance: 'supports', quote: 'had promised' },
    ],
  },
  {
    name: 'trap: "had pledged to halt its expansion, but it later walked away from that pledge"',
    text: 'The alliance had pledged to halt its expansion, but it later walked away from that pledge.',
    published: '2022-01-20',
    expect: [],
    none: [['nato', 'non-expansion']],
  },
];

describe('a past promise undone by the promiser (russia-west)', () => {
  for (const c of rwCases) it(c.name, () => checkReading(c));
});

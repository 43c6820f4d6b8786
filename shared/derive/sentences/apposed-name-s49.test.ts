/**
 * An official introduced with the office set beside the name between commas ("Mark Brzezinski, the US
 * ambassador to Poland, …", "Sweden's foreign minister, Erik Lundgren, …") and named by surname alone
 * later in the same document ("Brzezinski said …"): the surname speaks for the party of the office
 * (actors.ts, apposedName; the office written before the name, "US Ambassador Mark Brzezinski", was
 * learned already). Names and people here are made up; the ontology does not know them.
 * Found in real coverage: teleSUR English (11 January 2022: "Julianne Smith, U.S. ambassador to NATO, …",
 * then "Smith …"), WION (28 March 2022: "Eva-Maria Liimets, the Foreign Minister of Estonia, …"), ERR
 * News (page undated: "Estonia's foreign minister, Eva-Maria Liimets", then "Liimets said").
 * Traps: a former holder set beside the name, a person set beside no office of a party, and a name that
 * only meets the office in the same sentence (no apposition).
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-11';
const NX = 'non-expansion';
const SAID = "said NATO's open door policy is not up for negotiation";

const cases: ReadingCase[] = [
  {
    name: '"Mark Brzezinski, the US ambassador to Poland, …" then "Brzezinski said …": the US rejects',
    text: `Mark Brzezinski, the US ambassador to Poland, spoke to reporters on Tuesday. Brzezinski ${SAID}.`,
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: `Brzezinski ${SAID}` }],
  },
  {
    name: '"The US ambassador to Poland, Mark Brzezinski, …" then "Brzezinski said …": the US rejects',
    text: `The US ambassador to Poland, Mark Brzezinski, spoke on Tuesday. Brzezinski ${SAID}.`,
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: `Brzezinski ${SAID}` }],
  },
  {
    name: '"Erik Lundgren, Sweden\'s foreign minister, …" then "Lundgren said …": Sweden rejects',
    text: `Erik Lundgren, Sweden's foreign minister, spoke on Tuesday. Lundgren ${SAID}.`,
    published,
    expect: [{ party: 'sweden', demand: NX, stance: 'rejects', quote: `Lundgren ${SAID}` }],
  },
  {
    name: 'trap: "Daniel Fried, a former US ambassador to Poland, …" no longer speaks for the US',
    text: `Daniel Fried, a former US ambassador to Poland, spoke on Tuesday. Fried ${SAID}.`,
    published,
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: "Maria Keller, an analyst at the Carnegie Endowment, …" holds no office of a party',
    text: `Maria Keller, an analyst at the Carnegie Endowment, spoke on Tuesday. Keller ${SAID}.`,
    published,
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: "Mark Brzezinski met the US ambassador to Poland" sets no office beside the name',
    text: `Mark Brzezinski met the US ambassador to Poland on Tuesday. Brzezinski ${SAID}.`,
    published,
    expect: [],
    none: [
      ['united-states', NX],
      ['poland', NX],
    ],
  },
];

describe('an official named by surname after the office was set beside the full name (session 49)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

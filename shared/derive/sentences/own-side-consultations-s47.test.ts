/**
 * "hold consultations on …" read as "hold talks on …": a side that will hold (expert) consultations on
 * a matter is open to it, like one that will hold talks on it; "consultations with Moscow on …" keeps
 * the company between the noun and the matter (venued-talks.ts). Traps: consultations or talks held
 * with the holder's own allies or partners, or among themselves ("consultations with its European
 * allies on …", "talks with allies and partners on Russia's demand …"): talks within one side prepare
 * its answer and are no openness to the other side's demand (venued-talks.ts, OWN_SIDE). Sentences
 * written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-02-15';
const MD = 'missile-deployment';
const NE = 'non-expansion';
const open = (party: string, demand: string, quote: string) => ({
  party,
  demand,
  stance: 'open' as const,
  quote,
});

const cases: ReadingCase[] = [
  {
    name: '"would hold consultations on …": open, as "hold talks on"',
    text: 'Washington said it would hold consultations on limits to missile deployments in Europe.',
    published,
    expect: [open('united-states', MD, 'would hold consultations on limits to missile deployments')],
  },
  {
    name: '"hold expert consultations on …": a word between the verb and the noun',
    text: 'The State Department is ready to hold expert consultations on limits to missile deployments.',
    published,
    expect: [open('united-states', MD, 'hold expert consultations on limits to missile deployments')],
  },
  {
    name: '"hold consultations with Moscow on …": the other side named between',
    text: 'Washington agreed to hold consultations with Moscow on limits to missile deployments.',
    published,
    expect: [open('united-states', MD, 'hold consultations with Moscow on limits to missile deployments')],
  },
  {
    name: "trap: consultations with the holder's own allies on the matter",
    text: 'Washington held consultations with its European allies on limits to missile deployments.',
    published,
    expect: [],
    none: [['united-states', MD]],
  },
  {
    name: "trap: talks with allies and partners on the other side's demand",
    text: "Blinken held talks with allies and partners on Russia's demand that NATO stop expanding.",
    published,
    expect: [],
    none: [
      ['united-states', NE],
      ['nato', NE],
    ],
  },
  {
    name: 'trap: consultations among themselves',
    text: 'The allies held consultations among themselves on limits to missile deployments.',
    published,
    expect: [],
    none: [
      ['nato', MD],
      ['united-states', MD],
    ],
  },
  {
    name: 'trap: consultations with partners, the holder a capital',
    text: 'London will hold consultations with its partners on limits to missile deployments.',
    published,
    expect: [],
    none: [['uk', MD]],
  },
];

describe('consultations on a matter, and talks within one side (s47)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

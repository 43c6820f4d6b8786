/**
 * A demand as the subject of a verdict, with a relative clause in commas between them that only
 * describes it: "Russia's demand for a pledge …, which Moscow put forward in December, was
 * unacceptable, Blinken said", "said a pledge that …, which Moscow wants, was unacceptable". The
 * verdict after the relative judges the demand, whether the subject is a party's demand noun, an
 * undertaking noun or the demand itself; a subject named by the relative clause (Moscow) is not the
 * judge. Traps: no verdict after the relative ("was discussed in Geneva"), a conditional subject ("If
 * a pledge …, which Moscow wants, is rejected, …"), a negated verdict ("was not ruled out"), and a
 * verdict inside the relative that is another party's ("…, which Kyiv rejects, was repeated on Friday").
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const NE = 'non-expansion';
const RB = 'rollback-1997';
const rejects = (party: string, demand: string, quote: string) => ({
  party,
  demand,
  stance: 'rejects' as const,
  quote,
});

const cases: ReadingCase[] = [
  {
    name: 'a party\'s demand noun as subject: "Russia\'s demand for …, which Moscow put forward in December, was unacceptable"',
    text: "Russia's demand for a pledge that Ukraine will never join NATO, which Moscow put forward in December, was unacceptable, Blinken said.",
    published,
    expect: [rejects('united-states', NE, 'unacceptable')],
  },
  {
    name: 'an undertaking noun after a verb of saying: "said a pledge that …, which Moscow wants, was unacceptable"',
    text: 'Blinken said a pledge that Ukraine will never join NATO, which Moscow wants, was unacceptable.',
    published,
    expect: [rejects('united-states', NE, 'unacceptable')],
  },
  {
    name: 'a demand noun with "to": "The Kremlin\'s demand for allied troops to leave …, which it repeated on Monday, is a non-starter"',
    text: "The Kremlin's demand for allied troops to leave the Baltic states, which it put forward again on Monday, is a non-starter, Stoltenberg said.",
    published,
    expect: [rejects('nato', RB, 'non-starter')],
  },
  {
    name: 'trap: no verdict after the relative ("was discussed in Geneva")',
    text: 'A pledge that Ukraine will never join NATO, which Moscow wants, was discussed in Geneva, Blinken said.',
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: a conditional subject ("If a pledge …, which Moscow wants, is rejected, …")',
    text: 'If a pledge that Ukraine will never join NATO, which Moscow wants, is rejected, the Kremlin will respond, Blinken said.',
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: a negated verdict ("was not ruled out")',
    text: 'Blinken said a pledge that Ukraine will never join NATO, which Moscow wants, was not ruled out.',
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: a verdict inside the relative is its own subject\'s, not the speaker\'s ("which Kyiv rejects, was repeated")',
    text: "Russia's demand for a pledge that Ukraine will never join NATO, which Kyiv rejects, was repeated on Friday, Blinken said.",
    published,
    expect: [],
    none: [['united-states', NE]],
  },
];

describe('a verdict on a demand reaches past a relative clause describing it', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

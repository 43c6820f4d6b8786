/**
 * A predicate joined by "and" or "but" with a modal of its own and no subject ("Moscow would ask the
 * West for an answer, and would hold talks on …", "Moscow will urge NATO to respond and will hold
 * talks on …", "Russia would turn down Washington's offer but would hold talks on …"): its subject is
 * the name before the same modal earlier in the clause, not the first predicate's object nearest the
 * cue (analyze-sentence/coordinated-modal.ts). Traps: the object of the first predicate ("the West",
 * "Washington", "NATO") is given nothing; a second predicate with a subject of its own ("and Washington
 * would …") or a pronoun ("and it would …") is left to the usual reading; no modal before "and" leaves
 * the case alone. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-02-15';
const MD = 'missile-deployment';
const reading = (party: string, stance: 'open' | 'supports' | 'rejects', quote: string) => ({
  party,
  demand: MD,
  stance,
  quote,
});

const cases: ReadingCase[] = [
  {
    name: '", and would hold talks on …" after "would ask the West …": Moscow, not the West',
    text: 'Lavrov said Moscow would ask the West for a written answer, and would hold talks on intermediate-range missiles.',
    published,
    expect: [reading('russia', 'open', 'would hold talks on intermediate-range missiles')],
    none: [
      ['united-states', MD],
      ['nato', MD],
    ],
  },
  {
    name: '"and would hold talks on …" without a comma, the object a capital',
    text: 'Moscow would ask Washington for an answer and would hold talks on intermediate-range missiles.',
    published,
    expect: [reading('russia', 'open', 'would hold talks on intermediate-range missiles')],
    none: [['united-states', MD]],
  },
  {
    name: '"but would hold talks on …" after turning down the other side\'s offer',
    text: "Moscow would turn down Washington's invitation to Geneva but would hold talks on intermediate-range missiles.",
    published,
    expect: [reading('russia', 'open', 'would hold talks on intermediate-range missiles')],
    none: [['united-states', MD]],
  },
  {
    name: 'trap: the second predicate has a subject of its own ("and Washington would …")',
    text: 'Moscow would ask for an answer and Washington would hold talks on intermediate-range missiles.',
    published,
    expect: [reading('united-states', 'open', 'Washington would hold talks on intermediate-range missiles')],
    none: [['russia', MD]],
  },
  {
    name: 'trap: the object asked to do something is given nothing (", and will hold talks")',
    text: 'The Kremlin will press NATO to reply in writing, and will hold talks on intermediate-range missiles.',
    published,
    expect: [],
    none: [['nato', MD]],
  },
  {
    name: 'trap: the other side named as object in a report, no reading for it',
    text: 'Russia said it would send Washington a reply and would hold talks on intermediate-range missiles.',
    published,
    expect: [],
    none: [['united-states', MD]],
  },
];

describe('a predicate joined by "and"/"but" with a modal of its own (s47)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

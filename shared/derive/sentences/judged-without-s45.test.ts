/**
 * A verdict on a step that lacks the demand: "a peace treaty would be impossible without the delimitation
 * of the border", "a deal was unacceptable unless Israel agreed to a permanent ceasefire". What the
 * speaker judges impossible or unacceptable is the step taken without the demand; the demand is what that
 * step waits for, so the verdict must not be read as rejecting it (judged-without.ts). Traps: the demand
 * itself judged ("called a permanent ceasefire impossible", "border delimitation … was impossible"), a
 * "without" that opens something else ("rejected … without hesitation"), a "without" clause put between
 * the verdict and the demand ("rejected, without consulting his cabinet, a permanent ceasefire"), and a
 * "without" after a comma that belongs to another clause.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const armeniaAzerbaijan = evalOntology('armenia-azerbaijan-2025.json');
const gaza = evalOntology('gaza-ceasefire-2024.json');

const aaCases: ReadingCase[] = [
  {
    name: '"impossible without the delimitation of the border": no rejection of the delimitation',
    text: 'Lavrov said a peace treaty would be impossible without the delimitation of the border.',
    published: '2023-05-19',
    expect: [],
    none: [['russia', 'border-delimitation']],
  },
  {
    name: 'trap: the delimitation itself judged impossible is still rejected',
    text: 'Baku said border delimitation on the basis of Soviet maps was impossible.',
    published: '2023-05-19',
    expect: [
      {
        party: 'azerbaijan',
        demand: 'border-delimitation',
        stance: 'rejects',
        quote: 'border delimitation on the basis of Soviet maps was impossible',
      },
    ],
  },
];

const gazaCases: ReadingCase[] = [
  {
    name: '"impossible without a permanent ceasefire": a mediator\'s verdict on a deal lacking it',
    text: 'Qatar said a deal would be impossible without a permanent ceasefire.',
    published: '2024-06-02',
    expect: [],
    none: [['qatar', 'permanent-ceasefire']],
  },
  {
    name: '"impossible unless Israel agreed to …": the condition is read as a condition, not rejected',
    text: 'Egypt said an agreement was impossible unless Israel agreed to a permanent ceasefire.',
    published: '2024-06-02',
    expect: [
      {
        party: 'egypt',
        demand: 'permanent-ceasefire',
        stance: 'open',
        quote: 'unless Israel agreed to a permanent ceasefire',
      },
    ],
  },
  {
    name: 'trap: the ceasefire itself called impossible',
    text: 'Netanyahu called a permanent ceasefire impossible.',
    published: '2024-06-02',
    expect: [
      {
        party: 'israel',
        demand: 'permanent-ceasefire',
        stance: 'rejects',
        quote: 'Netanyahu called a permanent ceasefire impossible',
      },
    ],
  },
  {
    name: 'trap: "without hesitation" after the demand',
    text: 'Netanyahu rejected a permanent ceasefire without hesitation.',
    published: '2024-06-02',
    expect: [
      {
        party: 'israel',
        demand: 'permanent-ceasefire',
        stance: 'rejects',
        quote: 'Netanyahu rejected a permanent ceasefire',
      },
    ],
  },
  {
    name: 'trap: a "without" clause set off between the verdict and the demand',
    text: 'Netanyahu rejected, without consulting his cabinet, a permanent ceasefire.',
    published: '2024-06-02',
    expect: [
      {
        party: 'israel',
        demand: 'permanent-ceasefire',
        stance: 'rejects',
        quote: 'Netanyahu rejected, without consulting his cabinet, a permanent ceasefire',
      },
    ],
  },
];

describe('a verdict on a step taken without the demand is no rejection of it', () => {
  for (const c of aaCases) it(c.name, () => checkReading(c, armeniaAzerbaijan));
  for (const c of gazaCases) it(c.name, () => checkReading(c, gaza));
});

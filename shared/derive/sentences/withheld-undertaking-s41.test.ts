/**
 * An undertaking handed over as "no": "Washington gave no guarantee that it would not quit the deal
 * again", "the reply offered Moscow no guarantees that NATO would not expand". The demand's words open
 * with the "no" (they name its opposite), and the active verb of giving before them (give, offer,
 * provide, grant, extend; past the one it is given to) is the giver's supporting cue: the giver holds
 * the opposite, a refusal. Traps: a giver that is no party ("the 1990 talks gave no guarantees"), the
 * passive ("Iran was given no guarantee": the receiver is the subject), and "no guarantees were given"
 * with no verb before the "no". The Iran ontology also names the economic guarantee Iran asked for
 * ("a guarantee that it would benefit economically", "guarantees of its economic interests").
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const iran = evalOntology('iran-nuclear-2021.json');
const G = 'us-guarantees';
const NE = 'non-expansion';

const iranCases: ReadingCase[] = [
  {
    name: '"gave no guarantees that it would not quit the deal again": Washington rejects the guarantees',
    text: 'Washington gave no guarantees that it would not quit the deal again, Iranian diplomats complained.',
    published: '2022-06-30',
    expect: [{ party: 'united-states', demand: G, stance: 'rejects', quote: 'gave' }],
  },
  {
    name: 'a named receiver between: "offered Tehran no guarantee that …"',
    text: 'The United States offered Tehran no guarantee that a future president would not pull out of the accord again.',
    published: '2022-06-30',
    expect: [{ party: 'united-states', demand: G, stance: 'rejects', quote: 'offered' }],
  },
  {
    name: 'a modifier before the noun and a perfect: "has given no legal guarantees"',
    text: 'Washington has given no legal guarantees so far, the spokesman said.',
    published: '2022-06-30',
    expect: [{ party: 'united-states', demand: G, stance: 'rejects', quote: 'given' }],
  },
  {
    name: 'an economic guarantee withheld ("offered no guarantee that Iran would benefit economically"): the US rejects',
    text: 'Iranian media said the American draft offered no guarantee that Iran would benefit economically from the revived accord.',
    published: '2022-06-30',
    expect: [{ party: 'united-states', demand: G, stance: 'rejects', quote: 'offered' }],
  },
  {
    name: 'control: the economic guarantee asked for ("wants guarantees of its economic interests") is Iran\'s demand',
    text: 'Tehran wants guarantees that its economic interests will be protected under any restored deal.',
    published: '2022-06-30',
    expect: [{ party: 'iran', demand: G, stance: 'supports', quote: 'wants' }],
  },
  {
    name: 'trap: the passive "Iran was given no guarantee" makes Iran no giver',
    text: 'Iran was given no guarantee that the United States would not leave the deal again.',
    published: '2022-06-30',
    expect: [],
    none: [['united-states', G]],
  },
  {
    name: 'trap: a giver that is no party ("the 2015 text gave no guarantees") refuses nothing',
    text: 'The 2015 text gave no guarantees that the United States would not walk out of the deal again.',
    published: '2022-06-30',
    expect: [],
    none: [['united-states', G]],
  },
  {
    name: 'trap: "no guarantees were given" has no verb of giving before its "no"',
    text: 'No guarantees that Washington would not quit the deal again were given in the first round.',
    published: '2022-06-30',
    expect: [],
    none: [['united-states', G]],
  },
];

const russiaWest: ReadingCase[] = [
  {
    name: '"the American reply gave Moscow no guarantees that NATO would not expand": the US rejects',
    text: 'Lavrov said the American reply gave Moscow no guarantees that NATO would not expand eastward.',
    published: '2022-01-27',
    expect: [{ party: 'united-states', demand: NE, stance: 'rejects', quote: 'gave' }],
  },
  {
    name: 'trap: "the 1990 talks gave no guarantees" is history of no party',
    text: 'The 1990 talks gave no guarantees that NATO would not expand eastward.',
    published: '2022-01-27',
    expect: [],
    none: [['united-states', NE]],
  },
];

describe('an undertaking handed over as "no" is a refusal by its giver', () => {
  for (const c of iranCases) it(c.name, () => checkReading(c, iran));
  for (const c of russiaWest) it(c.name, () => checkReading(c));
});

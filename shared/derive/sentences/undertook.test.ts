/**
 * "undertake to" is a verb of commitment like "pledge to": "Washington undertook to bring its soldiers
 * home" is the side the demand is put to taking it on. Only the verb with its "to" close after it: not the
 * noun "undertaking" ("a legally binding undertaking by NATO not to expand" is what Russia asks, the
 * content of a demand), nor "undertook a review" (carrying something out). Sentences written for these
 * tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const NX = 'non-expansion';
const TW = 'troop-withdrawal';

const russiaWest: ReadingCase[] = [
  {
    name: 'the alliance undertaking to halt its growth eastward supports the halt',
    text: 'NATO undertook to halt its eastward expansion.',
    expect: [{ party: 'nato', demand: NX, stance: 'supports', quote: 'undertook' }],
  },
  {
    name: 'trap: the noun "undertaking" Russia demands is its demand, never NATO taking it on',
    text: 'Russia demands a legally binding undertaking by NATO not to expand eastward.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'demands' }],
    none: [['nato', NX]],
  },
  {
    name: 'trap: an undertaking spelled out in a draft treaty reads nothing for the alliance',
    text: 'The draft treaty spells out an undertaking by the alliance to refrain from further eastward expansion.',
    expect: [],
    none: [['nato', NX]],
  },
];

describe('"undertook to" is a commitment (Russia–West)', () => {
  for (const c of russiaWest) it(c.name, () => checkReading(c));
});

const afghanistan = evalOntology('afghanistan-doha-2020.json');
const doha: ReadingCase[] = [
  {
    name: 'the side asked to leave undertaking under the accord to pull its soldiers out supports the withdrawal',
    text: 'Under the accord, Washington undertook to pull all its soldiers out of Afghanistan within fourteen months.',
    expect: [{ party: 'united-states', demand: TW, stance: 'supports', quote: 'undertook' }],
  },
  {
    name: '"have undertaken in the agreement to" with a phrase between the verb and its "to"',
    text: 'The Americans have undertaken in the agreement to withdraw all foreign troops.',
    expect: [{ party: 'united-states', demand: TW, stance: 'supports', quote: 'undertaken' }],
  },
  {
    name: 'the insurgents undertaking to join talks among Afghans support the talks',
    text: 'The Taliban undertook to join talks among Afghans.',
    expect: [{ party: 'taliban', demand: 'intra-afghan-talks', stance: 'supports', quote: 'undertook' }],
  },
  {
    name: 'trap: undertaking a review of the withdrawal is carrying something out, not taking it on',
    text: 'The United States undertook a review of its troop withdrawal.',
    expect: [],
    none: [['united-states', TW]],
  },
];

describe('"undertook to" is a commitment (Doha talks)', () => {
  for (const c of doha) it(c.name, () => checkReading({ ...c, published: '2021-04-20' }, afghanistan));
});

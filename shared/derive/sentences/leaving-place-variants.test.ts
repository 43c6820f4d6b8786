/**
 * A demand phrase of forces leaving a place, written once with the place after "from" ("withdrawal from
 * Gaza", "withdraw from the Gaza Strip"), read in the other everyday words for it: "a full pullback from
 * Gaza", "pull out of the Gaza Strip", "pull back from Gaza" (phraseFamilyVariants). Only with the place
 * the analyst wrote; "departure from" is no member, for people depart as often as forces do. Sentences
 * written for these tests, read with the Gaza ontology of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const gaza = evalOntology('gaza-ceasefire-2024.json');
const published = '2024-05-01';
const W = 'israeli-withdrawal';

const cases: ReadingCase[] = [
  {
    name: '"a full pullback from Gaza" reads as "withdrawal from Gaza"',
    text: 'Hamas said any deal must guarantee a full pullback from Gaza.',
    published,
    expect: [{ party: 'hamas', demand: W, stance: 'supports', quote: 'pullback from Gaza' }],
  },
  {
    name: '"pull back from the Gaza Strip" reads as "withdraw from the Gaza Strip"',
    text: 'Hamas wants the Israeli army to pull back from the Gaza Strip before any exchange.',
    published,
    expect: [{ party: 'hamas', demand: W, stance: 'supports', quote: 'pull back from the Gaza Strip' }],
  },
  {
    name: '"the pull-out from Gaza" refused by the side the demand is put to',
    text: 'Netanyahu said Israel would not agree to a pullback from Gaza while Hamas stays in power.',
    published,
    expect: [{ party: 'israel', demand: W, stance: 'rejects', quote: 'pullback from Gaza' }],
  },
  {
    name: 'trap: a person’s departure from Gaza is no withdrawal of forces',
    text: 'Her departure from Gaza last year was widely reported, a Hamas official said.',
    published,
    expect: [],
    none: [['hamas', W]],
  },
  {
    name: 'trap: a pullback from a position, no place the analyst wrote',
    text: 'Hamas said the offer marked a pullback from earlier Israeli proposals.',
    published,
    expect: [],
    none: [['hamas', W]],
  },
];

describe('forces leaving a place, in the other words for it', () => {
  for (const c of cases) it(c.name, () => checkReading(c, gaza));
});

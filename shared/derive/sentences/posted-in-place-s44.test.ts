/**
 * An office with its party named before it and a place after "in": "Ukraine's ambassador in London",
 * "Russia's ambassador in Washington, <name>,", "the US ambassador in Moscow". The place is where the
 * office holder is posted or stands, not whom the holder speaks for, as with "ambassador to": the party
 * before the office speaks. Traps: the place must get no stance in each case (London, Washington,
 * Moscow), nor a place after the verb ("said in London") or in an aside ("in a letter to Washington").
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-02-14';

const cases: ReadingCase[] = [
  {
    name: '"Ukraine\'s ambassador in London said": Kyiv speaks, not London',
    text: '"We will never give up our bid to join NATO," Ukraine\'s ambassador in London said.',
    published,
    expect: [{ party: 'ukraine', demand: 'non-expansion', stance: 'rejects', quote: 'our bid' }],
    none: [['uk', 'non-expansion']],
  },
  {
    name: '"Russia\'s ambassador in Washington, <name>, said": Moscow speaks, not Washington',
    text: '"NATO must stop expanding," Russia\'s ambassador in Washington, Anatoly Antonov, said.',
    published,
    expect: [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'must stop expanding' }],
    none: [['united-states', 'non-expansion']],
  },
  {
    name: '"the US ambassador in Moscow, <name>, said": Washington speaks, not Moscow',
    text: '"NATO\'s door stays open," the US ambassador in Moscow, John Sullivan, said.',
    published,
    expect: [{ party: 'united-states', demand: 'non-expansion', stance: 'rejects', quote: 'stays open' }],
    none: [['russia', 'non-expansion']],
  },
  {
    name: 'trap: a place after the verb ("said in London") is no speaker',
    text: '"We will never give up our bid to join NATO," Ukraine\'s ambassador said in London.',
    published,
    expect: [{ party: 'ukraine', demand: 'non-expansion', stance: 'rejects', quote: 'our bid' }],
    none: [['uk', 'non-expansion']],
  },
  {
    name: 'trap: a party in an aside after the office ("in a letter to Washington")',
    text: "Russia's ambassador, in a letter to Washington, said NATO must stop expanding.",
    published,
    expect: [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'must stop expanding' }],
    none: [['united-states', 'non-expansion']],
  },
  {
    name: 'trap: the posting of another office, the possessor still speaking ("foreign minister in London")',
    text: '"We will never give up our bid to join NATO," Ukraine\'s foreign minister in London said.',
    published,
    expect: [{ party: 'ukraine', demand: 'non-expansion', stance: 'rejects', quote: 'our bid' }],
    none: [['uk', 'non-expansion']],
  },
];

describe('an office "in" a place speaks for the party before it', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

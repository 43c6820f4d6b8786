/**
 * A party's noun owned by another as the object of a verb that does not end in "-ed" ("understood
 * Moscow's concerns", "shares Russia's concerns"), with a second verb after "and": the possessor is no
 * subject of that verb, so the walk back for who holds it goes on past it to the sentence's subject, as
 * it already did after "answering Moscow's demands and …" (subjects.ts). Before, "understood" was taken
 * for no verb and the stance had no holder: "Xi told Putin he understood Moscow's concerns and stood
 * firmly behind its effort to secure guarantees …" read nothing for China.
 * Traps (none): the same verbs with nothing of the speaker's own after them ("took note of Russia's
 * demand", "heard Moscow's complaints … and said nothing"); a meeting with the proposer's envoy, who is
 * the one asking; a second clause with its own subject after "but".
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2021-12-15';
const NE = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"he understood Moscow\'s concerns and stood firmly behind its effort …"',
    text: "During their video call, Xi told Putin he understood Moscow's concerns and stood firmly behind its effort to secure guarantees that would keep NATO from pushing further east.",
    published,
    expect: [{ party: 'china', demand: NE, stance: 'supports', quote: 'stood firmly behind' }],
  },
  {
    name: '"China understood Russia\'s concerns and firmly backed its effort …", reported',
    text: "China understood Russia's concerns and firmly backed its effort to secure guarantees that would keep NATO from pushing further east, the Kremlin aide said.",
    published,
    expect: [{ party: 'china', demand: NE, stance: 'supports', quote: 'firmly backed its effort' }],
  },
  {
    name: 'present tense, "understands Moscow\'s concerns and stands behind …"',
    text: "Beijing understands Moscow's concerns and stands behind its effort to secure guarantees that would keep NATO from pushing further east.",
    published,
    expect: [{ party: 'china', demand: NE, stance: 'supports', quote: 'stands behind' }],
  },
  {
    name: 'trap: "took note of Russia\'s demand"',
    text: "China took note of Russia's demand that NATO stop expanding.",
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: "Russia's demand" }],
    none: [['china', NE]],
  },
  {
    name: 'trap: "heard Moscow\'s complaints … and said nothing"',
    text: "The Chinese minister heard Moscow's complaints about NATO enlargement and said nothing.",
    published,
    expect: [],
    none: [['china', NE]],
  },
  {
    name: "trap: a meeting with the proposer's envoy, who asks",
    text: "Xi met Putin's envoy, who urged a halt to NATO enlargement.",
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'urged a halt' }],
    none: [['china', NE]],
  },
  {
    name: 'trap: a second clause after "but" with its own subject',
    text: "China understood Moscow's concerns, but Russia's demand for a halt to NATO enlargement was rejected by Washington.",
    published,
    expect: [{ party: 'united-states', demand: NE, stance: 'rejects', quote: 'was rejected by Washington' }],
    none: [['china', NE]],
  },
];

describe('a possessor in the object of a verb not ending in "-ed"', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

/**
 * A say, voice or veto denied to a party, read as the refusal of the one who denies it and never as the
 * own stance of the one denied it (own-say-denied.ts): "Kyiv complained it has no say in the talks on
 * NATO's expansion" is a complaint about being left out, no refusal of the halt by Ukraine. The speaker
 * who denies the say keeps its refusal ("Julianne Smith said Russia has no voice in NATO's open-door
 * policy": the US rejects), and the proposer named as denied one keeps its reported support, by design
 * (attribution.test.ts), so these cases assert nothing of it. A denial of another verb before the noun
 * ("will not accept a Russian veto") is no denied say: the refusal stays.
 * Traps: the party denied the say, named as the subject of the denial (its name, "we" for the speaker,
 * "it" after its own speech verb).
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-12';
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"Julianne Smith said Russia has no voice in NATO\'s open-door policy": the US rejects',
    text: "Julianne Smith said Russia has no voice in NATO's open-door policy.",
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'no voice in' }],
  },
  {
    name: '"Blinken said Moscow has no say in NATO\'s enlargement": the US rejects',
    text: "Blinken said Moscow has no say in NATO's enlargement.",
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'no say in' }],
  },
  {
    name: '"The West will not accept a Russian veto over NATO membership, Blinken said": a refusal, not a denied say',
    text: 'The West will not accept a Russian veto over NATO membership, Blinken said.',
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'accept' }],
  },
  {
    name: '"Stoltenberg said Moscow does not have the right of veto over NATO enlargement": NATO rejects',
    text: 'Stoltenberg said Moscow does not have the right of veto over NATO enlargement.',
    published,
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'right of veto' }],
  },
  {
    name: 'trap: "Kyiv complained it has no say in the talks … on NATO\'s expansion" is no stance of Ukraine',
    text: "Kyiv complained it has no say in the talks between Washington and Moscow on NATO's expansion.",
    published,
    expect: [],
    none: [
      ['ukraine', NX],
      ['russia', NX],
      ['united-states', NX],
    ],
  },
  {
    name: 'trap: "Ukraine has no say in the talks on NATO\'s expansion, Kuleba complained" is no stance of Ukraine',
    text: "Ukraine has no say in the talks on NATO's expansion, Kuleba complained.",
    published,
    expect: [],
    none: [['ukraine', NX]],
  },
  {
    name: 'trap: "We have no say over who joins NATO," Lavrov complained: no stance of Russia',
    text: '"We have no say over who joins NATO," Lavrov complained.',
    published,
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: 'trap: "Kyiv complained it doesn\'t have a say in the talks on NATO expansion" (contracted): no Ukrainian stance',
    text: "Kyiv complained it doesn't have a say in the talks on NATO expansion.",
    published,
    expect: [],
    none: [['ukraine', NX]],
  },
  {
    name: '"Moscow won\'t have a say over who joins NATO, Stoltenberg said" (contracted): NATO rejects',
    text: "Moscow won't have a say over who joins NATO, Stoltenberg said.",
    published,
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: "won't have a say" }],
  },
];

describe('a say denied to a party is no stance of that party (session 48)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

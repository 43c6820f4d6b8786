/**
 * Two precision cases on the missile-deployment frame (corpus/ontology.json).
 * 1. A weapon's name as the opener of a noun group ("the absence of Tomahawk cruise missiles", "a ban on
 *    intermediate-range cruise missiles"): the head noun reads the restriction its opener read, not the
 *    bare weapon (which, proposed, would read as wanting the weapons deployed). Traps: the same noun group
 *    with no restriction before it, proposed or not ruled out, keeps its reading.
 * 2. Weapons taken out of a storage place (storage, a depot, a warehouse, hangars, bunkers) are brought out
 *    for use, not withdrawn from a region: "pull … out", "take … out of", "move … out of" read nothing there.
 *    Traps: withdrawal from a country or a region still reads, also where storage is named after it.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const M = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: 'an offer to confirm the absence of a named cruise missile reads open, not a wish to deploy it',
    text: 'US negotiators proposed inspections to confirm the absence of Tomahawk cruise missiles at the missile-defence bases in Poland.',
    expect: [
      { party: 'united-states', demand: M, stance: 'open', quote: 'absence of Tomahawk cruise missiles' },
    ],
  },
  {
    name: '"verify the absence of Tomahawk cruise missiles" proposed reads open',
    text: 'The United States proposed to verify the absence of Tomahawk cruise missiles in Romania.',
    expect: [
      { party: 'united-states', demand: M, stance: 'open', quote: 'absence of Tomahawk cruise missiles' },
    ],
  },
  {
    name: 'a ban on a class of cruise missiles proposed keeps its open reading',
    text: 'The United States proposed a ban on intermediate-range cruise missiles in Europe.',
    expect: [{ party: 'united-states', demand: M, stance: 'open', quote: 'ban on intermediate-range' }],
  },
  {
    name: 'trap: the same noun group proposed for stationing, with no restriction, still rejects',
    text: 'Washington proposed stationing Tomahawk cruise missiles in Germany.',
    expect: [{ party: 'united-states', demand: M, stance: 'rejects', quote: 'Tomahawk' }],
  },
  {
    name: 'trap: refusing to rule out the noun group still rejects',
    text: 'Washington refused to rule out Tomahawk cruise missiles in Germany.',
    expect: [{ party: 'united-states', demand: M, stance: 'rejects', quote: 'Tomahawk' }],
  },
  {
    name: 'missiles pulled out of storage near the border are no withdrawal',
    text: 'Russian troops pulled the missiles out of storage near the border.',
    expect: [],
    none: [['russia', M]],
  },
  {
    name: 'missiles taken out of a depot are no withdrawal',
    text: 'The Pentagon said it had taken the missiles out of a depot in Texas.',
    expect: [],
    none: [['united-states', M]],
  },
  {
    name: 'launchers moved out of their hangars for drills are no withdrawal',
    text: 'Moscow said the army had moved the launchers out of their hangars for the drills.',
    expect: [],
    none: [['russia', M]],
  },
  {
    name: 'trap: a demand to pull missiles out of a region still reads',
    text: 'Russia demanded that the United States pull its missiles out of Europe.',
    expect: [{ party: 'russia', demand: M, stance: 'supports', quote: 'pull its missiles' }],
  },
  {
    name: 'trap: out of a region and into storage: the place left is the region',
    text: 'Russia demanded that the United States pull its missiles out of Europe and put them into storage.',
    expect: [{ party: 'russia', demand: M, stance: 'supports', quote: 'pull its missiles' }],
  },
  {
    name: 'trap: withdrawal from a country still reads',
    text: 'Russia demanded that the United States withdraw its missiles from Poland.',
    expect: [{ party: 'russia', demand: M, stance: 'supports', quote: 'withdraw its missiles' }],
  },
  {
    name: 'trap: refusing to pull missiles out of a country still rejects',
    text: 'Washington refused to pull its missiles out of Romania.',
    expect: [{ party: 'united-states', demand: M, stance: 'rejects', quote: 'pull its missiles' }],
  },
];

describe('weapon noun groups and weapons out of storage', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

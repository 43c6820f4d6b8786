/**
 * A restriction noun over two things joined by a lone "and"/"or" restricts both: "limits on troops and
 * missiles", "restrictions on where forces and missiles may be based". The first is a plain plural noun
 * right before the coordinator that opens the demand's subject. Not past a comma, nor past a verb of the
 * second thing's own ("pull back troops and deploy missiles"). And a draft presented as "a pair of" or "a
 * couple of" drafts is still the presenter's draft. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const cases: ReadingCase[] = [
  {
    name: 'a restriction noun before two joined things: "seeks caps on bombers and missiles"',
    text: 'Moscow seeks caps on bombers and missiles in Europe.',
    expect: [
      {
        party: 'russia',
        demand: 'missile-deployment',
        stance: 'supports',
        quote: 'caps on bombers and missiles',
      },
    ],
  },
  {
    name: 'a clause of place under the restriction: "restrictions on where forces and missiles may be based"',
    text: 'The Kremlin is pressing for binding restrictions on where forces and missiles may be based.',
    expect: [
      {
        party: 'russia',
        demand: 'missile-deployment',
        stance: 'supports',
        quote: 'restrictions on where forces and missiles may be based',
      },
    ],
  },
  {
    name: 'a refusal of such restrictions rejects: "turned down curbs on drills and missiles"',
    text: 'The Pentagon turned down any curbs on drills and missiles near the Russian border.',
    expect: [
      {
        party: 'united-states',
        demand: 'missile-deployment',
        stance: 'rejects',
        quote: 'curbs on drills and missiles',
      },
    ],
  },
  {
    name: 'drafts presented as "a pair of draft treaties" are the presenter\'s drafts',
    text: 'Moscow gave Washington a pair of draft treaties seeking limits on where missiles could be placed.',
    expect: [
      {
        party: 'russia',
        demand: 'missile-deployment',
        stance: 'supports',
        quote: 'draft treaties seeking limits',
      },
    ],
  },
  {
    name: 'trap: no restriction before the two things, "the exercises involved soldiers and missiles"',
    text: 'The exercises near the border involved soldiers and missiles, the ministry said.',
    expect: [],
    none: [['russia', 'missile-deployment']],
  },
  {
    name: 'trap: a comma ends the pair, "curbs on drills, and missiles were sent"',
    text: 'Washington offered curbs on drills, and missiles were sent to Romania anyway.',
    expect: [],
    none: [['united-states', 'missile-deployment']],
  },
  {
    name: 'trap: a verb of its own before the second thing, "smaller exercises and deployed missiles"',
    text: 'Russia says the alliance planned smaller exercises and deployed missiles in Poland.',
    expect: [],
    none: [['united-states', 'missile-deployment']],
  },
  {
    name: 'trap: refusing "a pair of draft treaties" is no drafting of them',
    text: 'Washington rejected a pair of draft treaties seeking limits on where missiles could be placed.',
    expect: [],
    none: [['united-states', 'missile-deployment']],
  },
];

describe('a restriction shared by two joined nouns; drafts counted in pairs', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});

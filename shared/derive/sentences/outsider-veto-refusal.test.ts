/**
 * Refusing an outsider a veto over who joins: a party "will not let Russia veto Ukraine's membership",
 * "would not allow Moscow to veto Finland's accession", "will let no one shut NATO's open door", "will not
 * allow the Kremlin to dictate who joins". Each is the opposite of the non-expansion demand, read as the
 * speaker's own refusal (ontology opposites in corpus/ontology.json). Sentences written for these tests.
 * Known gap kept unread: with a named subject in the reported clause ("Scholz said Germany would not let
 * Russia veto …") nothing is read yet; no wrong stance comes of it.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"said it would not let Moscow veto Ukraine\'s membership"',
    text: "The alliance said it would not let Moscow veto Ukraine's membership.",
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'not let Moscow veto' }],
  },
  {
    name: '"would not let Russia veto Georgia\'s wish to join", after an offer on another topic',
    text: "The alliance said it was ready to discuss transparency on drills, but that it would not let Russia veto Georgia's wish to join.",
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'not let Russia veto' }],
  },
  {
    name: '"will let no one shut NATO\'s open door"',
    text: "Blinken said America will let no one shut NATO's open door.",
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: "let no one shut NATO's open door" },
    ],
  },
  {
    name: '"will never let Russia close the alliance\'s open door"',
    text: "Stoltenberg said the allies will never let Russia close the alliance's open door.",
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'open door' }],
  },
  {
    name: '"will not allow Moscow to dictate who joins NATO"',
    text: 'The allies will not allow Moscow to dictate who joins NATO.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'dictate who joins' }],
  },
  {
    name: "trap: refusing someone a veto over a state's own measures is no word on enlargement",
    text: 'Lavrov said Russia will not let NATO veto its security measures.',
    expect: [],
    none: [
      ['russia', NX],
      ['nato', NX],
    ],
  },
  {
    name: 'trap: a veto over membership of another body',
    text: 'Lavrov said Russia would not let anyone veto its membership of the Security Council.',
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: 'trap: closing the door to talks is no open-door policy',
    text: 'The Kremlin said it would let nobody close the door to further talks.',
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: 'trap: who joins another alliance',
    text: 'Lavrov said Moscow would not let the West dictate who joins the Collective Security Treaty Organization.',
    expect: [],
    none: [['russia', NX]],
  },
];

describe('refusing an outsider a veto over who joins', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});

/**
 * A permission refused to everyone: "will let nobody veto …", "would let no one slam the door shut",
 * "will not allow anyone to block …". The refusal rejects the act it would permit, so it reads on a
 * demand only when that act is the demand's own verb ("veto Ukraine's membership", "bang the open door
 * shut", "block Ukraine from joining"). "let nobody" is read as "let no one" is. Traps: the permitted act
 * is another verb standing before the demand's words ("will let nobody forget that NATO's open door …",
 * "will not allow anyone to question the open door"): forgetting or questioning says nothing of where
 * the speaker stands, so the refusal is no stance at all (it had been read as a refusal of the open door
 * itself, a support of the closed door). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-12';
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"will let nobody veto Ukraine\'s membership": the veto refused, the open door kept',
    text: "Washington will let nobody veto Ukraine's membership of NATO.",
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'let nobody veto' }],
  },
  {
    name: '"we will let nobody bang the open door shut", a named envoy quoted: rejects, her own words',
    text: 'Julianne Smith, the US ambassador to NATO, spoke on Tuesday. "We will let nobody bang the alliance\'s open door shut," she said.',
    published,
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'let nobody bang', voice: 'own' },
    ],
  },
  {
    name: '"would let no one slam the alliance\'s door shut": rejects for the allies',
    text: "Stoltenberg said the allies would let no one slam the alliance's door shut.",
    published,
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'let no one slam' }],
  },
  {
    name: '"will not allow anyone to block Ukraine from joining": the act permitted is the demand',
    text: 'Berlin will not allow anyone to block Ukraine from joining NATO.',
    published,
    expect: [{ party: 'germany', demand: NX, stance: 'rejects', quote: 'allow anyone to block' }],
  },
  {
    name: 'trap: "will let nobody forget that NATO\'s open door …" is no support of a closed door',
    text: "Britain will let nobody forget that NATO's open door brought peace to Europe.",
    published,
    expect: [],
    none: [['uk', NX]],
  },
  {
    name: 'trap: "will not allow anyone to question the open door": questioning is not the demand',
    text: "Britain will not allow anyone to question the alliance's open door.",
    published,
    expect: [],
    none: [['uk', NX]],
  },
  {
    name: 'trap: "will let no one forget the open-door policy" reads nothing for the speaker',
    text: 'Paris will let no one forget the open-door policy.',
    published,
    expect: [],
    none: [['france', NX]],
  },
];

describe('a permission refused to everyone reads only on the act it would permit', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

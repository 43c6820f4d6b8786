/**
 * "admit" taking a member, not making an admission. Coverage of enlargement uses the verb both ways ("admitting
 * Finland and Sweden", "never admit Ukraine"; "Moscow admitted that …"), and read as a speech verb it made the
 * alliance the speaker of a sentence somebody else said: "Moscow has no say over which countries NATO admits,
 * Blinken said" was NATO rejecting non-expansion in its own voice, and the US, who said it, held nothing.
 * Read now: the real speaker after a question word that fronts the verb's object ("which countries NATO
 * admits", "whom the alliance admits") or after a name taken in ("NATO admitted Montenegro despite …").
 * Traps: the alliance named only as the one that admits holds nothing; an admission still speaks ("admitted
 * that …", "Washington admits, a US official said, that …", "Moscow, which reluctantly admits that …").
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-21';
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"no say over which countries NATO admits, Blinken said" is the US speaking, not NATO',
    text: 'Moscow has no say over which countries NATO admits, Blinken said.',
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'which countries NATO admits' }],
    none: [['nato', NX]],
  },
  {
    name: '"no veto over whom the alliance admits, the German chancellor said" is Germany speaking',
    text: 'Moscow gets no veto over whom the alliance admits, the German chancellor said.',
    published,
    expect: [{ party: 'germany', demand: NX, stance: 'rejects', quote: 'whom the alliance admits' }],
    none: [['nato', NX]],
  },
  {
    name: '"what new members the alliance admits, the Estonian prime minister said" is the Baltic states',
    text: 'The Kremlin has no veto over what new members the alliance admits, the Estonian prime minister said.',
    published,
    expect: [
      { party: 'baltic-states', demand: NX, stance: 'rejects', quote: 'the Estonian prime minister said' },
    ],
    none: [['nato', NX]],
  },
  {
    name: '"NATO admitted Montenegro despite …, the Polish president said" is Poland speaking',
    text: 'NATO admitted Montenegro despite Russian objections, and Moscow has no veto over enlargement, the Polish president said.',
    published,
    expect: [{ party: 'poland', demand: NX, stance: 'rejects', quote: 'no veto over enlargement' }],
    none: [['nato', NX]],
  },
  {
    name: 'trap: the alliance named only as the one that admits, nobody speaking, holds nothing',
    text: 'Russia has no say in who the alliance admits.',
    published,
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'trap: "cannot dictate whom NATO admits" gives NATO nothing',
    text: 'Russia cannot dictate whom NATO admits.',
    published,
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'trap: an admission with "that" still speaks: "The United States admitted that it would not close …"',
    text: "The United States admitted that it would not close the alliance's open door.",
    published,
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'admitted that it would not close' },
    ],
  },
  {
    name: 'trap: an admission set off by commas still speaks: "Washington admits, a US official said, that …"',
    text: 'Washington admits, a US official said, that NATO will not stop enlarging.',
    published,
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'NATO will not stop enlarging' },
    ],
    none: [['nato', NX]],
  },
  {
    name: 'trap: "which reluctantly admits that" has the question word as its subject: Lavrov still speaks',
    text: 'Moscow, which reluctantly admits that the talks stalled, still wants NATO to halt its expansion, Lavrov said.',
    published,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'NATO to halt its expansion' }],
  },
];

describe('"admit" taking a member, not making an admission (session 46)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

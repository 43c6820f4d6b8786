/**
 * "refused to rule out Ukraine's membership", "a ban on Kyiv's accession": a noun of joining owned by a
 * country that neither puts the demand forward nor has it put to it names the enlargement demand though
 * the document never writes "NATO" or "the alliance" (also with "eventual", "future" between). Traps: the
 * same noun followed by another body ("in the European Union", "of the Council of Europe", "to the
 * convention"), an organisation's name before it ("Ukraine's EU membership"), the proposer's own
 * membership, a time after it ("in the near future", left unread), and an admission made ("Ukraine's
 * admission that …"). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-26';

const cases: ReadingCase[] = [
  {
    name: '"refused to rule out Ukraine\'s membership" with no anchor in the document',
    text: "Washington has refused to rule out Ukraine's membership.",
    published,
    expect: [
      { party: 'united-states', demand: 'non-expansion', stance: 'rejects', quote: 'refused to rule out' },
    ],
  },
  {
    name: 'a word of time between: "Ukraine\'s future membership"',
    text: "Washington has refused to rule out Ukraine's future membership.",
    published,
    expect: [
      { party: 'united-states', demand: 'non-expansion', stance: 'rejects', quote: 'refused to rule out' },
    ],
  },
  {
    name: 'the proposer asks for a ban on "Ukraine\'s admission"',
    text: "Moscow demands a ban on Ukraine's admission, Ryabkov said.",
    published,
    expect: [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'Moscow demands a ban' }],
  },
  {
    name: 'the proposer\'s pledge "ruling out Kyiv\'s accession"',
    text: "The Kremlin demanded a written pledge ruling out Kyiv's accession.",
    published,
    expect: [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'ruling out' }],
  },
  {
    name: 'trap: membership in another body ("in the European Union")',
    text: "Washington has refused to rule out Ukraine's membership in the European Union.",
    published,
    expect: [],
    none: [['united-states', 'non-expansion']],
  },
  {
    name: 'trap: another organisation named before the noun ("Ukraine\'s EU membership")',
    text: "Washington has refused to rule out Ukraine's EU membership.",
    published,
    expect: [],
    none: [['united-states', 'non-expansion']],
  },
  {
    name: 'trap: accession to a treaty ("to the convention on cluster munitions")',
    text: "Washington welcomed Kyiv's accession to the convention on cluster munitions.",
    published,
    expect: [],
    none: [['united-states', 'non-expansion']],
  },
  {
    name: 'trap: membership of another body ("of the Council of Europe")',
    text: "Washington praised Ukraine's membership of the Council of Europe.",
    published,
    expect: [],
    none: [['united-states', 'non-expansion']],
  },
  {
    name: "trap: the proposer's own membership",
    text: "Washington has refused to rule out Russia's membership.",
    published,
    expect: [],
    none: [['united-states', 'non-expansion']],
  },
  {
    name: 'trap: an admission made ("Ukraine\'s admission that …"), not Ukraine admitted',
    text: "Moscow rejected Ukraine's admission that its forces had fired first.",
    published,
    expect: [],
    none: [['russia', 'non-expansion']],
  },
  {
    name: 'trap: a time after the noun ("in the near future") is left unread',
    text: "Washington has refused to rule out Ukraine's membership in the near future.",
    published,
    expect: [],
    none: [['united-states', 'non-expansion']],
  },
];

describe("an outsider's membership names the enlargement demand", () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

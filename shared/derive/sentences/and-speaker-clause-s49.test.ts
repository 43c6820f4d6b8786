/**
 * "X rejected … and Y said …" with no comma (clauses.ts speakerClauseAfter, speaker.ts objectBefore):
 * "and" followed by a subject of its own and a verb of speech opens a clause, and a name that is the object
 * of the verb before "and" ("… that Finland never join NATO and Marin said …") is no partner of the
 * speaker. The cue of the first clause had governed the demand in the second, and "NATO and Marin" had been
 * read as one speaker: "Niinistö rejected Russian demands that Finland never join NATO and Marin said
 * Finland can apply for NATO membership" read Finland *supporting* non-expansion.
 * Found in coverage: yalibnan (3 January 2022) on Niinistö's and Marin's New Year statements. Kept: a
 * subject of two names before the verb ("Blinken and Stoltenberg said …", AP via kurv.com, 7 January 2022),
 * and "Russia and China said …".
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-03';
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"… never join NATO and Marin said Finland can apply": Finland rejects, not supports',
    text: 'Niinistö rejected Russian demands that Finland never join NATO and Marin said Finland can apply for NATO membership.',
    published,
    expect: [{ party: 'finland', demand: NX, stance: 'rejects', quote: 'Marin said' }],
    none: [['nato', NX]],
  },
  {
    name: '"… the military alliance and Finnish PM Sanna Marin said …": the alliance is no speaker',
    text: "Finland's President Sauli Niinistö rejected Russian demands that Finland never join the military alliance and Finnish PM Sanna Marin said Finland can apply for NATO membership if it wants to.",
    published,
    expect: [{ party: 'finland', demand: NX, stance: 'rejects', quote: 'Sanna Marin said' }],
    none: [['nato', NX]],
  },
  {
    name: '"Blinken rejected … never join NATO and Stoltenberg said …": each speaks for his own party',
    text: 'Blinken rejected Russian demands that Ukraine never join NATO and Stoltenberg said Ukraine can apply for NATO membership.',
    published,
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'Blinken rejected' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'Stoltenberg said' },
    ],
  },
  {
    name: 'kept: "Blinken and Stoltenberg said Russia would have no say …": one subject of two names',
    text: 'Blinken and Stoltenberg said Russia would have no say over who joins the alliance.',
    published,
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'Blinken and Stoltenberg' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'Blinken and Stoltenberg' },
    ],
  },
  {
    name: 'kept: "Russia and China said they oppose further enlargement of NATO"',
    text: 'Russia and China said they oppose further enlargement of NATO.',
    published,
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'oppose further enlargement' },
      { party: 'china', demand: NX, stance: 'supports', quote: 'oppose further enlargement' },
    ],
  },
  {
    name: 'trap: a listener named after "and" is no speaker of the demand',
    text: 'Putin met Macron in Moscow and the French president said Europe needed a new security balance.',
    published: '2022-02-07',
    expect: [],
    none: [
      ['france', NX],
      ['russia', NX],
    ],
  },
  {
    name: 'trap: "… and officials said" after a clause about troops names no stance',
    text: 'Russia massed troops near the border and Western officials said an attack could come at any time.',
    published,
    expect: [],
    none: [
      ['russia', NX],
      ['nato', NX],
    ],
  },
  {
    name: 'trap: the object of "join" before "and" does not speak',
    text: 'Kyiv wants to join NATO and Zelensky said so again on Monday.',
    published,
    expect: [{ party: 'ukraine', demand: NX, stance: 'rejects', quote: 'wants to join' }],
    none: [['nato', NX]],
  },
];

describe('"and" with a speaker of its own opens a clause (s49)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

/**
 * A pointer to an undertaking as the subject of a passive of giving ("such a guarantee cannot be
 * given", "no such guarantee could be given", "those assurances will not be offered"): the passive of
 * "cannot give such a guarantee" (supplied-pledges.ts). Giving the undertaking the pointer names grants
 * what the sentence before asked; its denial refuses it. Traps: a past chance ("could have been
 * given") or a past giving ("no such pledge was given in 1990"), "no such guarantee" as what another
 * lacks ("Kyiv had no such guarantee to offer"), a pointer to what is no undertaking ("such ideas will
 * not be offered"), a participle that is not of giving ("such a guarantee was made up"), and words
 * between the pointer and the verb that are not a modal or its denial. Sentences written for these
 * tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const NX = 'non-expansion';
const RB = 'rollback-1997';
const ASKED_NX = 'The Kremlin insists on a written guarantee that Ukraine will never be taken into NATO. ';

const cases: ReadingCase[] = [
  {
    name: '"such a guarantee cannot be given": the speaker refuses what was asked',
    text: `${ASKED_NX}Chancellor Olaf Scholz said such a guarantee cannot be given.`,
    published,
    expect: [{ party: 'germany', demand: NX, stance: 'rejects', quote: 'such a guarantee cannot be given' }],
  },
  {
    name: '"can\'t be given", the contracted denial, the same',
    text: `${ASKED_NX}Chancellor Olaf Scholz said such a guarantee can't be given.`,
    published,
    expect: [{ party: 'germany', demand: NX, stance: 'rejects', quote: "such a guarantee can't be given" }],
  },
  {
    name: '"such assurances will not be offered" after a demand of withdrawal',
    text: 'Russia is asking for assurances that allied troops will leave the Baltic states. Such assurances will not be offered, the NATO secretary general said.',
    published,
    expect: [{ party: 'nato', demand: RB, stance: 'rejects', quote: 'Such assurances will not be offered' }],
  },
  {
    name: '"that guarantee will never be granted", with "never" for the denial',
    text: `${ASKED_NX}That guarantee will never be granted, Secretary of State Antony Blinken said.`,
    published,
    expect: [
      {
        party: 'united-states',
        demand: NX,
        stance: 'rejects',
        quote: 'That guarantee will never be granted',
      },
    ],
  },
  {
    name: '"no such guarantee could be given": the denial as the pointer\'s determiner',
    text: `${ASKED_NX}Chancellor Olaf Scholz said no such guarantee could be given.`,
    published,
    expect: [{ party: 'germany', demand: NX, stance: 'rejects', quote: 'no such guarantee could be given' }],
  },
  {
    name: 'the demand asked about in the same sentence ("Asked about …, X said no such pledge could be given")',
    text: 'Asked about the Russian demand that the alliance rule out taking in Ukraine, Chancellor Olaf Scholz said no such pledge could be given.',
    published,
    expect: [
      { party: 'germany', demand: NX, stance: 'rejects', quote: 'no such pledge could be given' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'Russian demand' },
    ],
  },
  {
    name: 'trap: "no such guarantee" as the object of an active verb of another kind ("had no such guarantee")',
    text: `${ASKED_NX}Chancellor Olaf Scholz said Kyiv had no such guarantee to offer.`,
    published,
    expect: [],
    none: [['germany', NX]],
  },
  {
    name: 'trap: a past chance ("could have been given") states no answer now',
    text: `${ASKED_NX}Chancellor Olaf Scholz said such a guarantee could have been given in 1990.`,
    published,
    expect: [],
    none: [['germany', NX]],
  },
  {
    name: 'trap: told in the past ("no such pledge was given in 1990") is history, not an answer',
    text: `${ASKED_NX}Chancellor Olaf Scholz said no such pledge was given in 1990.`,
    published,
    expect: [],
    none: [['germany', NX]],
  },
  {
    name: 'trap: a pointer to what is no undertaking ("such ideas will not be offered")',
    text: `${ASKED_NX}Chancellor Olaf Scholz said such ideas will not be offered.`,
    published,
    expect: [],
    none: [['germany', NX]],
  },
  {
    name: 'trap: a participle that is not of giving ("such a guarantee was made up")',
    text: `${ASKED_NX}Chancellor Olaf Scholz said such a guarantee was made up.`,
    published,
    expect: [],
    none: [['germany', NX]],
  },
  {
    name: 'trap: other words between the pointer and the passive ("such a guarantee in talks with the press could not be given")',
    text: `${ASKED_NX}Chancellor Olaf Scholz said such a guarantee in talks with the press could not be given.`,
    published,
    expect: [],
    none: [['germany', NX]],
  },
];

describe('a pointer to an undertaking as the subject of a passive of giving', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

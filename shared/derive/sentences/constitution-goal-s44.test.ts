/**
 * A party saying a goal "is still written into the constitution" or "remains enshrined in the
 * constitution" holds that goal now, as "remains a priority" does: Kyiv's foreign ministry on joining
 * NATO rejects the demand that it never join. Only "still"/"remains": the standing text, not its history
 * or a plan for it. Traps: a hypothetical ("could be written into the constitution"), the narrator's
 * background with no speaker ("has been enshrined in its constitution since 2019"), another goal in the
 * constitution (free speech), and another party reporting it of Kyiv ("… in Ukraine's constitution",
 * said by Moscow). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-02-14';

const cases: ReadingCase[] = [
  {
    name: '"the goal of joining NATO is still written into the constitution", said by Kyiv',
    text: "Kyiv's foreign ministry said the goal of joining NATO is still written into the constitution.",
    published,
    expect: [
      {
        party: 'ukraine',
        demand: 'non-expansion',
        stance: 'rejects',
        quote: 'still written into the constitution',
      },
    ],
  },
  {
    name: '"remains enshrined in the constitution", said by a spokesman of the president',
    text: 'A spokesman for Zelensky said membership of the alliance remains enshrined in the constitution.',
    published,
    expect: [
      {
        party: 'ukraine',
        demand: 'non-expansion',
        stance: 'rejects',
        quote: 'remains enshrined in the constitution',
      },
    ],
  },
  {
    name: 'trap: a hypothetical ("could be written into the constitution")',
    text: 'Zelensky said the goal of joining NATO could be written into the constitution.',
    published,
    expect: [],
    none: [['ukraine', 'non-expansion']],
  },
  {
    name: "trap: the narrator's background, no speaker",
    text: "Ukraine's goal of joining NATO has been enshrined in its constitution since 2019.",
    published,
    expect: [],
    none: [['ukraine', 'non-expansion']],
  },
  {
    name: 'trap: another right enshrined in the constitution',
    text: 'Zelensky said the right to free speech remains enshrined in the constitution.',
    published,
    expect: [],
    none: [['ukraine', 'non-expansion']],
  },
  {
    name: "trap: Moscow saying it of Kyiv's constitution",
    text: "Russia's foreign ministry said the prospect of joining NATO remains enshrined in Ukraine's constitution.",
    published,
    expect: [],
    none: [
      ['ukraine', 'non-expansion'],
      ['russia', 'non-expansion'],
    ],
  },
];

describe('a goal "still written into the constitution"', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

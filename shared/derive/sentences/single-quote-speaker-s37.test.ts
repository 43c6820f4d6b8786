/**
 * A quotation in single marks opening the sentence, as British-style outlets write it ("'Moscow has
 * told us what it wants,' Kallas said."): the one named after the closing mark speaks, as with double
 * marks, not a party with a speech verb inside the quotation ("Moscow has told us"); a "she went on"
 * or "he added" after it continues that speaker. Traps: a single-quoted word inside a sentence
 * ("Russia's demands were 'unacceptable,' Kallas said, after Lavrov told …"), a possessive apostrophe
 * ("The Baltic states' leaders …"), and a quoted phrase that closes with no comma ("'Spheres of
 * influence' are back, …") leave the speaker logic as it was. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-20';
const NE = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"\'Moscow has told us what it wants,\' Kallas said": she, not Moscow, speaks on in the next sentence',
    text: "'Moscow has told us what it wants,' Kallas said. Russia would get no say in NATO's decisions, she went on.",
    published,
    expect: [{ party: 'baltic-states', demand: NE, stance: 'rejects', quote: 'no say' }],
  },
  {
    name: 'curly single marks: "‘Russia has told us its wishes,’ Stoltenberg said"',
    text: '‘Russia has told us its wishes,’ Stoltenberg said. The alliance would not close its door to new members, he added.',
    published,
    expect: [{ party: 'nato', demand: NE, stance: 'rejects', quote: 'would not close its door' }],
    none: [['russia', NE]],
  },
  {
    name: '"\'Washington has told us …,\' Landsbergis said": "he added" is Landsbergis, not Washington',
    text: "'Washington has told us about the talks,' Landsbergis said. Moscow should have no veto over who may join NATO, he added.",
    published,
    expect: [{ party: 'baltic-states', demand: NE, stance: 'rejects', quote: 'no veto over' }],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: a single-quoted word inside the sentence leaves Lavrov the speaker of his clause',
    text: "Russia's demands were 'unacceptable,' Kallas said, after Lavrov told reporters NATO must stop expanding.",
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'must stop expanding' }],
    none: [['baltic-states', NE]],
  },
  {
    name: 'trap: a possessive apostrophe is no quotation mark',
    text: "The Baltic states' leaders met on Monday. Lavrov told reporters that NATO must stop expanding.",
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'must stop expanding' }],
    none: [['baltic-states', NE]],
  },
  {
    name: 'trap: a quoted phrase closing with no comma opens no quotation of the speaker after it',
    text: "'Spheres of influence' are back, Kallas said, as Lavrov told reporters that NATO must stop expanding.",
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'must stop expanding' }],
    none: [['baltic-states', NE]],
  },
];

describe('a quotation in single marks opening the sentence is spoken by the one named after it', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

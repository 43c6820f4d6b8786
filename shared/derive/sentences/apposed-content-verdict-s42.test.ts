/**
 * A verdict on a package of demands whose items are set off in commas between the package and the
 * verdict: "Russia's demands, including a promise that …, were turned down by Washington", "Kallas said
 * the Kremlin's demands, which include a halt to …, were unacceptable", "rejected the Russian proposals,
 * which include a ban on …", "rejected what Moscow is demanding, including …". The items named in the
 * aside (opened by an example's lead or by "which" with a verb of content) are what the verdict refuses.
 * In dashes too ("core demands — including … — have long been dismissed").
 * Traps: no verdict after the aside ("were discussed", "were handed to"), a negated one ("were not rejected outright"), a
 * verb after the aside that is not the package's own predicate, an object of a verb that judges nothing
 * ("studied the Russian proposals, which include …"), a noun that is no package ("the talks,
 * including …"), and a free relative that is a question ("asked what Moscow is demanding, including
 * whether …"). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const NE = 'non-expansion';
const RB = 'rollback-1997';
const rejects = (party: string, demand: string, quote: string) => ({
  party,
  demand,
  stance: 'rejects' as const,
  quote,
});

const cases: ReadingCase[] = [
  {
    name: 'subject with "including" and a passive agent: "Russia\'s demands, including …, were turned down by Washington"',
    text: "Russia's demands, including a promise that Ukraine will never be admitted to NATO, were turned down by Washington.",
    published,
    expect: [rejects('united-states', NE, 'turned down')],
  },
  {
    name: 'subject after a verb of saying with "which include": "Kallas said the Kremlin\'s demands, which include …, were unacceptable"',
    text: "Kallas said the Kremlin's demands, which include a halt to NATO enlargement, were unacceptable.",
    published,
    expect: [rejects('baltic-states', NE, 'unacceptable')],
  },
  {
    name: 'subject after "that" with "which would": "the Russian proposals, which would pull …, are non-starters"',
    text: 'Stoltenberg said that the Russian proposals, which would pull allied troops out of the Baltic states, are non-starters.',
    published,
    expect: [rejects('nato', RB, 'non-starters')],
  },
  {
    name: 'the package as object of a refusal: "rejected the Russian proposals, which include a ban on …"',
    text: 'Washington rejected the Russian proposals, which include a ban on further NATO enlargement.',
    published,
    expect: [rejects('united-states', NE, 'rejected')],
  },
  {
    name: 'a free relative as the package: "rejected what Moscow is demanding, including a pledge to …"',
    text: 'Blinken rejected what Moscow is demanding, including a pledge to halt NATO enlargement.',
    published,
    expect: [rejects('united-states', NE, 'rejected')],
  },
  {
    name: '"such as" after the package, verdict with agent and "as": "were dismissed by NATO as non-starters"',
    text: 'The Russian demands, such as a withdrawal of allied troops from the Baltic states, were dismissed by NATO as non-starters.',
    published,
    expect: [rejects('nato', RB, 'dismissed')],
  },
  {
    name: 'an aside in dashes: "The Kremlin\'s core demands — including a pledge … — have long been dismissed by NATO officials"',
    text: "The Kremlin's core demands — including a pledge that Ukraine will never join NATO — have long been dismissed by NATO officials.",
    published,
    expect: [rejects('nato', NE, 'dismissed')],
  },
  {
    name: 'an adverb before the relative\'s verb: "the Russian demands, which effectively require …, are unacceptable"',
    text: 'Stoltenberg said the Russian demands, which effectively require allied troops to leave the Baltic states, are unacceptable.',
    published,
    expect: [rejects('nato', RB, 'unacceptable')],
  },
  {
    name: 'trap: an aside in dashes with no verdict after it ("were handed to NATO officials")',
    text: "The Kremlin's core demands — including a pledge that Ukraine will never join NATO — were handed to NATO officials on Friday.",
    published,
    expect: [],
    none: [['nato', NE]],
  },
  {
    name: 'trap: no verdict after the aside ("were discussed for hours")',
    text: "Russia's demands, including a promise that Ukraine will never be admitted to NATO, were discussed for hours in Geneva.",
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: a negated verdict ("were not rejected outright by Washington")',
    text: "Russia's demands, including a halt to NATO enlargement, were not rejected outright by Washington.",
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: "trap: a refusal after the aside that is not the package's own predicate",
    text: "Russia's demands, including a halt to NATO enlargement, arrived in Washington, where officials ruled out new sanctions.",
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: the package as object of a verb that judges nothing ("studied the Russian proposals, which include …")',
    text: 'Washington studied the Russian proposals, which include a ban on further NATO enlargement.',
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: a noun that is no package of demands ("The talks, including a session on …, were called useful")',
    text: 'The talks, including a session on a halt to NATO enlargement, were called useful by Washington.',
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: a free relative that is a question ("asked what Moscow is demanding, including whether …")',
    text: 'Blinken asked what Moscow is demanding, including whether a halt to NATO enlargement is still its aim.',
    published,
    expect: [],
    none: [['united-states', NE]],
  },
];

describe('a verdict on a package of demands reaches the items set off in commas after it', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

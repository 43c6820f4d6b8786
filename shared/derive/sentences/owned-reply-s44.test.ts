/**
 * A party's reply owned through "'s" as the subject of a verdict: "Washington's reply rejected Russia's
 * main demand", "NATO's reply ignored its main demand". The "'s" before a noun in -ly ("reply") was read
 * as "is" + adverb, an agentless passive ("'s firmly rejected"), and the reply's verdict was lost, though
 * "Washington's response rejected …" and "NATO's written reply ignored …" were read. Traps: a real
 * agentless passive ("The proposal was firmly rejected"), the reply itself rejected ("Washington's reply
 * was rejected by Moscow", "was firmly rejected"), and an "ally" owned by a party that rejects something
 * else. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const before = 'Russia wants a guarantee that NATO will not expand. ';

const cases: ReadingCase[] = [
  {
    name: "\"Washington's reply rejected Russia's main demand\" is Washington's refusal",
    text: `${before}Lavrov said Washington's reply rejected Russia's main demand.`,
    published,
    expect: [{ party: 'united-states', demand: 'non-expansion', stance: 'rejects', quote: 'reply rejected' }],
  },
  {
    name: '"NATO\'s reply ignored its main demand" is the alliance\'s refusal',
    text: `${before}Lavrov said NATO's reply ignored its main demand.`,
    published,
    expect: [{ party: 'nato', demand: 'non-expansion', stance: 'rejects', quote: 'reply ignored' }],
  },
  {
    name: 'the reply opening the sentence, the speaker after it',
    text: `${before}Washington's reply rejected the demand, Lavrov said.`,
    published,
    expect: [{ party: 'united-states', demand: 'non-expansion', stance: 'rejects', quote: 'reply rejected' }],
  },
  {
    name: 'trap: an agentless passive past an adverb stays unread',
    text: `${before}The proposal was firmly rejected, Lavrov said.`,
    published,
    expect: [],
    none: [['united-states', 'non-expansion']],
  },
  {
    name: 'trap: the reply itself rejected by the proposer',
    text: `${before}Washington's reply was rejected by Moscow.`,
    published,
    expect: [],
    none: [['united-states', 'non-expansion']],
  },
  {
    name: 'trap: the reply itself rejected, no agent',
    text: `${before}Lavrov said Washington's reply was firmly rejected.`,
    published,
    expect: [],
    none: [['united-states', 'non-expansion']],
  },
  {
    name: "trap: a party's ally rejecting something else",
    text: `${before}Lavrov said Washington's ally rejected the idea of new sanctions.`,
    published,
    expect: [],
    none: [['united-states', 'non-expansion']],
  },
];

describe("a party's reply owned through 's is the subject of its verdict", () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

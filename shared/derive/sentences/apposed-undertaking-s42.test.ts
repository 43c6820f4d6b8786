/**
 * A noun of undertaking set after a comma beside a demand noun, with its own "that" clause ("rejected
 * Moscow's core demand, a guarantee that Ukraine would never join NATO"): the apposition restates the
 * demand noun and says what it asks, so whatever governs the demand noun governs the clause, as after a
 * colon, a dash or "including". The undertaking noun is no cue of its own. Traps: the undertaking after
 * a noun that asks nothing ("the summit idea, a promise that …"), after "and" opening a clause of its
 * own, and a demand restated by its proposer in a clause after another party's verb ("Washington
 * welcomed the talks, while Russia restated its key demand, a pledge that …"). Sentences written for
 * these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const NE = 'non-expansion';
const RB = 'rollback-1997';

const cases: ReadingCase[] = [
  {
    name: '"rejected Russia\'s core demand, a guarantee that Ukraine would never join NATO": the US rejects',
    text: "Washington rejected Russia's core demand, a guarantee that Ukraine would never join NATO.",
    published,
    expect: [{ party: 'united-states', demand: NE, stance: 'rejects', quote: 'rejected' }],
  },
  {
    name: '"dismissed …, a promise that NATO would stop expanding": the apposed noun, itself a cue word, is none',
    text: "Washington dismissed Russia's core demand, a promise that NATO would stop expanding.",
    published,
    expect: [{ party: 'united-states', demand: NE, stance: 'rejects', quote: 'dismissed' }],
  },
  {
    name: 'modifiers before the noun: "a legally binding promise that the alliance would admit no new members"',
    text: "Stoltenberg said the allies would not accept Russia's main condition, a legally binding promise that the alliance would admit no new members.",
    published,
    expect: [{ party: 'nato', demand: NE, stance: 'rejects', quote: 'not accept' }],
  },
  {
    name: 'another demand: "turned down Moscow\'s main demand, a commitment that NATO would pull its forces out of Eastern Europe"',
    text: "Washington turned down Moscow's main demand, a commitment that NATO would pull its forces out of Eastern Europe.",
    published,
    expect: [{ party: 'united-states', demand: RB, stance: 'rejects', quote: 'turned down' }],
  },
  {
    name: 'a backing verb: "Beijing backed Moscow\'s core demand, a guarantee that …" — China supports',
    text: "Beijing backed Moscow's core demand, a guarantee that NATO would not expand eastward.",
    published,
    expect: [{ party: 'china', demand: NE, stance: 'supports', quote: 'backed' }],
  },
  {
    name: 'the proposer restating it: Russia supports, no stance for the parties it is put to',
    text: 'Russia repeated its core demand, a guarantee that Ukraine would never join NATO.',
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'repeated its core demand' }],
    none: [
      ['united-states', NE],
      ['nato', NE],
    ],
  },
  {
    name: 'trap: the undertaking after a noun that asks nothing ("the summit idea, a promise that …")',
    text: "Washington rejected the summit idea, a promise that NATO would stop expanding having been Moscow's price.",
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: "…, and a promise that … was never offered by Moscow" — a clause of its own after "and"',
    text: 'Washington rejected the talks proposal, and a promise that NATO would stop expanding was never offered by Moscow.',
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: "Washington welcomed the talks, while Russia restated its key demand, a pledge that …"',
    text: 'Washington welcomed the talks, while Russia restated its key demand, a pledge that NATO would not take in Ukraine.',
    published,
    expect: [],
    none: [['united-states', NE]],
  },
];

describe('an undertaking apposed to a demand noun carries its "that" clause as the demand', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

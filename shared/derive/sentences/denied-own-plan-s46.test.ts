/**
 * A plan denied by the party the demand is put to: "Washington has said it has no plan to cut the number
 * of its soldiers in Eastern Europe as a way of calming tensions with Moscow", "NATO has no immediate plans
 * to pull its battalions out of the Baltic states", "Washington is not planning to pull its forces out of
 * the Baltic states". Such a denial answers a report of that party's own intentions; before, the
 * document-level stated-demand rule still credited Russia (named as the other side) with the rollback, a
 * weak reported support. It no longer does (denied-own-plan.ts); the denying party's own refusal is read as
 * before.
 * Kept: the refusal of the party denying the plan, the proposer's own demand stated in the same sentence,
 * and the stated demand of a draft followed by another party's denied plan to discuss it.
 * Traps: "no plan to cut", "not planning to pull … out of", "no immediate plans to pull … out of", "does not
 * intend to withdraw". Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-10';
const RB = 'rollback-1997';

const cases: ReadingCase[] = [
  {
    name: 'the party denying the plan still refuses the pull-back; Moscow, named as the other side, is not credited',
    text: 'Washington has said it has no plan to cut the number of its soldiers in Eastern Europe as a way of calming tensions with Moscow.',
    published,
    expect: [{ party: 'united-states', demand: RB, stance: 'rejects', quote: 'no plan to cut the number' }],
    none: [['russia', RB]],
  },
  {
    name: "a draft stating the demand is still its proposer's, though the next sentence denies a plan",
    text: 'The drafts published in Moscow would cut the number of NATO soldiers in Eastern Europe. Washington has no plan to discuss them.',
    published,
    expect: [
      {
        party: 'russia',
        demand: RB,
        stance: 'supports',
        quote: 'would cut the number of NATO soldiers',
        kind: 'stated-demand',
      },
    ],
  },
  {
    name: 'the proposer stating its demand beside a plan it denies of its own',
    text: 'Moscow has no plans to invade Ukraine, the Kremlin said, and the alliance must cut the number of its soldiers in Eastern Europe.',
    published,
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'the alliance must cut the number' }],
  },
  {
    name: 'trap: "is not planning to pull its forces out of the Baltic states"',
    text: "Washington is not planning to pull its forces out of the Baltic states, the official said, days before meeting Moscow's envoy.",
    published,
    expect: [{ party: 'united-states', demand: RB, stance: 'rejects', quote: 'not planning to pull' }],
    none: [['russia', RB]],
  },
  {
    name: 'trap: "has no immediate plans to pull its battalions out of"',
    text: "NATO has no immediate plans to pull its battalions out of the Baltic states, Stoltenberg said before meeting Moscow's envoy.",
    published,
    expect: [{ party: 'nato', demand: RB, stance: 'rejects', quote: 'no immediate plans to pull' }],
    none: [['russia', RB]],
  },
  {
    name: 'trap: "does not intend to withdraw its troops"',
    text: 'The alliance does not intend to withdraw its troops from Eastern Europe, the official said ahead of talks with Moscow.',
    published,
    expect: [],
    none: [['russia', RB]],
  },
];

describe("a plan denied by the party the demand is put to is no statement of the proposer's demand", () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

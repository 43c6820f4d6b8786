/**
 * Talks named as the forum someone has (or lacks) a part in are no offer of talks: "Russia has no say in the
 * discussion on Ukraine's NATO membership" read Russia open to its own demand (for its proposer, support)
 * through "discussion on"; "Zelensky wants a seat at the talks on enlargement" likewise.
 * Traps: talks offered or welcomed are still an offer ("ready for a discussion on missile deployments");
 * a say over the decision itself still reads as the open door where the alliance is named.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-12';
const NX = 'non-expansion';
const MI = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: '"Russia has no say in the discussion on Ukraine\'s NATO membership": Russia is not open',
    text: "Kuleba said Russia has no say in the discussion on Ukraine's future NATO membership.",
    published,
    expect: [{ party: 'ukraine', demand: NX, stance: 'rejects', quote: 'no say' }],
    // (Russia is the one denied a say over its own demand: neither openness nor, since session 50, a
    // reported support — denied-power-holder.ts.)
    none: [['russia', NX]],
  },
  {
    name: '"wants a seat at the talks on NATO enlargement" gives Ukraine no openness',
    text: 'Zelensky wants a seat at the talks on NATO enlargement.',
    published,
    expect: [],
    none: [['ukraine', NX]],
  },
  {
    name: '"demanded a role in the negotiations on missile deployments" is no US offer of talks',
    text: 'Warsaw demanded a role in the negotiations on missile deployments between Washington and Moscow.',
    published,
    expect: [],
    none: [
      ['united-states', MI],
      ['russia', MI],
    ],
  },
  {
    name: 'trap: "ready for a discussion on missile deployments" is still an offer',
    text: 'The US is ready for a discussion on missile deployments.',
    published,
    expect: [
      { party: 'united-states', demand: MI, stance: 'open', quote: 'discussion on missile deployments' },
    ],
  },
  {
    name: 'trap: "proposed a discussion on missile deployments" is still an offer',
    text: 'Washington proposed a discussion on missile deployments in Europe.',
    published,
    expect: [
      { party: 'united-states', demand: MI, stance: 'open', quote: 'discussion on missile deployments' },
    ],
  },
  {
    name: 'trap: "Moscow has no voice on who joins the alliance" still reads the open door',
    text: 'The NATO chief said Moscow has no voice on who joins the alliance.',
    published,
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'no voice on' }],
  },
];

describe('talks as a forum someone has a part in are no offer of talks (session 47)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

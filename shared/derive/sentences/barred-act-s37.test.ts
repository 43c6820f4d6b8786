/**
 * A party kept from an act ("the draft would bar Washington from stationing missiles", "would prevent
 * the United States from sending more troops") does not do it: the act after "bar/prevent/ban X from"
 * is no refusal of the demand by X. The one who would bar it states the demand ("bar" is a restriction
 * of the missile demand, as "ban" and "prohibit" are). Traps: a denied bar ("will not be stopped from
 * sending more troops") is still the party's own act, and so is a plain act with no bar. Sentences
 * written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-02-17';
const MD = 'missile-deployment';
const RB = 'rollback-1997';

const cases: ReadingCase[] = [
  {
    name: '"the Russian draft would bar Washington from stationing missiles": Russia supports, the US holds nothing',
    text: 'The Russian draft would bar Washington from stationing intermediate-range missiles in Europe.',
    published,
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'bar Washington' }],
    none: [['united-states', MD]],
  },
  {
    name: '"would bar the United States and Russia from placing missiles": a list barred, no US refusal',
    text: "Moscow's proposals would bar the United States and Russia from placing intermediate-range missiles within striking distance of each other.",
    published,
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'would bar' }],
    none: [['united-states', MD]],
  },
  {
    name: '"bar both Washington and Moscow from stationing": the list\'s first name is barred too',
    text: 'The Russian draft would bar both Washington and Moscow from stationing intermediate-range missiles in Europe.',
    published,
    expect: [],
    none: [['united-states', MD]],
  },
  {
    name: '"would prevent the United States from sending more troops": Russia supports the pullback, the US holds nothing',
    text: "Russia's draft would prevent the United States from sending more troops to Poland and the Baltic states.",
    published,
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'prevent the United States' }],
    none: [['united-states', RB]],
  },
  {
    name: '"the treaty Russia proposed would forbid deploying missiles": "forbid" restricts the demand\'s subject',
    text: 'The treaty Russia proposed would forbid deploying intermediate-range missiles in Europe.',
    published,
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'forbid' }],
  },
  {
    name: 'trap: "will not be stopped from sending more troops" is NATO\'s own act against the pullback',
    text: 'NATO will not be stopped from sending more troops to Poland, Stoltenberg said.',
    published: '2022-01-27',
    expect: [{ party: 'nato', demand: RB, stance: 'rejects', quote: 'sending more troops' }],
  },
  {
    name: 'trap: a plain act with no bar ("will send more troops to Poland") is still a refusal',
    text: 'The United States will send more troops to Poland, the Pentagon said.',
    published: '2022-01-27',
    expect: [{ party: 'united-states', demand: RB, stance: 'rejects', quote: 'send more troops' }],
  },
  {
    name: 'trap: "wants to ban NATO from deploying missiles" is Moscow\'s demand, not a NATO act',
    text: 'Moscow wants to ban NATO from deploying intermediate-range missiles in Europe.',
    published: '2022-01-27',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'wants' }],
    none: [['nato', MD]],
  },
];

describe('a party barred from an act does not do it', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

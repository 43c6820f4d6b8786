/**
 * A side a removal demand is not put to formally challenging the measure ("filed a complaint at the WTO
 * against the tariffs", "challenged the tariffs") backs its removal. The side it is put to imposing or
 * raising the measure ("Washington slapped higher tariffs on Chinese imports") is an action, not a stated
 * position: it reads nothing (a reader that took it as refusal gained four cells on a development set and
 * four cells on held-out sets whose gold did not record them, so it was dropped).
 * Sentences written for these tests, read with the US–China trade and Iran ontologies of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const trade = evalOntology('us-china-trade-2019.json');
const iran = evalOntology('iran-nuclear-2021.json');
const published = '2019-08-01';
const TR = 'tariff-removal';

const tradeCases: ReadingCase[] = [
  {
    name: 'an action, not a stated position: "slapped higher tariffs on …" reads nothing',
    text: 'Washington slapped higher tariffs on Chinese imports on Friday.',
    published,
    expect: [],
    none: [['united-states', TR]],
  },
  {
    name: 'an action, not a stated position: "threatened an extra 10 percent tariff" reads nothing',
    text: 'A day after the talks ended, the White House threatened an extra 10 percent tariff on Chinese goods.',
    published,
    expect: [],
    none: [['united-states', TR]],
  },
  {
    name: 'an action, not a stated position: "imposed new tariffs" reads nothing',
    text: 'The United States imposed new tariffs on Chinese goods this week.',
    published,
    expect: [],
    none: [['united-states', TR]],
  },
  {
    name: 'an action, not a stated position: ", raising tariffs on …" reads nothing',
    text: 'The American administration turned to pressure, raising tariffs on Chinese goods again and again.',
    published,
    expect: [],
    none: [['united-states', TR]],
  },
  {
    name: 'trap: the proposer raising tariffs of its own is retaliation, no stance on the removal',
    text: 'Beijing raised tariffs on American soybeans on Monday.',
    published,
    expect: [],
    none: [['china', TR]],
  },
  {
    name: 'trap: a step only possible ("could raise") states nothing',
    text: 'The United States could raise tariffs on Chinese goods, an analyst said.',
    published,
    expect: [],
    none: [['united-states', TR]],
  },
  {
    name: 'trap: a step denied ("did not impose") is no imposing',
    text: 'The United States did not impose new tariffs on Chinese goods this month.',
    published,
    expect: [],
    none: [['united-states', TR]],
  },
  {
    name: 'trap: a step dated to a year tells history, not the position now',
    text: 'In 2018 Washington imposed tariffs on Chinese goods.',
    published,
    expect: [],
    none: [['united-states', TR]],
  },
  {
    name: 'trap: a step refused ("refused to impose") is no imposing by the refuser',
    text: 'The United States refused to impose new tariffs on Chinese goods.',
    published,
    expect: [],
    none: [['united-states', TR]],
  },
];

const challengeCases: ReadingCase[] = [
  {
    name: '"filed a complaint … against the tariffs": a formal challenge backs their removal',
    text: "China's commerce ministry filed a complaint at the World Trade Organization against the tariffs on Chinese goods.",
    published,
    expect: [{ party: 'china', demand: TR, stance: 'supports', quote: 'complaint' }],
  },
  {
    name: '"challenged the US tariffs": the contesting verb right before the measure',
    text: 'China challenged the US tariffs at the WTO on Monday.',
    published,
    expect: [{ party: 'china', demand: TR, stance: 'supports', quote: 'challenged' }],
  },
  {
    name: 'trap: a challenge denied is none',
    text: 'China did not challenge the US tariffs at the WTO.',
    published,
    expect: [],
    none: [['china', TR]],
  },
  {
    name: 'trap: "the case against the tariffs" with no one bringing it states no one’s challenge',
    text: 'The case against the tariffs on Chinese goods is weak, a trade lawyer said.',
    published,
    expect: [],
    none: [
      ['china', TR],
      ['united-states', TR],
    ],
  },
  {
    name: 'trap: the addressee contesting the measure is no challenge of its own measure read as support',
    text: "Washington filed a complaint against China's tariffs on American soybeans.",
    published,
    expect: [],
    none: [['united-states', TR]],
  },
];

describe('measures challenged, and measures imposed (no stance)', () => {
  for (const c of tradeCases) it(c.name, () => checkReading(c, trade));
  for (const c of challengeCases) it(c.name, () => checkReading(c, trade));
  it('"imposed fresh sanctions on …": the same with sanctions, no stance', () =>
    checkReading(
      {
        name: 'imposed fresh sanctions',
        text: 'The United States imposed fresh sanctions on Iranian oil exports on Thursday.',
        published: '2022-01-20',
        expect: [],
        none: [['united-states', 'sanctions-lifting']],
      },
      iran,
    ));
});

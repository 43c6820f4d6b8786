/**
 * Refusing that a measure be imposed or raised, where the demand that takes the measure away counts not
 * imposing it as part of itself (tariff removal in the US–China talks, sanctions relief in the US–North
 * Korea talks: their frames list "not impose"): "China firmly opposes imposing further tariffs",
 * "Beijing objects to the latest U.S. increase in tariffs", "Russia opposes imposing further sanctions on
 * North Korea", and "China opposes additional tariffs", which the rule that declining an increase asks
 * for no pull-back ("refused to host additional troops") had kept from being read. (The noun form,
 * "increase in tariffs", and the sanctions case were already read by other rules; they stay here as
 * guards of the same construction.)
 * Traps: the party the demand is put to opposing more tariffs for now, a denied objection, an objection
 * that is only possible, the side imposing announcing a raise, and declining more troops under the
 * shipped ontology (whose pull-back demand does not count not sending more).
 * Uses the us-china and us-dprk ontologies of eval/ontologies and the shipped one. Sentences written for
 * these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const trade = evalOntology('us-china-trade-2019.json');
const dprk = evalOntology('us-dprk-2018.json');
const published = '2019-08-05';
const TR = 'tariff-removal';
const SR = 'sanctions-relief';

const tradeCases: ReadingCase[] = [
  {
    name: '"opposes imposing further tariffs": refusing the act of imposing',
    text: 'China firmly opposes imposing further tariffs on Chinese goods, the commerce ministry said.',
    published,
    expect: [{ party: 'china', demand: TR, stance: 'supports', quote: 'opposes imposing further tariffs' }],
  },
  {
    name: '"objects to the latest U.S. increase in tariffs": a noun of raising owned by the other side',
    text: 'Beijing objects to the latest U.S. increase in tariffs on Chinese goods.',
    published,
    expect: [
      {
        party: 'china',
        demand: TR,
        stance: 'supports',
        quote: 'objects to the latest U.S. increase in tariffs',
      },
    ],
  },
  {
    name: '"opposes additional tariffs": no longer held back as declining an increase',
    text: 'China opposes additional tariffs on Chinese goods.',
    published,
    expect: [{ party: 'china', demand: TR, stance: 'supports', quote: 'opposes additional tariffs' }],
  },
  {
    name: 'trap: the party the demand is put to opposing more tariffs for now',
    text: 'Washington opposes imposing further tariffs on Chinese goods for now.',
    published,
    expect: [],
    none: [['united-states', TR]],
  },
  {
    name: 'trap: a denied objection ("did not oppose raising …")',
    text: 'China did not oppose raising tariffs on Chinese goods.',
    published,
    expect: [],
    none: [['china', TR]],
  },
  {
    name: 'trap: an objection only possible ("might oppose imposing …")',
    text: 'China might oppose imposing further tariffs on Chinese goods.',
    published,
    expect: [],
    none: [['china', TR]],
  },
  {
    name: 'trap: the imposing side announcing a raise',
    text: 'Trump said he would raise tariffs on Chinese goods.',
    published,
    expect: [],
    none: [['united-states', TR]],
  },
];

const dprkCases: ReadingCase[] = [
  {
    name: '"opposes imposing further sanctions on North Korea"',
    text: 'Russia opposes imposing further sanctions on North Korea, its envoy said.',
    published,
    expect: [
      { party: 'russia', demand: SR, stance: 'supports', quote: 'opposes imposing further sanctions' },
    ],
  },
];

const shippedCases: ReadingCase[] = [
  {
    name: 'trap: declining more troops asks for no pull-back (shipped ontology)',
    text: 'Hungary refused to host additional NATO troops on its soil.',
    published: '2022-01-20',
    expect: [],
    none: [['hungary', 'rollback-1997']],
  },
];

describe('refusing that a measure be imposed (s47)', () => {
  for (const c of tradeCases) it(c.name, () => checkReading(c, trade));
  for (const c of dprkCases) it(c.name, () => checkReading(c, dprk));
  for (const c of shippedCases) it(c.name, () => checkReading(c));
});

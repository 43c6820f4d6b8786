/**
 * A side the demand is put to, adding by its own hand to the measure the demand would lift ("Trump
 * raised tariffs on Chinese goods", "the White House threatened an extra 10 percent tariff on Chinese
 * imports", "turned to bullying, raising tariffs on …"): the acting side rejects the demand
 * (imposed-measure.ts). Traps: the deed dated weeks before the article or to a past year ("On 10 May
 * Washington raised the duty …" in late June), told in a clause of background ("Soon after Trump
 * imposed …"), put as a condition ("if Washington raised tariffs"), denied ("did not raise"), asked
 * ("Will Trump raise …?"), a participle after its noun ("the tariffs imposed by Washington"), and a
 * charge laid by the other side ("accused Washington of raising …"). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const usChina = evalOntology('us-china-trade-2019.json');
const TR = 'tariff-removal';
const rejects = (quote: string) => ({
  party: 'united-states',
  demand: TR,
  stance: 'rejects' as const,
  quote,
});
const untouched: Array<[string, string]> = [['united-states', TR]];

const cases: ReadingCase[] = [
  {
    name: '"Trump raised tariffs on Chinese goods" this week: the US rejects their removal',
    text: 'Trump raised tariffs on Chinese goods to 25 percent on Friday.',
    published: '2019-08-06',
    expect: [rejects('raised')],
  },
  {
    name: 'a threat of "an extra 10 percent tariff" past a determiner and a size',
    text: 'The White House threatened an extra 10 percent tariff on Chinese imports, starting next month.',
    published: '2019-08-06',
    expect: [rejects('threatened')],
  },
  {
    name: 'a participle after a comma shares the nearest subject before: "turned to bullying, raising tariffs"',
    text: "Beijing's state media said the US administration had turned to bullying, raising tariffs on Chinese products again and again.",
    published: '2019-08-06',
    expect: [rejects('raising')],
  },
  {
    name: '"announced a 15% levy on … goods from China"',
    text: 'Washington announced a 15% levy on another $100 billion of goods from China.',
    published: '2019-08-06',
    expect: [rejects('announced')],
  },
  {
    name: 'dated a few days before the article is still news: "On 1 August Trump imposed new duties"',
    text: 'On 1 August Trump imposed new duties on Chinese imports worth $300 billion.',
    published: '2019-08-06',
    expect: [rejects('imposed')],
  },
  {
    name: 'trap: dated seven weeks before the article ("On 10 May … raised the duty" in late June) is history',
    text: 'On 10 May Washington raised the duty on Chinese goods from 10% to 25%.',
    published: '2019-06-29',
    expect: [],
    none: untouched,
  },
  {
    name: 'trap: a deed dated to a past year',
    text: 'In 2017 Washington imposed tariffs on Chinese goods.',
    published: '2019-06-29',
    expect: [],
    none: untouched,
  },
  {
    name: 'trap: a clause of background ("Soon after Trump imposed tariffs …")',
    text: 'Soon after Trump imposed tariffs on Chinese goods, Beijing published a white paper.',
    published: '2019-06-29',
    expect: [],
    none: untouched,
  },
  {
    name: 'trap: the deed as a condition ("if Washington raised tariffs")',
    text: 'China said it would hit back if Washington raised tariffs on Chinese goods.',
    published: '2019-06-29',
    expect: [],
    none: untouched,
  },
  {
    name: 'trap: a denied deed ("did not raise")',
    text: 'Washington did not raise tariffs on Chinese goods this week.',
    published: '2019-06-29',
    expect: [],
    none: untouched,
  },
  {
    name: 'trap: a question ("Will Trump raise tariffs …?")',
    text: 'Will Trump raise tariffs on Chinese goods again?',
    published: '2019-06-29',
    expect: [],
    none: untouched,
  },
  {
    name: 'trap: a participle after its noun ("the tariffs imposed by Washington")',
    text: 'The tariffs imposed by Washington on Chinese goods have hurt American farmers.',
    published: '2019-06-29',
    expect: [],
    none: untouched,
  },
  {
    name: 'trap: the other side\'s charge ("accused Washington of raising tariffs")',
    text: 'Beijing accused Washington of raising tariffs on Chinese goods.',
    published: '2019-06-29',
    expect: [],
    none: untouched,
  },
];

describe('a side adding to the measure the demand would lift rejects the demand', () => {
  for (const c of cases) it(c.name, () => checkReading(c, usChina));
});

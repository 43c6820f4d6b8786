/**
 * "lift" with a rate it brings something up to raises it ("lift tariffs from 10 per cent to 25 per
 * cent", "lifted the duties to 25%"): it takes nothing away, so no removal of the tariffs is read off it.
 * "lift" with no such rate, or with a rate in another clause, is read as before. Sentences written for
 * these tests, read with the US–China trade ontology of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const trade = evalOntology('us-china-trade-2019.json');
const published = '2019-05-11';

const cases: ReadingCase[] = [
  {
    name: 'a planned lift from one rate to a higher one is no removal',
    text: 'The president had planned to lift tariffs on $300 billion of imports from China from 10 per cent to 25 per cent.',
    published,
    expect: [],
    none: [['united-states', 'tariff-removal']],
  },
  {
    name: 'a lift to a percentage sign is no removal either',
    text: 'Washington agreed to lift the duties on Chinese goods to 25%.',
    published,
    expect: [],
    none: [['united-states', 'tariff-removal']],
  },
  {
    name: 'trap: lifting tariffs on a share of exports is still lifting them',
    text: 'Washington agreed to lift tariffs on goods worth 25 percent of Chinese exports.',
    published,
    expect: [{ party: 'united-states', demand: 'tariff-removal', stance: 'supports', quote: 'agreed to' }],
  },
  {
    name: 'trap: a rate in a clause of its own does not turn the lift around',
    text: 'Washington agreed to lift tariffs on Chinese goods, which had risen to 25 percent.',
    published,
    expect: [{ party: 'united-states', demand: 'tariff-removal', stance: 'supports', quote: 'agreed to' }],
  },
  {
    name: 'trap: nor does a rate in a time clause after it',
    text: 'Washington agreed to lift tariffs on Chinese goods after they rose to 25 percent in May.',
    published,
    expect: [{ party: 'united-states', demand: 'tariff-removal', stance: 'supports', quote: 'agreed to' }],
  },
];

describe('"lift" up to a rate raises it', () => {
  for (const c of cases) it(c.name, () => checkReading(c, trade));
});

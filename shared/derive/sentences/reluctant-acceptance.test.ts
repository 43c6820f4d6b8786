/**
 * "hesitant to" or "reluctant to" before accepting, agreeing or committing ("has been hesitant to accept
 * an enforcement mechanism"): holding back, neither accepting nor refusing, read as unclear (no longer as
 * the acceptance its verb would say alone). Reluctance to do something else ("reluctant to send more
 * troops", "hesitant to buy") stays no position, as before. Sentences written for these tests, read with the
 * US–China trade ontology of eval/ and the shipped Russia–West one.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const trade = evalOntology('us-china-trade-2019.json');
const published = '2019-04-11';

const cases: ReadingCase[] = [
  {
    name: 'hesitant to accept a mechanism is no acceptance',
    text: 'Chinese negotiators have been hesitant to accept an enforcement mechanism run by Washington.',
    published,
    expect: [
      { party: 'china', demand: 'enforcement-mechanism', stance: 'unclear', quote: 'hesitant to accept' },
      {
        party: 'united-states',
        demand: 'enforcement-mechanism',
        stance: 'supports',
        quote: 'enforcement mechanism',
      },
    ],
  },
  {
    name: 'reluctant to commit to purchases is no commitment',
    text: 'Beijing is reluctant to commit to large purchases of American farm goods.',
    published,
    expect: [
      { party: 'china', demand: 'purchase-commitments', stance: 'unclear', quote: 'reluctant to commit' },
    ],
  },
  {
    name: 'trap: reluctance to buy, no word of a commitment, is no position',
    text: 'Beijing was hesitant to buy more American soybeans this spring.',
    published,
    expect: [],
    none: [['china', 'purchase-commitments']],
  },
  {
    name: 'trap: a reluctant party urged to accept is the urger’s word, not its own',
    text: 'Washington urged a reluctant Beijing to accept an enforcement mechanism.',
    published,
    expect: [
      {
        party: 'united-states',
        demand: 'enforcement-mechanism',
        stance: 'supports',
        quote: 'urged a reluctant Beijing to accept',
      },
    ],
    none: [['china', 'enforcement-mechanism']],
  },
];

const shipped: ReadingCase[] = [
  {
    name: 'hesitant to accept limits on enlargement (shipped ontology)',
    text: 'Berlin has been hesitant to accept limits on NATO enlargement.',
    expect: [{ party: 'germany', demand: 'non-expansion', stance: 'unclear', quote: 'hesitant to accept' }],
  },
];

describe('hesitant or reluctant to accept', () => {
  for (const c of cases) it(c.name, () => checkReading(c, trade));
  for (const c of shipped) it(c.name, () => checkReading(c));
});

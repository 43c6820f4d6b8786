/**
 * Wording of the US–China trade talks: "deal with" as a verb of handling a grievance ("wants China to deal
 * with the theft of intellectual property", "to deal with the trade deficit") restricts it as "address"
 * does; the noun ("signed a deal with Beijing on technology transfer") does not. "Subsidies in China" and
 * "China's subsidies" name the grievance as "Chinese subsidies" does. Sentences written for these tests,
 * read with the US–China trade ontology of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const trade = evalOntology('us-china-trade-2019.json');
const published = '2019-10-08';
const SR = 'structural-reform';
const PC = 'purchase-commitments';

const cases: ReadingCase[] = [
  {
    name: '"wants China to deal with the theft of …": the verb of handling restricts the grievance',
    text: 'President Trump spoke to farmers in Iowa on Monday. He also wants China to deal with the theft of American companies’ intellectual property.',
    published,
    expect: [{ party: 'united-states', demand: SR, stance: 'supports', quote: 'deal with the theft' }],
  },
  {
    name: '"to deal with the trade deficit": the same verb for the deficit',
    text: 'President Trump spoke to farmers in Iowa on Monday. He wants Beijing to deal with the trade deficit before any summit.',
    published,
    expect: [
      { party: 'united-states', demand: PC, stance: 'supports', quote: 'deal with the trade deficit' },
    ],
  },
  {
    name: '"subsidies in China … a major problem": the grievance named with the country after it',
    text: '“Subsidies in China are still a major problem,” Lighthizer said on Thursday.',
    published,
    expect: [{ party: 'united-states', demand: SR, stance: 'supports', quote: 'major problem' }],
  },
  {
    name: 'trap: "a deal with Beijing on technology transfer" is the noun, a bargain, no restriction',
    text: 'Lighthizer signed a deal with Beijing on technology transfer last week.',
    published,
    expect: [],
    none: [
      ['united-states', SR],
      ['china', SR],
    ],
  },
  {
    name: 'trap: China’s subsidies to its own farmers, with no one objecting, read nothing',
    text: 'China’s subsidies to its farmers rose last year, the ministry said.',
    published,
    expect: [],
    none: [['china', SR]],
  },
];

describe('US–China wording: "deal with" as a verb of handling, subsidies in China', () => {
  for (const c of cases) it(c.name, () => checkReading(c, trade));
});

/**
 * A demand named as the subject of its clause and said to come only on a condition ("talks could come
 * only after the troops leave", "lifting the tariffs depends on Beijing keeping its word"): the speaking
 * party is open to it, never a supporter. Traps: a past coming, a denied coming, no party speaking, a
 * plain forecast with no condition, the demand's proposer. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const af = evalOntology('afghanistan-doha-2020.json');
const trade = evalOntology('us-china-trade-2019.json');
const iran = evalOntology('iran-nuclear-2021.json');

const cases: [ReadingCase, typeof af][] = [
  [
    {
      name: '"could begin only after …": the speaker is open to the talks',
      text: 'A Taliban spokesman said talks with Kabul could begin only after the prisoners were home.',
      published: '2020-05-01',
      expect: [{ party: 'taliban', demand: 'intra-afghan-talks', stance: 'open', quote: 'could begin' }],
    },
    af,
  ],
  [
    {
      name: '"would only come after …" (the "only" before the verb): open',
      text: 'The Taliban said a truce would only come after the foreign soldiers had gone home.',
      published: '2020-05-01',
      expect: [{ party: 'taliban', demand: 'ceasefire', stance: 'open', quote: 'would only come' }],
    },
    af,
  ],
  [
    {
      name: '"comes once …": open',
      text: '"A lasting truce comes once the political map is settled," the Taliban negotiator told reporters.',
      published: '2020-05-01',
      expect: [{ party: 'taliban', demand: 'ceasefire', stance: 'open', quote: 'comes' }],
    },
    af,
  ],
  [
    {
      name: '"depends on …" with the speaker after the sentence: open',
      text: 'Scrapping the tariffs depends on Beijing sticking to the deal, the US trade representative said.',
      published: '2019-06-01',
      expect: [{ party: 'united-states', demand: 'tariff-removal', stance: 'open', quote: 'depends on' }],
    },
    trade,
  ],
  [
    {
      name: '"is possible only if …": open',
      text: 'Washington said the lifting of sanctions was possible only if Tehran returned to full compliance.',
      published: '2021-06-01',
      expect: [
        { party: 'united-states', demand: 'sanctions-lifting', stance: 'open', quote: 'was possible' },
      ],
    },
    iran,
  ],
  [
    {
      name: 'trap: a past coming ("came only after weeks of fighting") is history, not a condition',
      text: 'The Taliban said the truce came only after weeks of fighting.',
      published: '2020-05-01',
      expect: [],
      none: [['taliban', 'ceasefire']],
    },
    af,
  ],
  [
    {
      name: 'trap: a denied coming ("will not come until") reads nothing here',
      text: 'The Taliban said a truce will not come until the troops leave.',
      published: '2020-05-01',
      expect: [],
      none: [['taliban', 'ceasefire']],
    },
    af,
  ],
  [
    {
      name: 'trap: no party speaking (analysts) reads nothing',
      text: 'Analysts said talks with Kabul could begin only after the prisoners were home.',
      published: '2020-05-01',
      expect: [],
      none: [['taliban', 'intra-afghan-talks']],
    },
    af,
  ],
  [
    {
      name: 'trap: a plain forecast with a date and no condition is no openness',
      text: 'The Taliban said talks with Kabul would begin on Tuesday.',
      published: '2020-05-01',
      none: [['taliban', 'intra-afghan-talks']],
      expect: [],
    },
    af,
  ],
  [
    {
      name: 'trap: "depends on" after a noun that is not the demand ("the truce\'s timing depends on")',
      text: 'The Taliban said the timing of the vote depends on the ceasefire.',
      published: '2020-05-01',
      expect: [],
      none: [['taliban', 'ceasefire']],
    },
    af,
  ],
];

describe('a demand said to come only on a condition', () => {
  for (const [c, ont] of cases) it(c.name, () => checkReading(c, ont));
});

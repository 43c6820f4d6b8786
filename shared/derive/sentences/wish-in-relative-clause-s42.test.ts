/**
 * A wish stated in a relative clause on the thing wished for, with no pronoun or with "that"
 * ("the concessions Washington wants on …", "the assurances that Moscow is seeking on …"), is its
 * subject's, wherever the noun stands: inside a question left open ("it is unclear whether Beijing will
 * make the concessions Washington wants on …") or after a doubt ("Analysts doubt China will offer the
 * changes the US has demanded on …"). The question or the doubt is about the other side giving it;
 * that the holder wants it is taken as given. Traps: the wish itself asked ("whether Washington wants
 * …"), a relative clause of winning or sending rather than wanting, and the side asked about giving
 * it, which holds nothing. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const trade = evalOntology('us-china-trade-2019.json');
const SR = 'structural-reform';
const MD = 'missile-deployment';
const published = '2019-09-12';

const tradeCases: ReadingCase[] = [
  {
    name: '"unclear whether Beijing will make the concessions Washington wants on …": the wish is given',
    text: 'It is unclear whether Beijing will make the concessions Washington wants on technology transfer.',
    published,
    expect: [
      { party: 'united-states', demand: SR, stance: 'supports', quote: 'concessions Washington wants' },
    ],
    none: [['china', SR]],
  },
  {
    name: '"that" and a progressive: "the commitments that Washington is seeking on …" after "uncertain whether"',
    text: 'It remains uncertain whether the talks can secure the commitments that Washington is seeking on technology transfer.',
    published,
    expect: [{ party: 'united-states', demand: SR, stance: 'supports', quote: 'Washington is seeking' }],
  },
  {
    name: 'after a doubt: "Analysts doubt China will offer the changes the US has demanded on …"',
    text: 'Analysts doubt that China will offer the changes the US has demanded on technology transfer.',
    published,
    expect: [{ party: 'united-states', demand: SR, stance: 'supports', quote: 'the US has demanded' }],
    none: [['china', SR]],
  },
  {
    name: 'trap: the wish itself asked ("whether Washington wants commitments on …") is no one\'s position',
    text: 'It is not clear whether Washington wants commitments on technology transfer.',
    published,
    expect: [],
    none: [['united-states', SR]],
  },
  {
    name: 'trap: a relative clause of winning, not wanting ("the commitments Washington won on …")',
    text: 'It is unclear whether the commitments Washington won on technology transfer will hold.',
    published,
    expect: [],
    none: [['united-states', SR]],
  },
  {
    name: 'trap: a relative clause of sending, its verb no wish ("the officials Washington sent want …")',
    text: 'It is unclear whether the officials Washington sent want commitments on technology transfer.',
    published,
    expect: [],
    none: [['united-states', SR]],
  },
  {
    name: 'trap: the side asked about giving it holds nothing ("Beijing has not said whether it will make …")',
    text: 'Beijing has not said whether it will make the concessions Washington wants on technology transfer.',
    published,
    expect: [{ party: 'united-states', demand: SR, stance: 'supports', quote: 'Washington wants' }],
    none: [['china', SR]],
  },
  {
    name: 'trap (lead\'s mend): a doubting verb is no head noun ("the trade minister doubts Washington will seek …")',
    text: 'The trade minister doubts Washington will seek changes on technology transfer.',
    published,
    expect: [],
    none: [['united-states', SR]],
  },
];

const russiaWest: ReadingCase[] = [
  {
    name: 'Russia–West: "whether NATO will offer the assurances Moscow is seeking on missile deployments"',
    text: 'It is unclear whether NATO will offer the assurances Moscow is seeking on missile deployments.',
    published: '2022-01-27',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'Moscow is seeking' }],
    none: [['nato', MD]],
  },
  {
    name: 'Russia–West (lead\'s mend): a refusal still reaches the wished thing ("NATO rejected the guarantees Moscow is seeking on …")',
    text: 'NATO rejected the guarantees Moscow is seeking on missile deployments.',
    published: '2022-01-27',
    expect: [
      { party: 'nato', demand: MD, stance: 'rejects', quote: 'rejected' },
      { party: 'russia', demand: MD, stance: 'supports', quote: 'Moscow is seeking' },
    ],
  },
];

describe("a wish in a relative clause on the thing wished for is its subject's, even inside a question", () => {
  for (const c of tradeCases) it(c.name, () => checkReading(c, trade));
  for (const c of russiaWest) it(c.name, () => checkReading(c));
});

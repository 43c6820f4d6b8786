/**
 * Campaigning and lobbying are advocacy: "lobbied to keep X out of …", "has lobbied for the formation of
 * …" state what the subject wants, as "pushed for" does. Lobbying for something else in the same
 * sentence reads nothing on the demand beside it. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const kosovo = evalOntology('kosovo-serbia-2022.json');
const IM = 'international-membership';
const SA = 'serb-association';

const cases: ReadingCase[] = [
  {
    name: '"lobbied to keep Kosovo out of …" reads the lobbyist against the membership',
    text: 'For years Belgrade lobbied to keep Kosovo out of international organisations.',
    published: '2023-06-06',
    expect: [{ party: 'serbia', demand: IM, stance: 'rejects', quote: 'lobbied to keep Kosovo out' }],
  },
  {
    name: '"has lobbied for the formation of …" reads support from a party that did not propose it',
    text: 'Moscow has lobbied for the formation of the Association.',
    published: '2023-06-06',
    expect: [{ party: 'russia', demand: SA, stance: 'supports', quote: 'lobbied for the formation' }],
  },
  {
    name: 'trap: lobbying for something else beside the demand reads nothing for the lobbyist',
    text: 'Serbia lobbied for cheaper gas from Russia, while Kosovo pressed its bid for UN membership.',
    published: '2023-06-06',
    expect: [{ party: 'kosovo', demand: IM, stance: 'supports', quote: 'UN membership' }],
    none: [
      ['serbia', IM],
      ['russia', IM],
    ],
  },
  {
    name: 'trap: a campaign to win something else reads nothing for its owner',
    text: 'Belgrade ran a campaign to win investors while Kosovo sought UN membership.',
    published: '2023-06-06',
    expect: [{ party: 'kosovo', demand: IM, stance: 'supports', quote: 'sought UN membership' }],
    none: [['serbia', IM]],
  },
];

describe('campaigning and lobbying as advocacy', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, kosovo));
});

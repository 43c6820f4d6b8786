/**
 * A restriction reaching through the policy that carries its subject: "NATO will not abandon its policy
 * of enlargement", "has no intention of giving up its practice of admitting new members", "China agreed
 * to end its policy of forced technology transfers". Giving up, ending or halting a policy (or practice)
 * of doing something is giving up doing it, as "abandon its enlargement policy" already read; the
 * restriction now reaches across "policy of" / "practice of" to the demand's subject as it reaches
 * across "its", "plans to" or "the idea of". Traps: a policy of something no demand names ("its policy
 * of strategic ambiguity"), a verb inside the policy stopping the reach ("Moscow will not abandon its
 * policy of opposing enlargement" still supports the freeze), and a policy noun that is the sentence's subject, not
 * the restriction's object. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const NE = 'non-expansion';

const russiaWest: ReadingCase[] = [
  {
    name: '"will not abandon its policy of enlargement" rejects the freeze',
    text: 'NATO will not abandon its policy of enlargement, Stoltenberg told reporters in Brussels.',
    published,
    expect: [{ party: 'nato', demand: NE, stance: 'rejects', quote: 'abandon' }],
    none: [['russia', NE]],
  },
  {
    name: '"no intention of giving up its practice of admitting new members" rejects',
    text: 'The alliance has no intention of giving up its practice of admitting new members, a NATO spokesperson said.',
    published,
    expect: [{ party: 'nato', demand: NE, stance: 'rejects', quote: 'practice of admitting' }],
    none: [['russia', NE]],
  },
  {
    name: 'an indefinite article: "would never abandon a policy of admitting new members"',
    text: 'Blinken said the United States would never abandon a policy of admitting new members to NATO.',
    published,
    expect: [{ party: 'united-states', demand: NE, stance: 'rejects', quote: 'never abandon a policy' }],
  },
  {
    name: 'the proposer asking for it: "Moscow wants NATO to abandon its policy of admitting new members" supports',
    text: 'Moscow wants NATO to abandon its policies of admitting new members, the Kremlin said.',
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'abandon its policies' }],
    none: [['nato', NE]],
  },
  {
    name: 'trap: a policy of something no demand names stays unread',
    text: 'The United States will not abandon its policy of strategic ambiguity, Blinken said.',
    published,
    expect: [],
    none: [
      ['united-states', NE],
      ['united-states', 'rollback-1997'],
      ['united-states', 'missile-deployment'],
    ],
  },
  {
    name: 'trap: "will not abandon its policy of opposing enlargement" is no refusal of the freeze: the verb stops the reach',
    text: 'Moscow will not abandon its policy of opposing NATO enlargement, Lavrov said.',
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'opposing NATO enlargement' }],
    none: [['nato', NE]],
  },
  {
    name: 'trap: the policy as the subject of its own clause is no object of the restriction',
    text: 'Lavrov said NATO would stop nothing, since its policy of enlargement remained in force.',
    published,
    expect: [],
    none: [['nato', NE]],
  },
];

const trade = evalOntology('us-china-trade-2019.json');
const SR = 'structural-reform';

const tradeCases: ReadingCase[] = [
  {
    name: 'trade: "agreed to end its practice of forced technology transfers" supports the reform',
    text: 'China agreed to end its practice of forced technology transfers, US officials said.',
    published: '2019-12-13',
    expect: [{ party: 'china', demand: SR, stance: 'supports', quote: 'end its practice of forced' }],
  },
  {
    name: 'trade trap: "will not end its policy review" names no demand',
    text: 'China will not end its policy review before the talks resume, a ministry spokesman said.',
    published: '2019-12-13',
    expect: [],
    none: [['china', SR]],
  },
];

describe('a restriction reaches through "policy of" / "practice of" to its subject', () => {
  for (const c of russiaWest) it(c.name, () => checkReading(c));
  for (const c of tradeCases) it(c.name, () => checkReading(c, trade));
});

/**
 * A party doing the demand's opposite with no cue refuses it only where the act is put ahead as intent
 * ("will send more troops", "plans to deploy") or told as it stands ("is sending"): an act told as
 * done ("sent 900 soldiers to Estonia", "has deployed") is news of a step and states no position.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const RB = 'rollback-1997';

const cases: ReadingCase[] = [
  {
    name: 'a reported dispatch of troops gives no stance on the rollback',
    text: 'Britain sent 900 more soldiers to Estonia last week.',
    expect: [],
    none: [['uk', RB]],
  },
  {
    name: 'an act told as done with "has" gives none either',
    text: 'The United States has deployed 2,000 more troops to Romania.',
    expect: [],
    none: [['united-states', RB]],
  },
  {
    name: 'trap: the act put ahead with "will" is still a refusal by the act',
    text: 'Britain will send 900 more soldiers to Estonia.',
    expect: [{ party: 'uk', demand: RB, stance: 'rejects', quote: 'send' }],
  },
  {
    name: 'trap: a plan to deploy is intent too',
    text: 'Washington plans to deploy 2,000 more troops to Romania.',
    expect: [{ party: 'united-states', demand: RB, stance: 'rejects', quote: 'plans to' }],
  },
];

describe('an act against the demand, reported or intended', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

/**
 * A measure offered "at" the sites of the weapons ("transparency measures at missile bases") restricts
 * them, as "on" does: no one proposing the measure wants the weapons. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const MD = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: 'proposing transparency measures at missile sites is openness, not wanting the missiles',
    text: 'The alliance proposed transparency measures at missile sites in Poland and Romania.',
    expect: [{ party: 'nato', demand: MD, stance: 'open', quote: 'transparency measures at missile' }],
  },
  {
    name: 'trap: proposing new missile bases is still the opposite of the demand',
    text: 'Washington proposed new missile bases in Poland.',
    expect: [{ party: 'united-states', demand: MD, stance: 'rejects', quote: 'proposed new missile' }],
  },
  {
    name: 'refusing limits at its missile sites refuses the demand (not: refusing the missiles)',
    text: 'NATO rejected any limits at its missile sites.',
    expect: [{ party: 'nato', demand: MD, stance: 'rejects', quote: 'rejected any limits' }],
  },
  {
    name: 'trap: "at" naming where weapons go leaves them wanted',
    text: 'The United States wants to build a missile base at Redzikowo.',
    expect: [{ party: 'united-states', demand: MD, stance: 'rejects', quote: 'wants to build a missile' }],
  },
];

describe('a measure at the weapons’ sites', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

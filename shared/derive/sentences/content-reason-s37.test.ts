/**
 * A verdict on a paper with its reason telling what the paper would do: "NATO said the Russian proposals
 * could not be accepted because they would give Moscow a veto over …", "rejected the Russian proposal
 * since it would …". The clause opened by "because"/"since" has a pronoun for the paper as its subject
 * and "would"/"will" with a verb of the paper's doing, so the demand named there is the paper's content
 * and the verdict reaches it (the paper's owner still holds it). Traps: the pronoun's own choice ("it
 * would rather …"), a denied content ("they would never …"), a thing that is no paper ("the talks"),
 * and no paper at all ("was opposed because it would …"). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const NX = 'non-expansion';
const RB = 'rollback-1997';

const cases: ReadingCase[] = [
  {
    name: 'an owned paper, "could not be accepted because they would give Moscow a veto over …"',
    text: 'NATO officials said the Russian proposals could not be accepted because they would give Moscow a veto over Ukrainian membership.',
    published,
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'could not be accepted' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'Russian proposals' },
    ],
  },
  {
    name: '"the Russian drafts … because they would bar Ukraine from ever joining"',
    text: 'The alliance said the Russian drafts could not be accepted because they would bar Ukraine from ever joining.',
    published,
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'could not be accepted' }],
  },
  {
    name: 'the verb before the paper: "rejected the Russian proposal because it would …"',
    text: 'NATO rejected the Russian proposal because it would give Moscow a veto over enlargement.',
    published,
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'rejected' }],
  },
  {
    name: 'a verdict adjective: "the Russian demand was unacceptable because it would force allied troops to leave"',
    text: 'Romania said the Russian demand was unacceptable because it would force allied troops to leave Romania.',
    published,
    expect: [{ party: 'romania', demand: RB, stance: 'rejects', quote: 'unacceptable' }],
  },
  {
    name: 'the same with "since"',
    text: 'Washington turned down the Russian proposal since it would give Moscow a veto over enlargement.',
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'turned down' }],
  },
  {
    name: 'trap: "it would rather …" is the subject\'s own choice, no content of the plan',
    text: 'Washington said it could not accept the plan because it would rather hand Moscow a veto over enlargement.',
    published,
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: a content denied ("they would never give …") is not what the verdict refuses',
    text: 'NATO said the Russian proposals could not be accepted because they would never give Moscow a veto over enlargement.',
    published,
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'trap: talks are no paper; what they would bring is not their content',
    text: 'Washington refused the talks because they would hand Moscow a veto over enlargement.',
    published,
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: with no paper before "because", "it" is the one speaking',
    text: 'Washington said it was opposed because it would hand Moscow a veto over enlargement.',
    published,
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: "trap: a proposer's refusal of a reply for what it would not do stays unread",
    text: 'Moscow rejected the American reply because it would not keep Ukraine out of NATO.',
    published,
    expect: [],
    none: [['russia', NX]],
  },
];

describe('a verdict on a paper, its reason telling what the paper would do', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});

/**
 * "deployments by allies in the alliance's eastern member states be capped": a subject with its agent
 * ("by allies") and a place after it (a possessive in it too) still reaches the passive restriction that
 * follows, as "troops in the Baltic states be withdrawn" does. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const RB = 'rollback-1997';

const cases: ReadingCase[] = [
  {
    name: 'the proposer demanding that deployments by allies in eastern member states be reduced',
    text: "Moscow demands that deployments by allies in the alliance's eastern member states be reduced.",
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'demands' }],
  },
  {
    name: 'a list of demands, the second item such a passive',
    text: "Putin has tabled a list of demands, among them that deployments by allies in the alliance's eastern member states be capped.",
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'demands' }],
  },
  {
    name: 'trap: deployments to be increased is no restriction',
    text: "Stoltenberg said deployments by allies in the alliance's eastern member states would be increased.",
    expect: [],
    none: [['nato', RB]],
  },
  {
    name: 'trap: the same increase, wanted by the proposer, is not its demand',
    text: "Moscow wants deployments by allies in Poland's eastern regions to be increased.",
    expect: [],
    none: [['russia', RB]],
  },
];

describe('a subject with an agent and a place before its passive restriction', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

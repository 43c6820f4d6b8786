/**
 * "Support" given to firms, industries or farmers is aid, not backing for a position: "Beijing's support
 * for state-owned firms" describes a practice, it states no stance on ending it. Sentences written for
 * these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const trade = evalOntology('us-china-trade-2019.json');
const SR = 'structural-reform';
const EM = 'enforcement-mechanism';

const cases: ReadingCase[] = [
  {
    name: '"Beijing’s generous support for state-owned firms" is a practice, no stance on reform',
    text: 'Left out of the deal were Beijing’s generous support for state-owned firms and the glut of cheap steel.',
    published: '2020-01-16',
    expect: [],
    none: [['china', SR]],
  },
  {
    name: 'trap: defending that support still reads against the reform',
    text: 'China defended its support for state-owned firms.',
    published: '2020-01-16',
    expect: [{ party: 'china', demand: SR, stance: 'rejects', quote: 'defended' }],
  },
  {
    name: 'trap: support for a measure, not for firms, is still a cue',
    text: 'Brussels voiced its support for an enforcement mechanism in any deal.',
    published: '2019-04-09',
    expect: [{ party: 'eu', demand: EM, stance: 'supports', quote: 'support' }],
  },
];

describe('"support" as aid to firms', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, trade));
});

/**
 * A list of bare verbs sharing one "to" or modal, its items parted by commas and closed by "and" and a
 * verb ("wants the two sides to keep talking, show restraint and work toward …"), is one clause: the
 * cue and subject of the first verb govern the last item too. A comma before a speech tag or a new
 * subject still parts clauses. Sentences written for these tests, read with the US–North Korea
 * ontology of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const dprk = evalOntology('us-dprk-2018.json');
const published = '2019-03-01';

const cases: ReadingCase[] = [
  {
    name: '"wants the two sides to keep talking, show restraint and work toward a peace treaty": support',
    text: 'Beijing wants the two sides to keep talking, show restraint and work toward a peace treaty.',
    published,
    expect: [{ party: 'china', demand: 'end-of-war', stance: 'supports', quote: 'Beijing wants' }],
  },
  {
    name: '"hopes the two sides will keep talking, show good faith, and work toward …": support',
    text: 'China hopes the two sides will keep talking, show good faith, and work toward the denuclearization of the Korean Peninsula.',
    published,
    expect: [{ party: 'china', demand: 'denuclearization', stance: 'supports', quote: 'China hopes' }],
  },
  {
    name: 'trap: a speech tag and a new subject after the comma part the clauses',
    text: 'Beijing wants the two sides to keep talking, analysts say, and Pyongyang wants sanctions relief.',
    published,
    expect: [],
    none: [['china', 'sanctions-relief']],
  },
  {
    name: 'trap: a comma before a new clause with its own subject is no list of verbs',
    text: 'Tokyo wants Pyongyang to keep its word, Seoul will meet the envoy and Moscow backs a peace treaty.',
    published,
    expect: [],
    none: [['japan', 'end-of-war']],
  },
];

describe('a list of verbs sharing one "to" or modal', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, dprk));
});

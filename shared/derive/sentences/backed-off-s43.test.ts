/**
 * "back off" as a verb of giving up one's own demand: "Tehran had backed off its call for …", "has
 * largely backed off its demand for …", beside "dropped" and "backed away from". The proposer is open
 * on the demand, no more holding it (not the support its owned demand noun would read alone). Traps: a
 * negation ("has not backed off its demand": still held), a question ("asked whether Tehran had backed
 * off …"), and "backed off" with no demand noun as its object, the demand held in the next clause.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const iran = evalOntology('iran-nuclear-2021.json');
const published = '2022-08-24';

const cases: ReadingCase[] = [
  {
    name: '"had backed off its call for Washington to remove …" is open, not support',
    text: 'Tehran had backed off its call for Washington to remove the Revolutionary Guards from the terrorist list.',
    published,
    expect: [{ party: 'iran', demand: 'irgc-delisting', stance: 'open', quote: 'backed off its call' }],
  },
  {
    name: 'an adverb before the verb: "has largely backed off its demand for legal guarantees"',
    text: 'Iran has largely backed off its demand for legal guarantees.',
    published,
    expect: [{ party: 'iran', demand: 'us-guarantees', stance: 'open', quote: 'largely backed off' }],
  },
  {
    name: 'present tense: "backs off its insistence on the closure of the IAEA probe"',
    text: 'Diplomats said Tehran backs off its insistence on the closure of the IAEA probe.',
    published,
    expect: [{ party: 'iran', demand: 'iaea-probe-closure', stance: 'open', quote: 'backs off' }],
  },
  {
    name: 'trap: "has not backed off its demand" still holds it',
    text: 'Tehran has not backed off its demand for the delisting of the Revolutionary Guards.',
    published,
    expect: [{ party: 'iran', demand: 'irgc-delisting', stance: 'supports', quote: 'its demand' }],
  },
  {
    name: 'trap: a question ("asked whether Tehran had backed off …") is no step taken',
    text: 'Washington asked whether Tehran had backed off its call for legal guarantees.',
    published,
    expect: [],
    none: [
      ['iran', 'us-guarantees'],
      ['united-states', 'us-guarantees'],
    ],
  },
  {
    name: 'trap: "backed off" with no demand as its object; the demand held in the next clause',
    text: 'Iran backed off on Monday, but it still demands legal guarantees.',
    published,
    expect: [{ party: 'iran', demand: 'us-guarantees', stance: 'supports', quote: 'still demands' }],
  },
];

describe('"back off" as giving up one\'s own demand', () => {
  for (const c of cases) it(c.name, () => checkReading(c, iran));
});

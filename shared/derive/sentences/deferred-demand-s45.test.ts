/**
 * The proposer putting its own demand off: "Kurti said he would postpone the fines", "… postpone the fines
 * for Serbian plates", "Kosovo will delay the re-registration …". A postponement is neither asking for
 * the demand nor refusing it, so the proposer named or speaking there is not read as stating it (before,
 * Kosovo was read as supporting the switch to Kosovo plates). Where the proposer refuses to put it off,
 * or states it, it still holds it; another party asking for the postponement still refuses the demand.
 * Traps: the proposer's "he would postpone" with the opposite's words and with the demand's own words,
 * the proposer as the subject with "will delay", and "put off" told as done.
 * Uses the kosovo-serbia ontology of eval/ontologies. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const kosovo = evalOntology('kosovo-serbia-2022.json');
const published = '2022-11-20';
const LP = 'licence-plates';

const cases: ReadingCase[] = [
  {
    name: 'refusing to put it off: the proposer holds its demand',
    text: 'Kurti said he would not postpone the fines.',
    published,
    expect: [{ party: 'kosovo', demand: LP, stance: 'supports', quote: 'would not postpone the fines' }],
  },
  {
    name: 'the proposer stating the demand in its own words',
    text: 'Kurti said Kosovo would impose fines for Serbian plates from November.',
    published,
    expect: [{ party: 'kosovo', demand: LP, stance: 'supports', quote: 'impose fines for Serbian plates' }],
  },
  {
    name: 'another party urging the postponement refuses the demand',
    text: 'The EU urged Kurti to postpone the fines.',
    published,
    expect: [{ party: 'eu', demand: LP, stance: 'rejects', quote: 'urged Kurti to postpone' }],
  },
  {
    name: 'trap: "Kurti said he would postpone the fines"',
    text: 'Kurti said he would postpone the fines.',
    published,
    expect: [],
    none: [['kosovo', LP]],
  },
  {
    name: 'trap: "… would postpone the fines for Serbian plates" (the demand\'s own words)',
    text: 'Kurti said he would postpone the fines for Serbian plates.',
    published,
    expect: [],
    none: [['kosovo', LP]],
  },
  {
    name: 'trap: "Kosovo will delay the re-registration …, Kurti said"',
    text: 'Kosovo will delay the re-registration of cars with Serbian plates, Kurti said.',
    published,
    expect: [],
    none: [['kosovo', LP]],
  },
  {
    name: 'trap: "put off" told as done',
    text: 'Kosovo put off the fines for Serbian plates.',
    published,
    expect: [],
    none: [['kosovo', LP]],
  },
];

describe('the proposer putting its own demand off', () => {
  for (const c of cases) it(c.name, () => checkReading(c, kosovo));
});

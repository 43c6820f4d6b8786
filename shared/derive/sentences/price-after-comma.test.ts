/**
 * "accepted curbs on its enrichment, which it had long resisted, in return for relief": the price of an
 * acceptance set off by a comma later in the sentence still makes it a bargain, openness rather than
 * support, as "in return for" inside the clause does. Sentences written for these tests, read with the
 * Iran ontology of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const iran = evalOntology('iran-nuclear-2021.json');
const published = '2022-06-10';

const cases: ReadingCase[] = [
  {
    name: '", in return for …" after an aside: the acceptance is a bargain (open)',
    text: 'Tehran accepted curbs on its uranium enrichment, which it had long resisted, in return for relief from oil sanctions.',
    published,
    expect: [{ party: 'iran', demand: 'nuclear-limits', stance: 'open', quote: 'accepted curbs' }],
  },
  {
    name: 'trap: without a price the acceptance stays support',
    text: 'Tehran accepted curbs on its uranium enrichment, which it had long resisted, the agency said.',
    published,
    expect: [{ party: 'iran', demand: 'nuclear-limits', stance: 'supports', quote: 'accepted curbs' }],
  },
];

describe('a price named after a comma makes an acceptance a bargain', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, iran));
});

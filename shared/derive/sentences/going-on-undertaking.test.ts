/**
 * An addressee saying it will keep doing what a demand asks ("Beijing said it will keep opening its
 * market", "would continue to buy", "will go on cooperating") undertakes it as "will open" does: the
 * verb of going on between the modal and the step does not hide the undertaking. Traps: the same words
 * from another side (a claim about the addressee), under a condition, and a refusal ("would not keep
 * buying"). Sentences written for these tests, read with the US–China trade ontology of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const trade = evalOntology('us-china-trade-2019.json');
const published = '2019-08-01';
const SR = 'structural-reform';
const PC = 'purchase-commitments';

const cases: ReadingCase[] = [
  {
    name: '"it will keep opening its market": going on with the step is undertaking it',
    text: 'Beijing said it will keep opening its market to American firms.',
    published,
    expect: [{ party: 'china', demand: SR, stance: 'supports', quote: 'keep opening its market' }],
  },
  {
    name: '"it would continue to open its market": "continue to" the same',
    text: 'Beijing said it would continue to open its market to foreign companies.',
    published,
    expect: [{ party: 'china', demand: SR, stance: 'supports', quote: 'continue to open its market' }],
  },
  {
    name: '"it would not keep buying …": going on refused is a refusal',
    text: 'Beijing said it would not keep buying American soybeans.',
    published,
    expect: [{ party: 'china', demand: PC, stance: 'rejects', quote: 'not keep buying' }],
  },
  {
    name: 'trap: the other side saying the addressee will keep doing it states no undertaking of it',
    text: 'Trump said China will keep buying American soybeans.',
    published,
    expect: [],
    none: [['china', PC]],
  },
  {
    name: 'trap: going on under a condition is no plain undertaking',
    text: 'Beijing said it would keep buying American soybeans if the tariffs were lifted.',
    published,
    expect: [],
    none: [['china', PC]],
  },
];

describe('"will keep …", "would continue to …" before the step is the addressee’s undertaking', () => {
  for (const c of cases) it(c.name, () => checkReading(c, trade));
});

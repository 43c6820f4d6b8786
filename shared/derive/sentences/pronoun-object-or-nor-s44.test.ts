/**
 * A restriction whose whole object is "it", standing for the deal a sentence just named, followed by
 * "or" or "nor": "Moscow would neither consent to prolonging it nor go on …", "Kyiv wants to extend it
 * or widen it". The pronoun is the whole object there as before "and" or a full stop, so "prolonging it"
 * names the extension (demand-mentions.ts, the definite-subject rule). Traps: no deal named before the
 * pronoun, another thing named before it instead (a mandate), and a question put to the side asked.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const grain = evalOntology('grain-deal-2022.json');
const published = '2023-07-17';

const cases: ReadingCase[] = [
  {
    name: '"would neither consent to prolonging it nor …" refuses the extension of the initiative named before',
    text: 'Peskov said the grain initiative had lapsed and that Moscow would neither consent to prolonging it nor keep to its terms.',
    published,
    expect: [{ party: 'russia', demand: 'deal-extension', stance: 'rejects', quote: 'prolonging it nor' }],
  },
  {
    name: 'the deal named in the sentence before: "… would neither agree to renew it nor …"',
    text:
      'The Black Sea Grain Initiative expired on Monday. ' +
      'Lavrov said Moscow would neither agree to renew it nor respect its rules.',
    published,
    expect: [{ party: 'russia', demand: 'deal-extension', stance: 'rejects', quote: 'renew it nor' }],
  },
  {
    name: '"wants to extend it or widen it": the first of two verbs on the deal',
    text: 'The grain deal runs out next week. Kyiv wants to extend it or widen it.',
    published,
    expect: [
      { party: 'ukraine', demand: 'deal-extension', stance: 'supports', quote: 'extend it or widen it' },
    ],
  },
  {
    name: 'trap: no deal named before the pronoun',
    text: 'Kyiv wants to extend it or widen it.',
    published,
    expect: [],
    none: [['ukraine', 'deal-extension']],
  },
  {
    name: 'trap: another thing (a mandate) named before the pronoun',
    text: "The monitoring mission's mandate ends next week. Kyiv wants to extend it or replace it.",
    published,
    expect: [],
    none: [['ukraine', 'deal-extension']],
  },
  {
    name: 'trap: a question put to the side asked ("whether it would extend it or let it lapse")',
    text: 'The grain deal ends on Tuesday. Ankara asked Moscow whether it would extend it or let it lapse.',
    published,
    expect: [],
    none: [['russia', 'deal-extension']],
  },
];

describe('"it" as the whole object before "or" / "nor"', () => {
  for (const c of cases) it(c.name, () => checkReading(c, grain));
});

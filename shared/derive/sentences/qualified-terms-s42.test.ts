/**
 * Terms of fairness set on a demand by a side that did not put it forward: the demand's own words open
 * the clause and an obligation says what it would have to be ("any enforcement mechanism has to be
 * two-way", "the purchase commitments must be realistic", "enforcing the deal has to work both ways",
 * "any dialogue must be based on reciprocity"). The side sets conditions on the thing asked of it rather
 * than refusing it: open. Traps: the side that put the demand forward (its own terms are no condition),
 * a predicate that is no term of fairness ("must be dropped"), a negated obligation ("need not be"), an
 * analyst who is no party, a question, and a demand that does not open its clause. Sentences written for
 * these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const tradeTalks = evalOntology('us-china-trade-2019.json');
const published = '2019-03-12';
const EM = 'enforcement-mechanism';
const PC = 'purchase-commitments';

const cases: ReadingCase[] = [
  {
    name: '"any enforcement mechanism has to be two-way, fair and equal", a Chinese minister: open',
    text: 'Any enforcement mechanism has to be two-way, fair and equal, a Chinese vice minister told reporters.',
    published,
    expect: [{ party: 'china', demand: EM, stance: 'open', quote: 'has to be two-way' }],
    none: [['united-states', EM]],
  },
  {
    name: 'headline: "Beijing tells Washington that enforcing a trade deal has to work both ways": open',
    text: 'Beijing tells Washington that enforcing a trade deal has to work both ways',
    published,
    expect: [{ party: 'china', demand: EM, stance: 'open', quote: 'has to work both ways' }],
  },
  {
    name: '"would have to be reciprocal" after "said": open',
    text: 'The Chinese commerce ministry said an enforcement mechanism would have to be reciprocal.',
    published,
    expect: [{ party: 'china', demand: EM, stance: 'open', quote: 'would have to be reciprocal' }],
  },
  {
    name: '"insists that any purchase commitments must be realistic": open',
    text: 'Beijing insists that any purchase commitments must be realistic.',
    published,
    expect: [{ party: 'china', demand: PC, stance: 'open', quote: 'must be realistic' }],
  },
  {
    name: '"must be based on reciprocity": open',
    text: 'Liu He said that an enforcement mechanism must be based on reciprocity.',
    published,
    expect: [{ party: 'china', demand: EM, stance: 'open', quote: 'must be based on reciprocity' }],
  },
  {
    name: 'trap: the side that put the demand forward sets no condition on it: its "must be fair" stays its backing',
    text: 'The US trade representative said that any enforcement mechanism must be fair and balanced.',
    published,
    expect: [{ party: 'united-states', demand: EM, stance: 'supports', quote: 'must' }],
    none: [['china', EM]],
  },
  {
    name: 'trap: a negated obligation ("does not have to be reciprocal") sets no term',
    text: 'Beijing said an enforcement mechanism does not have to be reciprocal.',
    published,
    expect: [],
    none: [['china', EM]],
  },
  {
    name: 'trap: a predicate that is no term of fairness ("must be dropped") is not read as open',
    text: 'Beijing said that the enforcement mechanism must be dropped from the text.',
    published,
    expect: [],
    none: [
      ['united-states', EM],
      ['china', EM],
    ],
  },
  {
    name: 'trap: an analyst, no party, reads nothing',
    text: 'Several analysts said that any enforcement mechanism would have to be reciprocal.',
    published,
    expect: [],
    none: [
      ['china', EM],
      ['united-states', EM],
    ],
  },
  {
    name: 'trap: a question reads nothing',
    text: 'Must any enforcement mechanism be two-way, a reporter asked the Chinese spokesman?',
    published,
    expect: [],
    none: [['china', EM]],
  },
  {
    name: 'trap: the demand is not the subject opening the clause ("talks on an enforcement mechanism must be fair")',
    text: 'Beijing said talks on an enforcement mechanism must be fair.',
    published,
    expect: [],
    none: [['china', EM]],
  },
];

describe('terms of fairness set on a demand by a side that did not propose it are open', () => {
  for (const c of cases) it(c.name, () => checkReading(c, tradeTalks));
});

/**
 * A standing refusal in the present perfect: "Belgrade has never recognised Kosovo's independence" —
 * the demand's addressee, the subject, has withheld the step up to now and still does: it rejects it.
 * Traps: "has not yet …" (awaited), the past perfect (history), a party that is not the addressee, and
 * the participle without a negation. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const ks = evalOntology('kosovo-serbia-2022.json');

const cases: [ReadingCase, typeof ks][] = [
  [
    {
      name: '"has never recognised …": the addressee rejects the demand',
      text: 'Serbia has never recognised Kosovo as a state, and its president repeated that on Monday.',
      published: '2022-05-01',
      expect: [
        { party: 'serbia', demand: 'mutual-recognition', stance: 'rejects', quote: 'has never recognised' },
      ],
    },
    ks,
  ],
  [
    {
      name: '"has not recognized …" (a capital for the state): rejects',
      text: 'Belgrade has not recognized Kosovo, which broke away in 2008.',
      published: '2022-05-01',
      expect: [
        { party: 'serbia', demand: 'mutual-recognition', stance: 'rejects', quote: 'has not recognized' },
      ],
    },
    ks,
  ],
  [
    {
      name: 'trap: "has not yet recognised" is a step still awaited, not a refusal',
      text: 'Serbia has not yet recognised Kosovo as a state.',
      published: '2022-05-01',
      expect: [],
      none: [['serbia', 'mutual-recognition']],
    },
    ks,
  ],
  [
    {
      name: 'trap: the past perfect "had never recognised" is history',
      text: 'Until that summer Serbia had never recognised Kosovo as a state.',
      published: '2022-05-01',
      expect: [],
      none: [['serbia', 'mutual-recognition']],
    },
    ks,
  ],
  [
    {
      name: 'trap: a party the demand is not put to ("Russia has never recognised Kosovo") reads nothing',
      text: 'Russia has never recognised Kosovo and sides with Belgrade at the UN.',
      published: '2022-05-01',
      expect: [],
      none: [['russia', 'mutual-recognition']],
    },
    ks,
  ],
];

describe('a standing refusal in the present perfect', () => {
  for (const [c, ont] of cases) it(c.name, () => checkReading(c, ont));
});

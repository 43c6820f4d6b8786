/**
 * An act done at another party's request: "Kurti delays plate fines by 48 hours at Washington's
 * request", "Kosovo postponed the fines … at the request of the United States". The party that asked
 * holds the act's position on the demand: a postponement of what is asked is its refusal. Traps: the act
 * refused ("refused to postpone … at Washington's request"), the act only possible ("could postpone …"),
 * the request attached to another clause ("…, and at Washington's request it also freed …"), and a
 * question ("whether Kosovo postponed … at Washington's request").
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const kosovo = evalOntology('kosovo-serbia-2022.json');
const published = '2022-11-22';

const cases: ReadingCase[] = [
  {
    name: 'a headline: "Kurti delays plate fines by 48 hours at Washington\'s request"',
    text: "Kurti delays plate fines by 48 hours at Washington's request",
    published,
    expect: [
      {
        party: 'united-states',
        demand: 'licence-plates',
        stance: 'rejects',
        quote: "at Washington's request",
      },
    ],
  },
  {
    name: '"at the request of the United States" after the act',
    text: 'Kosovo postponed the fines for Serbian plates at the request of the United States.',
    published,
    expect: [
      {
        party: 'united-states',
        demand: 'licence-plates',
        stance: 'rejects',
        quote: 'at the request of the United States',
      },
    ],
  },
  {
    name: 'trap: the act refused ("refused to postpone … at Washington\'s request")',
    text: "Kurti refused to postpone the fines for Serbian plates at Washington's request.",
    published,
    expect: [],
    none: [['united-states', 'licence-plates']],
  },
  {
    name: 'trap: the act only possible ("could postpone …")',
    text: "Kosovo could postpone the fines for Serbian plates at Washington's request, diplomats said.",
    published,
    expect: [],
    none: [['united-states', 'licence-plates']],
  },
  {
    name: 'trap: the request belongs to another clause',
    text: "Kosovo postponed the fines for Serbian plates, and at Washington's request it also freed two detainees.",
    published,
    expect: [],
    none: [['united-states', 'licence-plates']],
  },
  {
    name: 'trap: a question ("whether Kosovo postponed … at Washington\'s request")',
    text: "Analysts asked whether Kosovo postponed the fines for Serbian plates at Washington's request.",
    published,
    expect: [],
    none: [['united-states', 'licence-plates']],
  },
];

describe("an act done at another party's request", () => {
  for (const c of cases) it(c.name, () => checkReading(c, kosovo));
});

/**
 * A readiness named as a noun with its owner before it ("welcomed Kurti's readiness to hold new
 * elections", "Washington's willingness to limit …") is the owner's openness to what follows, as "is
 * ready to" is the subject's: before the demand's own verb, before a verb taking up what the demand
 * names ("to hold new elections"), or before preparing the ground for it ("to help create the
 * conditions for holding new elections", also said of "ready to"). The one who welcomes it is not
 * thereby ready to do anything. Traps: a readiness with no owner ("welcomed the readiness to …"), an
 * owned readiness doubted or questioned, and conditions created for talks on the demand rather than
 * for the demand itself. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const kosovo = evalOntology('kosovo-serbia-2022.json');
const NDE = 'north-de-escalation';
const MD = 'missile-deployment';
const published = '2023-06-03';

const kosovoCases: ReadingCase[] = [
  {
    name: '"welcomed Kurti\'s readiness to hold new elections": Kosovo open, as its possessor',
    text: "The envoy welcomed Kurti's readiness to hold new elections.",
    published,
    expect: [{ party: 'kosovo', demand: NDE, stance: 'open', quote: 'readiness to hold', kind: 'possessor' }],
  },
  {
    name: '"its willingness to hold fresh municipal elections": a possessive pronoun owns it',
    text: 'Kosovo has signalled its willingness to hold fresh municipal elections in the north.',
    published,
    expect: [{ party: 'kosovo', demand: NDE, stance: 'open', quote: 'willingness to hold' }],
  },
  {
    name: '"readiness to help create the conditions for holding new elections": the ground prepared for it',
    text: "The envoy also praised Kurti's readiness to help create the conditions for holding new elections.",
    published,
    expect: [{ party: 'kosovo', demand: NDE, stance: 'open', quote: 'create the conditions for' }],
  },
  {
    name: 'the adjective too: "ready to create all the necessary conditions for new elections"',
    text: 'Pristina is ready to create all the necessary conditions for new elections, the government said.',
    published,
    expect: [{ party: 'kosovo', demand: NDE, stance: 'open', quote: 'ready to create' }],
  },
  {
    name: 'trap: a readiness with no owner ("welcomed the readiness to hold new elections")',
    text: 'The envoy welcomed the readiness to hold new elections.',
    published,
    expect: [],
    none: [
      ['kosovo', NDE],
      ['united-states', NDE],
    ],
  },
  {
    name: 'trap: an owned readiness questioned ("questioned Kurti\'s readiness to hold …")',
    text: "Vucic questioned Kurti's readiness to hold new elections.",
    published,
    expect: [],
    none: [['kosovo', NDE]],
    // (Serbia, a proposer naming its own demand, may be credited at the document's level.)
    noneButStated: [['serbia', NDE]],
  },
  {
    name: 'trap: conditions created for talks on the demand, not for the demand',
    text: 'Kurti said he was ready to create the conditions for talks about new elections.',
    published,
    expect: [],
    none: [['kosovo', NDE]],
  },
];

const russiaWest: ReadingCase[] = [
  {
    name: 'Russia–West: "Lavrov welcomed Washington\'s willingness to limit …": the US open, Russia not',
    text: "Lavrov welcomed Washington's willingness to limit missile deployments in Europe.",
    published: '2022-01-27',
    expect: [
      { party: 'united-states', demand: MD, stance: 'open', quote: 'willingness to', kind: 'possessor' },
    ],
    none: [['russia', MD]],
  },
  {
    name: 'trap: "Lavrov doubted Washington\'s willingness to limit …" gives no one a stance',
    text: "Lavrov doubted Washington's willingness to limit missile deployments in Europe.",
    published: '2022-01-27',
    expect: [],
    none: [
      ['united-states', MD],
      ['russia', MD],
    ],
  },
];

describe("an owned readiness noun is its owner's openness to what follows", () => {
  for (const c of kosovoCases) it(c.name, () => checkReading(c, kosovo));
  for (const c of russiaWest) it(c.name, () => checkReading(c));
});

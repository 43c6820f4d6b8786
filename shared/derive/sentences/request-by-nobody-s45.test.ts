/**
 * A request nobody made: "No one had asked Moscow to renew the deal, Peskov said", "Nobody has asked Russia
 * to extend the grain deal". With "no one"/"nobody" as the subject of the verb of asking there is no
 * request, so neither the one it would have been put to nor the one who says so holds anything by it
 * (before, the negated request was read as Russia's refusal through its spokesman).
 * Positives: a request made by a named party is its own ("The UN asked Moscow to renew the deal", also
 * reported by the addressee's spokesman), and the spokesman's own refusal still reads.
 * Traps: "no one had asked" with the addressee's spokesman, "nobody has asked", and a third party asked
 * by no one. Uses the grain-deal ontology of eval/ontologies. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const grain = evalOntology('grain-deal-2022.json');
const published = '2023-05-10';
const DE = 'deal-extension';

const cases: ReadingCase[] = [
  {
    name: "a named party's request is its own",
    text: 'The UN asked Moscow to renew the deal.',
    published,
    expect: [{ party: 'un', demand: DE, stance: 'supports', quote: 'asked Moscow to renew' }],
  },
  {
    name: "a named party's request, reported by the addressee's spokesman",
    text: 'Guterres asked Moscow to extend the grain deal, Peskov said.',
    published,
    expect: [{ party: 'un', demand: DE, stance: 'supports', quote: 'Guterres asked Moscow' }],
  },
  {
    name: "the spokesman's own refusal still reads",
    text: 'Russia would not renew the deal, Peskov said.',
    published,
    expect: [{ party: 'russia', demand: DE, stance: 'rejects', quote: 'would not renew the deal' }],
  },
  {
    name: 'trap: "No one had asked Moscow to renew the deal, Peskov said"',
    text: 'No one had asked Moscow to renew the deal, Peskov said.',
    published,
    expect: [],
    none: [['russia', DE]],
  },
  {
    name: 'trap: "Nobody has asked Russia to extend the grain deal"',
    text: 'Nobody has asked Russia to extend the grain deal.',
    published,
    expect: [],
    none: [['russia', DE]],
  },
  {
    name: 'trap: a third party asked by no one, said by Russia',
    text: 'No one has asked Ankara to extend the grain deal, Lavrov said.',
    published,
    expect: [],
    none: [
      ['russia', DE],
      ['turkey', DE],
    ],
  },
];

describe('a request nobody made', () => {
  for (const c of cases) it(c.name, () => checkReading(c, grain));
});

/**
 * The party that put a demand forward, named in a sentence that states the demand, but only as its
 * target ("sanctions on Pyongyang"), after a preposition ("trust in the United States"), as the one a
 * condition is about ("only if the North …") or as the one accused: no sentence reads it as holding the
 * demand (the document may still fall back on the stated demand). Sentences written for these tests,
 * read with the US–North Korea ontology of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const korea = evalOntology('us-dprk-2018.json');
const published = '2018-06-20';

const cases: ReadingCase[] = [
  {
    name: '"ease sanctions on Pyongyang": the one sanctioned is no holder of the easing',
    text: 'An American envoy told the council that now was not the time to ease sanctions on Pyongyang.',
    published,
    expect: [],
    noneButStated: [['north-korea', 'sanctions-relief']],
  },
  {
    name: '"only if the North …": the one a condition is about is no holder',
    text: 'The United States will remove sanctions only if the North completely denuclearizes, the president said.',
    published,
    expect: [],
    noneButStated: [['north-korea', 'sanctions-relief']],
  },
  {
    name: '"trust in the United States", "accused Washington of …": named after a preposition or accused',
    text: "The North's foreign minister said his country would not disarm first without trust in the United States. The party newspaper accused Washington of seeking to disarm the country by force.",
    published,
    expect: [{ party: 'north-korea', demand: 'denuclearization', stance: 'rejects', quote: 'not disarm' }],
    noneButStated: [['united-states', 'denuclearization']],
  },
  {
    name: 'trap: the proposer as the subject that wants or presses for its demand still holds it',
    text: 'Pyongyang wants the sanctions on the North eased, its envoy said. Pyongyang has pressed for relief from sanctions, a diplomat at the United Nations said.',
    published,
    expect: [
      {
        party: 'north-korea',
        demand: 'sanctions-relief',
        stance: 'supports',
        quote: 'wants the sanctions',
      },
      {
        party: 'north-korea',
        demand: 'sanctions-relief',
        stance: 'supports',
        quote: 'pressed for relief',
      },
    ],
  },
];

describe('a proposer named only as target, condition or accused holds nothing', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, korea));
});

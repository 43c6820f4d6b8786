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
    name: '"relief for Pyongyang" urged by another side: the one the demand is for holds nothing there',
    text: 'The North said last week it no longer needed help from anyone. Seoul has urged the Americans to weigh sanctions relief for Pyongyang.',
    published,
    expect: [{ party: 'south-korea', demand: 'sanctions-relief', stance: 'supports', quote: 'urged' }],
    none: [['north-korea', 'sanctions-relief']],
  },
  {
    name: '"relief for the North is opposed by Japan": the beneficiary is no holder, the one opposing is',
    text: 'Any sanctions relief for the North is opposed by Japan.',
    published,
    expect: [{ party: 'japan', demand: 'sanctions-relief', stance: 'rejects', quote: 'opposed by Japan' }],
    none: [['north-korea', 'sanctions-relief']],
  },
  {
    name: '"argued for easing sanctions on North Korea": the target of the sanctions holds nothing there',
    text: 'Beijing and Moscow argued at the council for easing sanctions on North Korea. The Americans held firm.',
    published,
    expect: [],
    none: [['north-korea', 'sanctions-relief']],
  },
  {
    name: 'trap: the proposer wanting relief for its own economy, or the demand stated with no one it is for, still counts',
    text: "Pyongyang wants sanctions relief for its battered economy. The second summit's agenda was dominated by sanctions relief, and Kim's envoy flew to Washington.",
    published,
    expect: [
      {
        party: 'north-korea',
        demand: 'sanctions-relief',
        stance: 'supports',
        quote: 'wants sanctions relief',
      },
    ],
  },
  {
    name: 'trap: the stated demand with no beneficiary named still falls back on its proposer',
    text: "Sanctions relief topped the agenda in Hanoi. The North's delegation arrived a day early.",
    published,
    expect: [
      {
        party: 'north-korea',
        demand: 'sanctions-relief',
        stance: 'supports',
        quote: 'topped the agenda',
        kind: 'stated-demand',
      },
    ],
  },
  {
    name: 'the proposer denying its demand in words no rule reads is not credited it from a neutral sentence later',
    text: 'Pyongyang says it is not interested in sanctions relief. The summit agenda was dominated by sanctions relief.',
    published,
    expect: [],
    none: [['north-korea', 'sanctions-relief']],
  },
  {
    name: 'the same with the proposer speaking: "“We will never beg for relief,” the statement said"',
    text: '"We will never beg for sanctions relief," a North Korean statement said. Hours later, sanctions relief dominated the summit agenda.',
    published,
    expect: [],
    none: [['north-korea', 'sanctions-relief']],
  },
  {
    name: 'trap: another side denying the demand, or the proposer as the one told so, leaves the stated demand its proposer',
    text: "The Americans said they would not offer sanctions relief yet. The summit agenda was dominated by sanctions relief, and North Korea's envoy flew in on Monday.",
    published,
    expect: [
      {
        party: 'north-korea',
        demand: 'sanctions-relief',
        stance: 'supports',
        quote: 'agenda was dominated',
        kind: 'stated-demand',
      },
    ],
  },
  {
    name: '"while the US threat remains": a party named as the modifier of another noun holds nothing',
    text: 'Pyongyang has said it will never give up its nuclear deterrent while the US threat remains.',
    published,
    expect: [{ party: 'north-korea', demand: 'denuclearization', stance: 'rejects', quote: 'never give up' }],
    none: [['united-states', 'denuclearization']],
  },
  {
    name: 'trap: the same party named as the one that wants it, beside that modifier, still holds it',
    text: 'Citing the US threat, the North refused to disarm. Washington still wants complete denuclearization.',
    published,
    expect: [
      { party: 'united-states', demand: 'denuclearization', stance: 'supports', quote: 'still wants' },
    ],
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

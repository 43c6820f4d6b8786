/**
 * An activity a demand would stop also stops of itself: a frame that halts its subject ("stop … drills",
 * "end … war games") reads "the war games must stop", "the drills have to come to an end" too, and past a
 * phrase naming the demand's anchor ("the joint drills with South Korea must be halted", "the fighting in
 * Gaza has to stop"). Before, the subject was read alone, as the activity itself, and the modal turned it
 * into a wish to keep it: "Trump said the exercises with South Korea should stop" read as the United States
 * rejecting the halt; it reads the addressee's own obligation, acceptance. Traps: the activity going on ("must continue") still refuses the halt; a scheduled end
 * and the activity's end reported as a fact decide nothing; a negated stop is no demand. Sentences written
 * for these tests, read with the US–North Korea, Gaza and Afghanistan ontologies of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const dprk = evalOntology('us-dprk-2018.json');
const gaza = evalOntology('gaza-ceasefire-2024.json');
const doha = evalOntology('afghanistan-doha-2020.json');
const EH = 'exercises-halt';
const US = 'united-states';
const NK = 'north-korea';

const dprkCases: ReadingCase[] = [
  {
    name: '"said the war games with South Korea must stop": the proposer’s demand, past the anchor phrase',
    text: 'North Korea said the war games with South Korea must stop.',
    published: '2018-06-20',
    expect: [{ party: NK, demand: EH, stance: 'supports', quote: 'must' }],
  },
  {
    name: '"demanded that the joint drills with South Korea be halted": the passive past the anchor phrase',
    text: 'Kim demanded that the joint drills with South Korea be halted.',
    published: '2018-06-20',
    expect: [{ party: NK, demand: EH, stance: 'supports', quote: 'demanded' }],
  },
  {
    name: '"demanded that the war games stop": the intransitive stop reads as the halt',
    text: 'North Korea demanded that the war games stop.',
    published: '2018-06-20',
    expect: [{ party: NK, demand: EH, stance: 'supports', quote: 'demanded' }],
  },
  {
    name: '"insisted the joint drills must come to an end": the activity coming to an end',
    text: 'Pyongyang insisted the joint drills must come to an end.',
    published: '2018-06-20',
    expect: [{ party: NK, demand: EH, stance: 'supports', quote: 'the joint drills must come to an end' }],
  },
  {
    // (Read as no refusal when it was written; since the addressee's own obligation reads as acceptance
    // (own-obligation.ts), it is that, past the anchor phrase.)
    name: '"the exercises with South Korea should stop", said by the addressee: acceptance of the halt, no refusal',
    text: 'Trump said the joint military exercises with South Korea should stop.',
    published: '2018-06-20',
    expect: [{ party: US, demand: EH, stance: 'supports', quote: 'should stop' }],
  },
  {
    name: '"the joint drills with Seoul must be halted", said by the addressee: acceptance too, no refusal',
    text: 'Trump said the joint drills with Seoul must be halted.',
    published: '2018-06-20',
    expect: [{ party: US, demand: EH, stance: 'supports', quote: 'must be halted' }],
  },
  {
    name: 'trap (opposite kept): "the exercises with South Korea must continue" still refuses the halt',
    text: 'Mattis said the joint military exercises with South Korea must continue.',
    published: '2018-06-20',
    expect: [{ party: US, demand: EH, stance: 'rejects', quote: 'exercises with South Korea must continue' }],
  },
  {
    name: 'trap: the drills ending as scheduled, told as a fact, decide nothing',
    text: 'The joint drills ended on Friday as scheduled, the Pentagon said.',
    published: '2018-06-20',
    expect: [],
    none: [
      [US, EH],
      [NK, EH],
    ],
  },
  {
    name: 'trap: "the joint drills will not stop" is no demand for the halt',
    text: 'The joint drills will not stop, Mattis said.',
    published: '2018-06-20',
    expect: [],
    none: [[NK, EH]],
  },
];

const otherCases: Array<[ReadingCase, typeof gaza]> = [
  [
    {
      name: '"the fighting in Gaza has to stop": the proposer’s demand past "in Gaza"',
      text: 'Hamas said the fighting in Gaza has to stop.',
      published: '2024-05-20',
      expect: [
        {
          party: 'hamas',
          demand: 'permanent-ceasefire',
          stance: 'supports',
          quote: 'the fighting in Gaza has to stop',
        },
      ],
    },
    gaza,
  ],
  [
    {
      name: 'trap: "the fighting in Gaza will go on" is no demand of Hamas’s for it to end',
      text: 'Netanyahu said the fighting in Gaza will go on until Hamas is destroyed.',
      published: '2024-05-20',
      expect: [],
      none: [['hamas', 'permanent-ceasefire']],
    },
    gaza,
  ],
  [
    {
      name: '"the violence in Afghanistan must stop", Ghani said: the ceasefire asked for, past "in Afghanistan"',
      text: '"The violence in Afghanistan must stop," Ghani said.',
      published: '2020-03-01',
      expect: [
        {
          party: 'afghan-government',
          demand: 'ceasefire',
          stance: 'supports',
          quote: 'The violence in Afghanistan must stop',
        },
      ],
    },
    doha,
  ],
];

describe('an activity stopping of itself, after its subject and an anchor phrase', () => {
  for (const c of dprkCases) it(c.name, () => checkReading(c, dprk));
  for (const [c, o] of otherCases) it(c.name, () => checkReading(c, o));
});

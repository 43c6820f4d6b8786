/**
 * A clause after ", and" whose subject is a party of its own with a verb of saying or an auxiliary
 * states that party's position; it is no further item of what the cue before the comma wants: "Beijing
 * wants the two sides to keep talking, and Washington said it would never ease sanctions" gives Beijing
 * no stance on the easing. (", and an end to the drills", with no subject, still continues the list.)
 * Sentences written for these tests, read with the US–North Korea ontology of eval/ and the shipped
 * Russia–West ontology.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const dprk = evalOntology('us-dprk-2018.json');
const published = '2019-03-01';

const dprkCases: ReadingCase[] = [
  {
    name: '"Beijing wants talks to go on, and Washington said it would never ease …": no stance for Beijing',
    text: 'Beijing wants the two sides to go on talking, diplomats say, and Washington said it would never ease the sanctions.',
    published,
    expect: [],
    none: [['china', 'sanctions-relief']],
  },
  {
    name: 'trap: ", and an end to the joint drills" with no subject of its own is one more item',
    text: 'Pyongyang wants guarantees for its security, and an end to the joint drills.',
    published,
    expect: [
      { party: 'north-korea', demand: 'exercises-halt', stance: 'supports', quote: 'Pyongyang wants' },
    ],
  },
];

const westCases: ReadingCase[] = [
  {
    name: '"Berlin wants dialogue to continue, and Moscow has demanded …": Berlin takes no stance',
    text: 'Berlin wants the dialogue to continue, and Moscow will keep insisting on a halt to NATO expansion.',
    published: '2022-01-20',
    expect: [],
    none: [['germany', 'non-expansion']],
  },
];

describe('a party of its own after ", and"', () => {
  it.each(dprkCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, dprk));
  it.each(westCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});

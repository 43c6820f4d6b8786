/**
 * A second side's verdict taken up by an object pronoun after two cues in a row: "Pyongyang wants the
 * sanctions eased, but Seoul has refused to discuss it". The cues compose as they do before the demand
 * words themselves ("refused to discuss" is no openness but a refusal), instead of reading only the
 * inner "discuss". Sentences written for these tests, read with the US–North Korea ontology of eval/
 * and the shipped Russia–West ontology.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const dprk = evalOntology('us-dprk-2018.json');
const published = '2019-03-01';

const dprkCases: ReadingCase[] = [
  {
    name: '"but Seoul has refused to discuss it": a refusal, not openness',
    text: 'Pyongyang keeps pressing for sanctions relief, but Seoul has refused to discuss it.',
    published,
    expect: [
      {
        party: 'south-korea',
        demand: 'sanctions-relief',
        stance: 'rejects',
        quote: 'Seoul has refused to discuss it',
      },
    ],
  },
  {
    name: 'trap: "and Seoul says it is willing to discuss them" stays open',
    text: 'North Korea has asked more than once that the sanctions be eased, and Seoul is willing to discuss them.',
    published,
    expect: [
      {
        party: 'south-korea',
        demand: 'sanctions-relief',
        stance: 'open',
        quote: 'Seoul is willing to discuss them',
      },
    ],
  },
];

const westCases: ReadingCase[] = [
  {
    name: '"while the alliance has declined to discuss it": a refusal of the missile ban',
    text: 'Moscow wants a ban on missiles close to its borders, while the alliance has declined to discuss it.',
    published: '2022-01-20',
    expect: [
      {
        party: 'nato',
        demand: 'missile-deployment',
        stance: 'rejects',
        quote: 'the alliance has declined to discuss it',
      },
    ],
  },
  {
    name: 'trap: "but Washington has offered to discuss it" is openness, not a refusal',
    text: 'Russia seeks an end to NATO enlargement, but Washington has offered to discuss it.',
    published: '2022-01-20',
    expect: [
      {
        party: 'united-states',
        demand: 'non-expansion',
        stance: 'open',
        quote: 'Washington has offered to discuss it',
      },
    ],
  },
];

describe('cues in a row before an object pronoun', () => {
  it.each(dprkCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, dprk));
  it.each(westCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});

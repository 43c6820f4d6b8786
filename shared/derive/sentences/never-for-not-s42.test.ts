/**
 * "never" where a demand phrasing says "not": an ontology that lists "not reimpose sanctions", "not
 * invade" or "guarantee … not … again" also reads "will never reimpose sanctions", "will never invade",
 * "a guarantee that this will never happen again" — the same denial said for good (phraseVariants:
 * "never" for a "not" at a phrase's start, after its gap or after a modal). Traps: "never" before
 * another verb than the demand's ("had never stopped fighting", "never intended to trigger"), and
 * "will never end the war", which stays a refusal. Sentences written for these tests, read with the
 * ontologies of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const gaza = evalOntology('gaza-ceasefire-2024.json');
const ni = evalOntology('ni-protocol-2021.json');
const iran = evalOntology('iran-nuclear-2021.json');
const dprk = evalOntology('us-dprk-2018.json');

const cases: Array<[ReadingCase, ReturnType<typeof evalOntology>]> = [
  [
    {
      name: '"to promise it will never reimpose sanctions" (phrase "not reimpose sanctions")',
      text: 'Iran wants Washington to promise it will never reimpose sanctions.',
      published: '2021-11-15',
      expect: [
        { party: 'iran', demand: 'us-guarantees', stance: 'supports', quote: 'never reimpose sanctions' },
      ],
    },
    iran,
  ],
  [
    {
      name: '"a pledge that the lifted sanctions will never be reimposed" (phrase "not be reimposed")',
      text: 'Tehran wants a pledge that the lifted sanctions will never be reimposed.',
      published: '2021-11-15',
      expect: [{ party: 'iran', demand: 'us-guarantees', stance: 'supports', quote: 'never be reimposed' }],
    },
    iran,
  ],
  [
    {
      name: '"a guarantee that this will never happen again" (phrase "guarantee … not … again")',
      text: 'Tehran demands a guarantee that this will never happen again.',
      published: '2021-11-15',
      expect: [{ party: 'iran', demand: 'us-guarantees', stance: 'supports', quote: 'never happen again' }],
    },
    iran,
  ],
  [
    {
      name: '"to promise that it will never invade the North" (phrase "not invade")',
      text: 'Pyongyang wants Washington to promise that it will never invade the North.',
      published: '2019-03-01',
      expect: [
        { party: 'north-korea', demand: 'security-guarantees', stance: 'supports', quote: 'never invade' },
      ],
    },
    dprk,
  ],
  [
    {
      name: 'trap: "had never stopped fighting" denies another verb, no truce demanded',
      text: 'Netanyahu said Israel had never stopped fighting in Gaza.',
      published: '2024-05-06',
      expect: [],
      none: [
        ['israel', 'permanent-ceasefire'],
        ['hamas', 'permanent-ceasefire'],
      ],
    },
    gaza,
  ],
  [
    {
      name: 'trap: "never intended to trigger Article 16" is no "never trigger Article 16"',
      text: 'London said it never intended to trigger Article 16.',
      published: '2021-10-13',
      expect: [{ party: 'uk', demand: 'full-implementation', stance: 'open', quote: 'intended' }],
    },
    ni,
  ],
  [
    {
      name: 'trap: "Israel will never end the war" stays a refusal to end it',
      text: 'Netanyahu said Israel will never end the war before Hamas is destroyed.',
      published: '2024-05-06',
      expect: [{ party: 'israel', demand: 'permanent-ceasefire', stance: 'rejects', quote: 'end the war' }],
    },
    gaza,
  ],
];

describe('"never" read where a demand phrasing says "not"', () => {
  for (const [c, with_] of cases) it(c.name, () => checkReading(c, with_));
});

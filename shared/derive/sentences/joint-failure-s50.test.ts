/**
 * Two sides failing together to agree: "The United States and North Korea failed to agree on sanctions
 * relief", "Israel and Hamas have so far failed to agree on a permanent ceasefire". The failure is the
 * pair's: it tells that they differ, not which of them refused. The subject reading of the denied verb of
 * agreeing gave each party of the pair a refusal, so the side the demand is put to was read rejecting it
 * from a sentence that says no more than that the two did not agree (and, where the denial is no negation
 * of the lexicon, "were unable to agree", each side supporting it). joint-failure.ts drops those readings
 * for the parties of a pair that holds both sides of the demand. Found in real coverage: Trump and Kim
 * failing to reach an agreement over the North's nuclear programme (latestly.com, 28 February 2019); the
 * two sides that could not agree on removing the sanctions (gaijinblog.com, Hanoi summit report); the United
 * States and North Korea failing to reach a formal deal (theindianawaaz.com, Hanoi summit report).
 * Traps: the pair failing to agree, in three forms and two negotiations. Positive: one side's own denied
 * agreeing (its refusal), a speaker saying his side could not agree to the other's demand, and two
 * parties of the same side both refusing.
 * Uses the us-dprk, gaza and kosovo ontologies of eval/ontologies. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const dprk = evalOntology('us-dprk-2018.json');
const gaza = evalOntology('gaza-ceasefire-2024.json');
const kosovo = evalOntology('kosovo-serbia-2022.json');
const SR = 'sanctions-relief';
const PC = 'permanent-ceasefire';
const ASM = 'serb-association';

const dprkCases: ReadingCase[] = [
  {
    name: 'one side not agreeing to the demand put to it refuses it',
    text: 'The United States did not agree to sanctions relief.',
    published: '2019-03-01',
    expect: [
      { party: 'united-states', demand: SR, stance: 'rejects', quote: 'did not agree to sanctions relief' },
    ],
  },
  {
    name: "the speaker saying he could not agree to the other side's demand refuses it",
    text: "Trump said he could not agree to Kim's demand to lift sanctions.",
    published: '2019-03-01',
    expect: [
      { party: 'united-states', demand: SR, stance: 'rejects', quote: "could not agree to Kim's demand" },
    ],
  },
  {
    name: 'two parties of the same side not agreeing: two refusals',
    text: 'Japan and the United States did not agree to sanctions relief.',
    published: '2019-03-01',
    expect: [
      { party: 'united-states', demand: SR, stance: 'rejects', quote: 'Japan and the United States' },
      { party: 'japan', demand: SR, stance: 'rejects', quote: 'Japan and the United States' },
    ],
  },
  {
    name: 'trap: the two sides failed to agree on sanctions relief',
    text: 'The United States and North Korea failed to agree on sanctions relief in Hanoi.',
    published: '2019-03-01',
    expect: [],
    none: [['united-states', SR]],
  },
  {
    name: 'trap: the two capitals could not agree',
    text: 'Washington and Pyongyang could not agree on sanctions relief.',
    published: '2019-03-01',
    expect: [],
    none: [
      ['united-states', SR],
      ['north-korea', SR],
    ],
  },
  {
    name: 'trap: the two leaders were unable to agree (no support for either)',
    text: 'Trump and Kim were unable to agree on sanctions relief.',
    published: '2019-03-01',
    expect: [],
    none: [['united-states', SR]],
  },
];

const otherCases: Array<[ReadingCase, typeof gaza]> = [
  [
    {
      name: 'the prime minister saying his country would not agree to the ceasefire refuses it',
      text: 'Netanyahu said Israel would not agree to a permanent ceasefire.',
      published: '2024-03-01',
      expect: [
        { party: 'israel', demand: PC, stance: 'rejects', quote: 'would not agree to a permanent ceasefire' },
      ],
    },
    gaza,
  ],
  [
    {
      name: 'trap: Israel and Hamas have so far failed to agree on a permanent ceasefire',
      text: 'Israel and Hamas have so far failed to agree on a permanent ceasefire, mediators said.',
      published: '2024-03-01',
      expect: [],
      none: [['israel', PC]],
    },
    gaza,
  ],
  [
    {
      name: 'trap: Kosovo and Serbia failed to agree on the association',
      text: 'Kosovo and Serbia failed to agree on the association of Serb-majority municipalities.',
      published: '2023-03-01',
      expect: [],
      none: [['kosovo', ASM]],
    },
    kosovo,
  ],
  [
    {
      name: 'one side saying it would not agree to the association refuses it',
      text: 'Kurti said Kosovo would not agree to the association of Serb-majority municipalities.',
      published: '2023-03-01',
      expect: [
        { party: 'kosovo', demand: ASM, stance: 'rejects', quote: 'would not agree to the association' },
      ],
    },
    kosovo,
  ],
];

describe("two sides failing together to agree: neither side's refusal (s50)", () => {
  for (const c of dprkCases) it(c.name, () => checkReading(c, dprk));
  for (const [c, o] of otherCases) it(c.name, () => checkReading(c, o));
});

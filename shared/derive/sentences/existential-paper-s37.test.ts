/**
 * A refusal said to be missing from a party's paper, with "there is" for its subject: "On the main
 * question there is no positive answer in the US reply", "There is no positive answer on the main
 * question in the US reply", "On the main issue, there is no positive response in this document" (the
 * paper the sentence before named), "… in the paper, Lavrov said of the US reply". It says what "the US
 * reply contains no positive answer on …" says: the paper's owner refuses the topic's demand. Traps: an
 * existential with no paper ("no positive answer yet"), an outsider's paper ("the Chinese paper"), a
 * place rather than a paper ("in Washington"), and the proposer's own draft. Sentences written for these
 * tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const NX = 'non-expansion';
const stated = 'Moscow wants a pledge that NATO will not expand. ';
const usRejects = (quote: string) => ({
  party: 'united-states',
  demand: NX,
  stance: 'rejects' as const,
  quote,
});

const cases: ReadingCase[] = [
  {
    name: 'fronted topic, no comma: "On the main question there is no positive answer in the US reply"',
    text: `${stated}On the main question there is no positive answer in the US reply, Lavrov said.`,
    published,
    expect: [usRejects('no positive answer')],
  },
  {
    name: 'topic after the refusal: "There is no positive answer on the main question in the US reply"',
    text: `${stated}There is no positive answer on the main question in the US reply, Lavrov said.`,
    published,
    expect: [usRejects('no positive answer')],
  },
  {
    name: 'the demand itself as the topic, an owner adjective and a modifier: "in the American written reply"',
    text: `${stated}On enlargement, there is nothing positive in the American written reply, Lavrov said.`,
    published,
    expect: [usRejects('nothing positive')],
  },
  {
    name: '"in this document": the paper the sentence before named',
    text: `${stated}Lavrov said the US reply had arrived. "On the main issue, there is no positive response in this document," he said.`,
    published,
    expect: [usRejects('no positive response')],
  },
  {
    name: '"in the paper, Lavrov said of the U.S. written reply": the paper the words are said of',
    text: `${stated}On the central question there is nothing positive in the paper, Lavrov said of the U.S. written reply.`,
    published,
    expect: [usRejects('nothing positive')],
  },
  {
    name: 'trap: an existential with no paper ("no positive answer yet") names no one who refuses',
    text: `${stated}On the main question there is no positive answer yet, Lavrov said.`,
    published,
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: an outsider\'s paper ("the Chinese paper") gives no one the demand is put to a stance',
    text: `${stated}On the main question there is nothing positive in the Chinese paper, Lavrov said.`,
    published,
    expect: [],
    none: [
      ['united-states', NX],
      ['nato', NX],
    ],
  },
  {
    name: 'trap: a place, not a paper ("in Washington")',
    text: `${stated}On the main question there is nothing positive in Washington, Lavrov said.`,
    published,
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: the proposer\'s own draft ("in the Russian draft", said by the Kremlin) refuses nothing',
    text: `${stated}On the main question there is no ambiguity in the Russian draft, Peskov said.`,
    published,
    expect: [],
    none: [
      ['united-states', NX],
      ['nato', NX],
    ],
  },
];

describe('a refusal missing from a party\'s paper, "there is" its subject, is the paper owner\'s', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

/**
 * A demand put first as the topic of a refusal ("On enlargement, Washington gave no positive answer"),
 * the refusal given by a party, by its paper ("the American reply"), or by "it" or "the document" when
 * the sentence just before named that party's paper or said the party sent its reply. The refusal is the
 * subject's own only where the demand is put to it. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkReading, derive, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';
const MD = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: '"On NATO enlargement, the American reply gave no positive answer": the paper\'s owner refuses the topic',
    text: 'On NATO enlargement, the American reply gave no positive answer, Lavrov told reporters.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'no positive answer' }],
  },
  {
    name: '"On NATO enlargement, though, Washington offered nothing positive": a party as the subject, past an aside',
    text: 'On NATO enlargement, though, Washington offered nothing positive, the Russian minister said.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'nothing positive' }],
  },
  {
    name: 'a topic named again in a list set off by dashes: each item is refused',
    text: 'On the central point — an end to NATO enlargement and no new missiles in Europe — the American reply offered nothing positive.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'nothing positive' },
      { party: 'united-states', demand: MD, stance: 'rejects', quote: 'nothing positive' },
    ],
  },
  {
    name: '"it" for the paper the sentence before named as its subject ("Lavrov said the American paper …")',
    text: 'Lavrov said the American paper had a few useful ideas on lesser matters. On NATO enlargement, though, it gave no positive answer, he added.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'no positive answer' }],
  },
  {
    name: '"the document" for the reply the sentence before said a party sent',
    text: 'Washington sent its written reply on Wednesday. On NATO enlargement, the document offers nothing positive, Lavrov said.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'nothing positive' }],
  },
  {
    name: 'trap: the receiver praising the reply on the topic reads no refusal, nor a reply that did answer',
    text: 'On NATO enlargement, the American reply was constructive, Lavrov said.\nOn NATO enlargement, the American reply gave a detailed answer, Lavrov said.',
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: an outsider\'s paper giving no answer on the topic, and "it" after an outsider\'s paper, read nothing',
    text: 'On NATO enlargement, the Chinese paper gave no positive answer.\nLavrov said the Chinese paper was thoughtful. On NATO enlargement, though, it gave no positive answer, he said.',
    expect: [],
    none: [
      ['china', NX],
      ['united-states', NX],
    ],
  },
  {
    name: 'trap: "it" two sentences past the paper, or after a paper only asked about, is not the paper',
    text: 'Lavrov said the American document was long. Moscow studied it for a week. On NATO enlargement, it gave no positive answer, he said.\nLavrov was asked about the American reply. On NATO enlargement, it gave no positive answer, he said.',
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: a refusal with an object of its own refuses that, not the topic',
    text: 'On NATO enlargement, the American reply rejected the call for curbs on missiles in Europe.',
    expect: [{ party: 'united-states', demand: MD, stance: 'rejects', quote: 'rejected' }],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: a topic that is no demand ("On Thursday, …") leaves the sentence to the other readers',
    text: 'On Thursday, Washington gave no positive answer to the Kremlin on prisoner swaps.',
    expect: [],
    none: [
      ['united-states', NX],
      ['united-states', MD],
    ],
  },
];

describe('a demand put first as the topic of a refusal', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
  it('trap: the proposer giving no ground on its own demand is holding it firm, not refusing it', () => {
    const m = derive('On NATO enlargement, though, Deputy Foreign Minister Sergei Ryabkov gave no ground.');
    const russia = m.cells.find((c) => c.party === 'russia' && c.demand === NX);
    expect(russia?.citations.filter((c) => c.stance === 'rejects') ?? []).toEqual([]);
  });
});

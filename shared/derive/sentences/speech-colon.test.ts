/**
 * "…, the minister said: "…"": a speech verb's colon opens the words spoken. A cue in the clause before
 * the speech verb ("Arguing that X is needed, she said: …") governs nothing in the quotation; the words
 * spoken are not items of a list that clause opened. Sentences written for these tests, read with the
 * Iran ontology of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const iran = evalOntology('iran-nuclear-2021.json');
const published = '2022-06-10';

const cases: ReadingCase[] = [
  {
    name: 'a cue before "he said:" does not reach the quotation after the colon',
    text: 'Claiming that a tougher approach is needed to stop the Iranian programme, the Israeli prime minister said: "Lifting the sanctions would hand Tehran billions to spend on its militias."',
    published,
    expect: [],
    none: [['israel', 'sanctions-lifting']],
  },
  {
    name: 'trap: a list after a colon that is no speech verb is still governed by the cue before it',
    text: 'The Israeli prime minister rejected two ideas: lifting the sanctions and a return to the old deal.',
    published,
    expect: [
      { party: 'israel', demand: 'sanctions-lifting', stance: 'rejects', quote: 'rejected two ideas' },
    ],
  },
  {
    name: 'trap: the quotation keeps its own cue',
    text: 'The Israeli prime minister said: "We oppose lifting the sanctions on Iran."',
    published,
    expect: [{ party: 'israel', demand: 'sanctions-lifting', stance: 'rejects', quote: 'We oppose lifting' }],
  },
];

describe('a speech verb before a colon opens a quotation, not a list', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, iran));
});

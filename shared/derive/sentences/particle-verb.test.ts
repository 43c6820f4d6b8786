/**
 * "to sweep away the barriers": an infinitive or gerund the ontology does not know, closed by its
 * particle, acts on the bare subject after it as a plain unknown verb does ("to sweep the barriers"), so
 * the cue before it says nothing sure of the subject (without it, "hopes to sweep away the barriers …"
 * read the barriers as wanted, a rejection). A restriction verb with its particle ("clear away") still
 * reads. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading } from '../test-support/reading';

const grain = evalOntology('grain-deal-2022.json');

describe('an unknown phrasal verb before a bare subject', () => {
  it('"hopes to sweep away the hurdles" reads no rejection', () =>
    checkReading(
      {
        name: 'sweep away',
        text: 'The UN hopes to sweep away the hurdles facing Russian grain and fertilizer exports.',
        published: '2022-10-30',
        expect: [],
        none: [['un', 'export-restrictions-lifted']],
      },
      grain,
    ));
  it('a gerund with its particle ("is knocking down the barriers") reads no rejection', () =>
    checkReading(
      {
        name: 'knocking down',
        text: 'Guterres said the UN is knocking down the barriers to Russian fertilizer exports.',
        published: '2022-10-30',
        expect: [],
        none: [['un', 'export-restrictions-lifted']],
      },
      grain,
    ));
  it('a known restriction with its particle still reads: "wants to clear away the barriers"', () =>
    checkReading(
      {
        name: 'clear away',
        text: 'The UN wants to clear away the barriers to Russian fertilizer exports.',
        published: '2022-10-30',
        expect: [{ party: 'un', demand: 'export-restrictions-lifted', stance: 'supports', quote: 'wants' }],
      },
      grain,
    ));
  it('a known verb with its particle still reads: "wants to keep up the barriers" rejects their lifting', () =>
    checkReading(
      {
        name: 'keep up',
        text: 'Kyiv wants to keep up the barriers to Russian fertilizer exports.',
        published: '2022-10-30',
        expect: [
          { party: 'ukraine', demand: 'export-restrictions-lifted', stance: 'rejects', quote: 'wants' },
        ],
      },
      grain,
    ));
  it('trap: a party only described as sweeping away barriers of another trade reads nothing', () =>
    checkReading(
      {
        name: 'other trade',
        text: 'Moscow said Ankara was sweeping away the barriers to Ukrainian grain shipments.',
        published: '2022-10-30',
        expect: [],
        none: [
          ['turkey', 'export-restrictions-lifted'],
          ['russia', 'export-restrictions-lifted'],
        ],
      },
      grain,
    ));
});

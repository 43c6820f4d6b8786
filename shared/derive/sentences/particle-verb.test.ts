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
const trade = evalOntology('us-china-trade-2019.json');

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

/**
 * "agreed to lower some of its tariffs": a quantifier's "of" ("some of", "many of", "several of") stands
 * between the verb and the subject as the quantifier does ("some tariffs"), so the subject is not read
 * bare as what the cue wants (before, "agreed to cut some of its tariffs" read a rejection of their
 * removal). "all of" / "any of" still reach the restriction. Sentences written for these tests.
 */
describe('a quantifier with "of" between the verb and its object', () => {
  it('"agreed to lower some of its levies" reads no rejection', () =>
    checkReading(
      {
        name: 'some of',
        text: 'In exchange, the US agreed to lower some of its levies on Chinese imports.',
        published: '2020-01-20',
        expect: [],
        none: [['united-states', 'tariff-removal']],
      },
      trade,
    ));
  it('"many of the tariffs" after an agreeing cue reads no rejection', () =>
    checkReading(
      {
        name: 'many of',
        text: 'American negotiators agreed to trim many of the tariffs on Chinese imports.',
        published: '2020-01-20',
        expect: [],
        none: [['united-states', 'tariff-removal']],
      },
      trade,
    ));
  it('"all of its tariffs" still reaches the restriction', () =>
    checkReading(
      {
        name: 'all of',
        text: 'Washington agreed to lift all of its tariffs on Chinese imports.',
        published: '2020-01-20',
        expect: [
          { party: 'united-states', demand: 'tariff-removal', stance: 'supports', quote: 'agreed to' },
        ],
      },
      trade,
    ));
  it("trap: a demand that another party scrap several of its tariffs stays the asker's", () =>
    checkReading(
      {
        name: 'several of, demanded',
        text: 'Beijing demanded that Washington scrap several of its tariffs on Chinese imports.',
        published: '2020-01-20',
        expect: [{ party: 'china', demand: 'tariff-removal', stance: 'supports', quote: 'demanded' }],
        none: [['united-states', 'tariff-removal']],
      },
      trade,
    ));
});

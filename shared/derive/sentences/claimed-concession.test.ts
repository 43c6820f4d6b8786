/**
 * A concession by the side a demand is put to, claimed only by the side that makes the demand
 * ("an Iranian official said Washington had accepted the removal of sanctions"), shows the talks
 * moving; it is not the conceding side's own word, so it reads as openness. The conceding side
 * saying so itself, a neutral speaker, or a promise it is said to have given stays as read.
 * Sentences written for these tests, read with the Iran ontology of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const iran = evalOntology('iran-nuclear-2021.json');
const trade = evalOntology('us-china-trade-2019.json');
const published = '2021-06-10';

const cases: ReadingCase[] = [
  {
    name: 'the demanding side says the other side accepted or agreed: open',
    text: "A senior Iranian negotiator said on Monday that Washington had accepted the removal of all oil sanctions. Iran's foreign minister told reporters the Americans had agreed to lift sanctions on shipping.",
    published,
    expect: [
      {
        party: 'united-states',
        demand: 'sanctions-lifting',
        stance: 'open',
        quote: 'Washington had accepted the removal',
      },
      {
        party: 'united-states',
        demand: 'sanctions-lifting',
        stance: 'open',
        quote: 'had agreed to lift sanctions',
      },
    ],
  },
  {
    name: 'trap: the conceding side saying it itself still supports',
    text: 'Washington has agreed to lift sanctions on shipping, a State Department spokesman said on Monday.',
    published,
    expect: [
      {
        party: 'united-states',
        demand: 'sanctions-lifting',
        stance: 'supports',
        quote: 'agreed to lift sanctions',
      },
    ],
  },
];

const tradeCases: ReadingCase[] = [
  {
    name: 'trap: a deal told as done, not as a claim in reported speech, stays support',
    text: 'Trump said on Friday that China agreed to purchase far more American farm goods.',
    published: '2019-12-13',
    expect: [
      {
        party: 'china',
        demand: 'purchase-commitments',
        stance: 'supports',
        quote: 'China agreed to purchase',
      },
    ],
  },
];

describe('a concession claimed only by the demanding side', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, iran));
  it.each(tradeCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, trade));
});

/**
 * A party the document names only inside a demand's own words ("the Association of Serb-majority
 * Municipalities" for the Kosovo Serbs, "an association of Serbian municipalities" for Serbia) is not
 * named as one that might hold the demand: the document-level reading of a demand stated in its own
 * words as its proposer's (statedDemandsOwnedByProposer) does not credit it. Named anywhere else in
 * the document, it still may. Sentences written for these tests, read with the Kosovo–Serbia ontology of
 * eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const kosovo = evalOntology('kosovo-serbia-2022.json');
const published = '2023-03-01';
const SA = 'serb-association';

const cases: ReadingCase[] = [
  {
    name: 'the Serbs named only in the body’s name are not credited with it',
    text: 'The prime minister said the Association of Serb-majority Municipalities could not be set up while he was in office.',
    published,
    expect: [],
    none: [['kosovo-serbs', SA]],
  },
  {
    name: 'Serbia named only by the adjective in the body’s name, beside the refusal of another side',
    text: 'Pristina told the envoys it would not agree to the setting up of an association of Serbian municipalities.',
    published,
    expect: [{ party: 'kosovo', demand: SA, stance: 'rejects', quote: 'would not agree' }],
    none: [['serbia', SA]],
  },
  {
    name: 'the body named as the sticking point, no party named anywhere else',
    text: 'The talks stalled again on Monday, and the Association of Serb-majority Municipalities remains the sticking point.',
    published,
    expect: [],
    none: [['kosovo-serbs', SA]],
  },
  {
    name: 'trap: the Serbs named in another sentence of the document are still credited with the stated demand',
    text: 'Serb leaders in the north walked out of the talks. The Association of Serb-majority Municipalities remains the sticking point.',
    published,
    expect: [
      {
        party: 'kosovo-serbs',
        demand: SA,
        stance: 'supports',
        quote: 'remains the sticking point',
        kind: 'stated-demand',
      },
    ],
  },
  {
    name: 'trap: Serbia named outside the body’s name, in an earlier sentence, is still credited',
    text: 'Belgrade recalled its envoy on Monday. Pristina told the envoys it would not agree to the setting up of an association of Serbian municipalities.',
    published,
    expect: [
      { party: 'kosovo', demand: SA, stance: 'rejects', quote: 'would not agree' },
      { party: 'serbia', demand: SA, stance: 'supports', quote: 'would not agree', kind: 'stated-demand' },
    ],
  },
];

describe('a party named only inside a demand’s own words', () => {
  for (const c of cases) it(c.name, () => checkReading(c, kosovo));
});

const afghan = evalOntology('afghanistan-doha-2020.json');
describe('a party named only inside a demand’s own words, Afghanistan ontology', () => {
  it('"intra-Afghan talks" asked for by a UN resolution, the Afghan government named nowhere else', () =>
    checkReading(
      {
        name: 'intra-Afghan, alone',
        text: 'A UN resolution asked for intra-Afghan talks to start once Washington and the Taliban had signed their deal.',
        published: '2021-03-19',
        expect: [{ party: 'un', demand: 'intra-afghan-talks', stance: 'supports', quote: 'asked for' }],
        none: [['afghan-government', 'intra-afghan-talks']],
      },
      afghan,
    ));
});

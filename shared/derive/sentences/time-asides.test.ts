/**
 * A span of time in commas between a verb and its object ("agreed to buy, over the next two years,
 * $40 billion of …") is an aside: the verb reads on to its object as if the aside were not there. Only
 * a bare span of time (an opener, a few fillers, a unit or a year) is passed over. Sentences written for
 * these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const uscn = evalOntology('us-china-trade-2019.json');

const tradeReading = readerFor(uscn, '2019-12-20');

describe('a span of time in commas between a verb and its object', () => {
  it('"pledged to purchase, over the next three years, $40 billion of American farm goods"', () =>
    tradeReading(
      'pledged over years',
      'Beijing pledged to purchase, over the next three years, $40 billion of American farm goods.',
      [{ party: 'china', demand: 'purchase-commitments', stance: 'supports', quote: 'pledged' }],
    ));
  it('"promised to buy, over two years, more American soybeans"', () =>
    tradeReading(
      'promised over two years',
      'The Chinese side promised to buy, over two years, more American soybeans.',
      [{ party: 'china', demand: 'purchase-commitments', stance: 'supports', quote: 'promised' }],
    ));
  it('a possessive promise with the aside after its verb', () =>
    tradeReading(
      'possessive promise',
      'At the core of the accord is Beijing’s promise to purchase, across two years, an additional $50 billion of American soybeans.',
      [{ party: 'china', demand: 'purchase-commitments', stance: 'supports', quote: 'promise' }],
    ));
  it('trap: the party another waits for to buy holds nothing, aside or not', () =>
    tradeReading(
      'waited for',
      'Washington has waited, for two years, for China to buy more American soybeans.',
      [{ party: 'united-states', demand: 'purchase-commitments', stance: 'supports', quote: 'waited' }],
      [['china', 'purchase-commitments']],
    ));
  it('trap: an aside that is no bare span of time still parts the verb from the words after it', () =>
    tradeReading(
      'aside naming a place',
      'China agreed to buy, in a meeting at the American embassy last year, new office furniture.',
      [],
      [
        ['china', 'purchase-commitments'],
        ['united-states', 'purchase-commitments'],
      ],
    ));
});

/**
 * The places the rollback demand's forces are to leave, named as the states not yet in the alliance in
 * 1997 with a past perfect: "the countries that had not (yet) joined NATO by 1997", "states that had
 * not joined the alliance by 1997" (beside the phrases already read: "that were not NATO members in
 * 1997", "before 1997", "after 1997"). Read as one phrase, the negated "joined" inside it is no longer
 * taken for the non-expansion demand.
 * Traps (none): the same words in a historical aside about one member (Finland, Poland) with no one
 * asking for anything; the non-expansion cell from the negated "joined".
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-21';
const RB = 'rollback-1997';
const NE = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"taken out of the states that had not yet joined NATO by 1997", a list of forces before',
    text: 'The Kremlin wants allied soldiers, hardware and arms taken out of the states that had not yet joined NATO by 1997.',
    published,
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'had not yet joined NATO by 1997' }],
  },
  {
    name: '"must leave the countries that had not joined the alliance by 1997", reported speech',
    text: 'Lavrov said foreign forces must leave the countries that had not joined the alliance by 1997.',
    published,
    expect: [
      { party: 'russia', demand: RB, stance: 'supports', quote: 'had not joined the alliance by 1997' },
    ],
  },
  {
    name: 'the negated "joined" inside the phrase is not read as the non-expansion demand',
    text: 'Moscow wants allied troops pulled out of the countries that had not joined NATO by 1997.',
    published,
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'had not joined NATO by 1997' }],
    none: [['russia', NE]],
  },
  {
    name: 'trap: a historical aside about Finland',
    text: 'Finland, a country that had not joined NATO by 1997, kept out of the alliance for decades afterwards.',
    published,
    expect: [],
    none: [
      ['finland', RB],
      ['russia', RB],
    ],
  },
  {
    name: 'trap: a historian on Poland, no one asking for anything',
    text: 'Poland was among the states that had not yet joined NATO by 1997, a historian noted in Warsaw.',
    published,
    expect: [],
    none: [
      ['poland', RB],
      ['russia', RB],
    ],
  },
  {
    name: 'trap: the date of a Romanian decision, no forces named',
    text: 'Romania, one of the countries that had not joined the alliance by 1997, voted on its budget on Friday.',
    published,
    expect: [],
    none: [
      ['romania', RB],
      ['russia', RB],
    ],
  },
];

describe('the states that had not yet joined NATO by 1997', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

/**
 * A trailing "as" clause naming who asks for the act its sentence states: "The alliance will not stop
 * growing eastward, as Moscow has demanded." / "… reducing its troops in Eastern Europe as Moscow wants,
 * the official said". The one in the "as" clause supports the act. Read also at the end of the sentence
 * (the full stop after the verb) and without a comma (then only for an act in the same clause). After a
 * refusal the act asked for is the one refused, so there it is read only for a party that put the demand
 * forward. Traps: a party that did not put the demand forward after a refusal, "as long as", an "as"
 * clause whose verb has an object of its own ("as Moscow wants talks first"), a verb of asserting
 * ("as Moscow has claimed"). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const NX = 'non-expansion';
const RB = 'rollback-1997';

const cases: ReadingCase[] = [
  {
    name: '"… will not stop growing eastward, as Moscow has demanded.": the proposer asks for the refused act',
    text: 'The alliance will not stop growing eastward, as Moscow has demanded.',
    published,
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'demanded' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'will not' },
    ],
  },
  {
    name: '"… reducing its troops in Eastern Europe as Moscow wants, the official said": no comma before "as"',
    text: 'There was no chance of America reducing its troops in Eastern Europe as Moscow wants, the official said.',
    published,
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'wants' }],
  },
  {
    name: '"… will not reduce its presence in Eastern Europe as Moscow wants.": at the end of the sentence',
    text: 'Washington will not reduce its presence in Eastern Europe as Moscow wants.',
    published,
    expect: [
      { party: 'russia', demand: RB, stance: 'supports', quote: 'wants' },
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'will not' },
    ],
  },
  {
    name: '"…, as the Kremlin had requested." after a refusal of the demand named in a noun',
    text: 'The allies refused to halt enlargement, as the Kremlin had requested.',
    published,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'requested' }],
  },
  {
    name: 'trap: after a refusal, a party that did not put the demand forward is not read as asking for it',
    text: 'NATO will not stop expanding, as Washington has demanded.\nNATO will not stop expanding eastward, as Kyiv has asked.',
    published,
    expect: [],
    none: [
      ['united-states', NX],
      ['ukraine', NX],
    ],
  },
  {
    name: 'trap: "for as long as Moscow wants" is no trailing "as" clause',
    text: 'The allies will keep their troops in Poland for as long as Moscow wants.',
    published,
    expect: [],
    none: [['russia', RB]],
  },
  {
    name: 'trap: "as Moscow wants talks first" has an object of its own: another statement, not a pointer back',
    text: 'Washington will not cut its forces in Eastern Europe as Moscow wants talks first.',
    published,
    expect: [],
    none: [['russia', RB]],
  },
  {
    name: 'trap: "as Moscow has claimed" asserts, it does not ask',
    text: 'The allies will not reduce their troops in Poland, as Moscow has claimed.',
    published,
    expect: [],
    none: [['russia', RB]],
  },
];

describe('a trailing "as" clause names who asks for the act', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});

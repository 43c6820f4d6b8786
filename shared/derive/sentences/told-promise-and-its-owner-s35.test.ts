/**
 * Two attributions, in sentences written for these tests:
 * - a promise that a speaker of another side dates to history ("Putin said the West had promised in 1990
 *   not to expand NATO") is that side's claim about the past, not the promiser's position; the promiser keeps
 *   a past promise told by the writer or its own side, and a recent one ("had promised" in the talks);
 * - "its" stands for a body, never for a person named before it: "John Doe, the ambassador in Moscow,
 *   handed the Russian side a reply to its demand …" is the Russian side's demand.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-20';
const NX = 'non-expansion';
const RB = 'rollback-1997';
const MD = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: 'a 1990 promise the Russian leader says the West made is his claim, not the West\u2019s stance',
    text: 'Putin said the West had promised in 1990 not to expand NATO eastward.',
    published,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'Putin said the West' }],
    none: [
      ['united-states', NX],
      ['nato', NX],
    ],
  },
  {
    name: '"years ago NATO had pledged …", told by the Russian minister: no NATO stance',
    text: 'Lavrov said that years ago NATO had pledged not to move its forces east.',
    published,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'Lavrov said' }],
    none: [['nato', NX]],
  },
  {
    name: '"back then Western leaders had assured Moscow …", told by Putin: no Western stance',
    text: 'Putin said that back then Western leaders had assured Moscow that NATO would not move east.',
    published,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'Putin said' }],
    none: [
      ['united-states', NX],
      ['nato', NX],
    ],
  },
  {
    name: 'trap: a promise the writer dates to 1990, told by the promiser\u2019s own side, stays (historical)',
    text: 'In 1990 the United States promised that NATO would not expand eastward, a State Department historian acknowledged.',
    published,
    expect: [
      { party: 'united-states', demand: NX, stance: 'supports', quote: 'promised', modality: 'historical' },
    ],
  },
  {
    name: 'trap: a promise given in the talks now ("had promised" alone), told by the other side, stays',
    text: 'A Kremlin aide told reporters that President Biden had promised not to send offensive weapons into Ukraine.',
    published,
    expect: [{ party: 'united-states', demand: MD, stance: 'supports', quote: 'promised' }],
  },
  {
    name: 'trap: a promise dated to this negotiation\u2019s own year, told by the other side, stays',
    text: 'The Kremlin said Washington had promised in 2021 not to deploy strike missiles in Ukraine.',
    published,
    expect: [{ party: 'united-states', demand: MD, stance: 'supports', quote: 'promised' }],
  },
  {
    name: 'trap: a denied promise is a refusal, whoever tells of it',
    text: 'Blinken said NATO had never promised not to expand.',
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'promised' }],
  },
  {
    name: '"its" after an ambassador named by name and office is the side handed the reply',
    text: 'John Doe, the U.S. ambassador in Moscow, handed the Russian side a written reply to its insistence that NATO pull its forces back from Eastern Europe.',
    published,
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'its insistence' }],
    none: [['united-states', RB]],
  },
  {
    name: '"its" after an envoy is the body given the reply',
    text: 'The U.S. envoy gave the Kremlin a reply to its demand that NATO pull back its forces from Eastern Europe.',
    published,
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'its demand' }],
    none: [['united-states', RB]],
  },
  {
    name: 'trap: the body that answers does not own the demand it answers ("Washington had answered its demand")',
    text: 'Peskov, the Kremlin spokesman, said Washington had answered its demand that NATO withdraw its forces from Eastern Europe.',
    published,
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'its demand' }],
    none: [['united-states', RB]],
  },
  {
    name: 'trap: "its" after a spokesman and his capital as subject is the capital\u2019s',
    text: 'The Kremlin spokesman said Moscow had restated its demand that NATO pull its forces back from Eastern Europe.',
    published,
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'its demand' }],
  },
  {
    name: 'trap: "its" with only a person before it stays with the person\u2019s side',
    text: 'Lavrov said its demand that NATO withdraw its forces from Eastern Europe stood.',
    published,
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'its demand' }],
  },
];

describe('told promises and the owner of "its" (s35)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

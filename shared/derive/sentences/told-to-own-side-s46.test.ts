/**
 * What a speaker says its own side was told: "Putin said Russia was told that NATO had no plans to expand
 * east", "…, Antonov writes, Moscow was told that NATO had no plans to move eastward". The teller is not
 * named and the words are the speaker's side's account of what it heard, so the party named inside them
 * (NATO) gets no stance from them (before, NATO was read as open to the halt).
 * Three such sentences must give NATO nothing; three look alike and are kept as they were read: the
 * writer's own "Russia was told on Friday that …", a speaker of the other side saying what Russia was
 * told, and a speaker telling what a third party was told.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-20';
const NE = 'non-expansion';
const MD = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: 'trap: the speaker says its side was told that NATO had no plans to move east',
    text: 'Lavrov said Moscow had been told that NATO had no plans to move east.',
    published,
    expect: [],
    none: [['nato', NE]],
  },
  {
    name: 'trap: "…, Antonov writes, Moscow was told that …" with the speaker set in the middle',
    text: 'While German unity was being negotiated, Antonov writes, Moscow was told that NATO had no plans to move eastward.',
    published,
    expect: [],
    none: [['nato', NE]],
  },
  {
    name: 'trap: "Putin said Russia was informed that the alliance had no plans to put missiles in Ukraine"',
    text: 'Putin said Russia was informed that the alliance had no plans to put missiles in Ukraine.',
    published,
    expect: [],
    none: [['nato', MD]],
  },
  {
    name: 'kept: the writer says Russia was told',
    text: 'Russia was told on Friday that NATO has no plans to put missiles in Ukraine.',
    published,
    expect: [{ party: 'nato', demand: MD, stance: 'open', quote: 'NATO has no plans' }],
  },
  {
    name: 'kept: a speaker of the other side says what Russia was told',
    text: 'Blinken said Russia was told that NATO has no plans to put missiles in Ukraine.',
    published,
    expect: [{ party: 'nato', demand: MD, stance: 'open', quote: 'NATO has no plans' }],
  },
  {
    name: 'kept: what a third party was told, said by the speaker',
    text: 'Lavrov said Kyiv was told that NATO had no plans to move east.',
    published,
    expect: [{ party: 'nato', demand: NE, stance: 'open', quote: 'NATO had no plans' }],
  },
];

describe("what the speaker's own side was told", () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

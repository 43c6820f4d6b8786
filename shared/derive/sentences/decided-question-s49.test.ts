/**
 * A refusal before a verb of deciding, dictating or telling with a subject of its own ("will not accept
 * Russia dictating which countries may join NATO", "will not accept Russia telling its neighbours whether
 * they may join"): the refusal governs the say over membership, not the joining inside the question it
 * decides (analyze-sentence/decided-question.ts). Read as the cue's object, the refusal of the say came
 * out as a refusal of the joining — support for the demand the speaker rejects; now it stays unread.
 * Found in real coverage: i24news (10 December 2021, Stoltenberg: cannot accept Russia trying to decide
 * what other members can do), Foreign Policy (7 January 2022, Linde: Moscow has no right to dictate which
 * countries can apply to join).
 * Traps: the three refusals of an outsider's say, and a rejection of Russia determining which states join.
 * Kept read: a refusal of the joining itself ("will not accept Ukraine joining NATO", "opposes Ukraine
 * joining NATO") and the permission refused with the bare verb ("will not allow Russia to dictate which
 * countries may join", read as the outsider's say refused).
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-07';
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"Lavrov said Moscow will not accept Ukraine joining NATO": Russia supports (the joining refused)',
    text: 'Lavrov said Moscow will not accept Ukraine joining NATO.',
    published,
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'will not accept Ukraine joining NATO' },
    ],
  },
  {
    name: '"Lavrov said Russia opposes Ukraine joining NATO": Russia supports',
    text: 'Lavrov said Russia opposes Ukraine joining NATO.',
    published,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'opposes Ukraine joining NATO' }],
  },
  {
    name: '"Sweden will not allow Russia to dictate which countries may join NATO": Sweden rejects',
    text: 'Andersson said Sweden will not allow Russia to dictate which countries may join NATO.',
    published,
    expect: [{ party: 'sweden', demand: NX, stance: 'rejects', quote: 'will not allow Russia to dictate' }],
  },
  {
    name: 'trap: "Sweden will not accept Russia dictating which countries may join NATO" is no Swedish support',
    text: 'Andersson said Sweden will not accept Russia dictating which countries may join NATO.',
    published,
    expect: [],
    none: [['sweden', NX]],
  },
  {
    name: 'trap: "Germany will not accept Russia telling its neighbours whether they may join NATO"',
    text: 'Baerbock said Germany will not accept Russia telling its neighbours whether they may join NATO.',
    published,
    expect: [],
    none: [['germany', NX]],
  },
  {
    name: 'trap: "NATO will not tolerate Moscow deciding who joins the alliance" is no support of NATO\'s',
    text: 'Stoltenberg said NATO will not tolerate Moscow deciding who joins the alliance.',
    published,
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'trap: "the US rejects Russia determining which states join NATO" is no support of the US',
    text: 'Psaki said the US rejects Russia determining which states join NATO.',
    published,
    expect: [],
    none: [['united-states', NX]],
  },
];

describe('a refusal of the say over who joins is no refusal of the joining (session 49)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

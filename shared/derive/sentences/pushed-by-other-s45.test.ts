/**
 * A demand's words as what another side's push asks for: "Moscow has so far rejected calls from the West to
 * pull those forces back, saying it has no plans to invade" is about Russia's own troops, which the West
 * asks it to withdraw; the proposer speaking does not state its rollback demand there. Before, the proposer
 * speaking ("saying …") with the demand's own words in its sentence was read as Russia supporting the
 * rollback (a wrong citation in the seed corpus). Traps: "calls from the West", "pressure from Washington",
 * "appeals from the allies". Still read: a proposer's own call ("Moscow renewed its calls for NATO to pull its
 * forces back"), and another party refusing the call ("NATO has rejected calls to pull its forces back").
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-13';
const RB = 'rollback-1997';

const cases: ReadingCase[] = [
  {
    name: 'trap: "rejected calls from the West to pull those forces back, saying …" is no Russian rollback demand',
    text: 'Moscow has so far rejected calls from the West to pull those forces back, saying it has no plans to invade.',
    published,
    expect: [],
    none: [['russia', RB]],
  },
  {
    name: 'trap: "pressure from Washington to withdraw the troops" is Washington\'s push, not Moscow\'s wording',
    text: 'The Kremlin brushed off pressure from Washington to withdraw the troops, saying they were on Russian soil.',
    published,
    expect: [],
    none: [['russia', RB]],
  },
  {
    name: 'trap: "appeals from the allies to pull the battalions back", Peskov saying so, is no Russian demand',
    text: 'Peskov dismissed appeals from the allies to pull the battalions back, saying Russia moves its forces as it likes.',
    published,
    expect: [],
    none: [['russia', RB]],
  },
  {
    name: 'a proposer\'s own call still reads: "Moscow renewed its calls for NATO to pull its forces back"',
    text: 'Moscow renewed its calls for NATO to pull its forces back from Eastern Europe, Lavrov said.',
    published,
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'NATO to pull its forces back' }],
  },
  {
    name: 'another party refusing such a call still reads: "NATO has rejected calls to pull its forces back"',
    text: 'NATO has rejected calls to pull its forces back from Eastern Europe.',
    published,
    expect: [
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'rejected calls to pull its forces back' },
    ],
  },
];

describe("a demand's words as another side's push (session 45)", () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

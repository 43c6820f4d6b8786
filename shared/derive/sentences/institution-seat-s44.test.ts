/**
 * A capital named as the seat of an institution of study ("Emily Ferris of the London-based Royal United
 * Services Institute", "Angela Stent of Washington's Brookings Institution", "experts from Moscow State
 * Institute of International Relations") does not make the analyst who speaks the government's voice;
 * before, the capital's party was read as speaking ("open" for the US and for Russia). Traps: the
 * government's own bodies and envoys ("Russia's Security Council", "Washington's envoy", "Washington's
 * written reply") keep their party.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const cases: ReadingCase[] = [
  {
    name: '"X of the London-based Royal United Services Institute said …" is no British position',
    text: 'Emily Ferris of the London-based Royal United Services Institute said the alliance should consider a pause in NATO expansion.',
    expect: [],
    none: [['uk', 'non-expansion']],
  },
  {
    name: '"X of Washington\'s Brookings Institution said …" is no American position',
    text: "Angela Stent of Washington's Brookings Institution said the alliance should consider a moratorium on NATO enlargement.",
    expect: [],
    none: [['united-states', 'non-expansion']],
  },
  {
    name: '"experts from Moscow State Institute of International Relations said …" is no Russian openness',
    text: 'Experts from Moscow State Institute of International Relations said Washington should consider a moratorium on NATO enlargement.',
    expect: [],
    none: [
      ['russia', 'non-expansion'],
      ['united-states', 'non-expansion'],
    ],
  },
  {
    name: 'trap: "Russia\'s Security Council said …" is the government speaking',
    text: "Russia's Security Council said NATO must halt its expansion.",
    expect: [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'must' }],
  },
  {
    name: 'trap: "Washington\'s envoy said …" is the government speaking',
    text: "Washington's envoy said NATO's door remains open.",
    expect: [{ party: 'united-states', demand: 'non-expansion', stance: 'rejects', quote: 'remains open' }],
  },
  {
    name: 'trap: "Washington\'s written reply said …" is the government\'s document',
    text: "Washington's written reply said NATO's door remains open.",
    expect: [{ party: 'united-states', demand: 'non-expansion', stance: 'rejects', quote: 'remains open' }],
  },
];

describe("a capital as the seat of an institution of study is no party's voice", () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

/**
 * A party calls the forces or deployments a demand would remove "purely defensive" ("the allied
 * presence in the Baltics is strictly defensive", "the battlegroups are defensive in nature", "of a
 * defensive nature"): it justifies keeping them, so it rejects the demand, as when it calls them
 * essential or says they must stay. The cue words are data (stance cues, supports side; the demand
 * frame turns backing for the forces into rejecting their withdrawal). Traps: a Russian speaker who
 * dismisses NATO's claim or denies the forces are defensive (his reading stays his own, never a
 * rejection), the speaker's own troops with no allied anchor, and "a purely defensive alliance" with no
 * demand named. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-20';
const RB = 'rollback-1997';
const rejects = (party: string, quote: string) => ({ party, demand: RB, stance: 'rejects' as const, quote });

const cases: ReadingCase[] = [
  {
    name: '"said the allied presence on the eastern flank was purely defensive" rejects the pullback',
    text: 'The Romanian government said the allied presence on the eastern flank was purely defensive.',
    published,
    expect: [rejects('romania', 'purely defensive')],
    none: [['russia', RB]],
  },
  {
    name: '"a strictly defensive answer": the adjective before a noun of response still qualifies the subject',
    text: 'Bucharest said the larger allied footprint in Romania was a strictly defensive answer to Russian pressure.',
    published,
    expect: [rejects('romania', 'strictly defensive')],
  },
  {
    name: '"defensive in nature", a NATO speaker on the battlegroups in the Baltic states',
    text: 'Stoltenberg said the battlegroups in the Baltic states were defensive in nature.',
    published,
    expect: [rejects('nato', 'defensive in nature')],
  },
  {
    name: '"are there for strictly defensive reasons": US troops in Poland, a Polish speaker',
    text: 'Polish officials insist the US troops stationed in Poland are there for strictly defensive reasons.',
    published,
    expect: [rejects('poland', 'strictly defensive')],
  },
  {
    name: "trap: a Russian speaker dismissing NATO's claim that its forces are purely defensive gets no rejection",
    text: "Lavrov dismissed NATO's claim that its forces in Eastern Europe are purely defensive.",
    published,
    expect: [],
    none: [['russia', RB]],
  },
  {
    name: 'trap: "anything but defensive" from Moscow is no rejection (the denial backs the pullback)',
    text: "Peskov said NATO's presence in the Baltics was anything but defensive.",
    published,
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'defensive' }],
  },
  {
    name: 'trap: Moscow calling its own build-up near Ukraine defensive names no allied forces',
    text: 'Moscow insists its troop build-up near Ukraine is purely defensive.',
    published,
    expect: [],
    none: [
      ['russia', RB],
      ['russia', 'non-expansion'],
    ],
  },
  {
    name: 'trap: "a purely defensive alliance" names no demand',
    text: 'NATO is a purely defensive alliance, Stoltenberg said.',
    published,
    expect: [],
    none: [
      ['nato', RB],
      ['nato', 'non-expansion'],
    ],
  },
];

describe('a party calling the forces a demand would remove purely defensive rejects the demand', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

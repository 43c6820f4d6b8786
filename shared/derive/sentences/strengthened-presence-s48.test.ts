/**
 * Asking the alliance to strengthen, bolster or enhance its presence in the eastern members is a stand
 * against pulling it back (rejects the rollback), as "increase", "boost" or "reinforce" already were: the
 * verb fields the forces it names rather than leaving their direction unknown. Coverage of the Baltic and
 * Polish positions uses these verbs for the same demand: Latvian prime minister's post of 7 February 2022
 * (strengthening of NATO presence in the Baltic states, quoted by LSM), Belsat, 14 January 2022 (the Baltic
 * states asking NATO to increase its presence), Reuters via RT, 13 January 2022.
 * And "expand its presence" / "enlarge its footprint" is the alliance's forces, not its membership: the verb
 * with another demand's subject for its object is no mention of enlargement (before, "Latvia wants NATO to
 * expand its presence" read Latvia rejecting non-expansion).
 * Traps: expanding a presence says nothing about membership; a verb of no size ("review its presence")
 * leaves the direction unknown; a done act ("has strengthened") is news, not a stand.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-02-07';
const RB = 'rollback-1997';
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"Latvia wants NATO to strengthen its presence in the Baltic states": Latvia rejects the rollback',
    text: 'Latvia wants NATO to strengthen its presence in the Baltic states.',
    published,
    expect: [{ party: 'baltic-states', demand: RB, stance: 'rejects', quote: 'wants' }],
  },
  {
    name: '"stressed the need to strengthen NATO\'s presence in the Baltic states": rejects the rollback',
    text: "Latvia stressed the need to strengthen NATO's presence in the Baltic states.",
    published,
    expect: [{ party: 'baltic-states', demand: RB, stance: 'rejects', quote: 'stressed the need' }],
  },
  {
    name: '"Latvia supports bolstering NATO\'s presence in the Baltic states": rejects the rollback',
    text: "Latvia supports bolstering NATO's presence in the Baltic states.",
    published,
    expect: [{ party: 'baltic-states', demand: RB, stance: 'rejects', quote: 'supports' }],
  },
  {
    name: '"Warsaw wants the allies to enhance their presence in Poland": Poland rejects the rollback',
    text: 'Warsaw wants the allies to enhance their presence in Poland.',
    published,
    expect: [{ party: 'poland', demand: RB, stance: 'rejects', quote: 'wants' }],
  },
  {
    name: '"Latvia wants NATO to expand its presence in the Baltic states": the rollback, not enlargement',
    text: 'Latvia wants NATO to expand its presence in the Baltic states.',
    published,
    expect: [{ party: 'baltic-states', demand: RB, stance: 'rejects', quote: 'wants' }],
    none: [['baltic-states', NX]],
  },
  {
    name: 'trap: "the alliance plans to expand its footprint in Romania" is no stance on enlargement',
    text: 'The alliance plans to expand its footprint in Romania.',
    published,
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'trap: "Warsaw said NATO should expand its presence on the eastern flank" is no stance on enlargement',
    text: 'NATO should expand its presence on the eastern flank, Warsaw said.',
    published,
    expect: [{ party: 'poland', demand: RB, stance: 'rejects', quote: 'should' }],
    none: [
      ['poland', NX],
      ['nato', NX],
    ],
  },
  {
    name: 'trap: "wants NATO to review its presence" has no direction',
    text: 'Latvia wants NATO to review its presence in the Baltic states.',
    published,
    expect: [],
    none: [
      ['baltic-states', RB],
      ['nato', RB],
    ],
  },
  {
    name: 'kept: "Russia demands that NATO not expand its membership" is still enlargement',
    text: 'Russia demands that NATO not expand its membership.',
    published,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'demands' }],
  },
];

describe('a presence strengthened, and a presence expanded (session 48)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

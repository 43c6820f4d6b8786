/**
 * A permission refused by a "no" that also opens the demand's own words: "will allow no country a veto
 * over enlargement", "allows no one to veto Ukraine's membership". The demand's words are read from that
 * "no" ("no country a veto over …", the opposite of the demand), and the permission cue was negated by the
 * same "no", so the refusal counted twice and the speaker came out backing the veto. The "no" now counts
 * once, in the demand's words. Traps: a refusal whose "no" is not the demand's ("let no one veto …", where
 * the demand's words start at "veto"), a negation before the cue ("would never allow a veto over …"), and
 * a bare "no one has a veto" with no permission at all, each keep their readings. Sentences written for
 * these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"will allow no country a veto over NATO enlargement": the veto refused, rejects',
    text: 'Blinken said Washington will allow no country a veto over NATO enlargement.',
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'allow no country a veto' }],
  },
  {
    name: '"will allow no one to veto Ukraine\'s membership": rejects, not a backing of the veto',
    text: "Stoltenberg said the alliance will allow no one to veto Ukraine's membership of NATO.",
    published,
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'allow no one to veto' }],
  },
  {
    name: '"Moscow will allow no country to expand NATO further east": Russia\'s own demand, supports',
    text: 'Lavrov said Moscow will allow no country to expand NATO further east.',
    published,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'allow no country to expand' }],
  },
  {
    name: 'trap: "will let no one veto …" (the "no" is the cue\'s own) still rejects',
    text: "Blinken said Washington will let no one veto Ukraine's membership of NATO.",
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'let no one veto' }],
  },
  {
    name: 'trap: "no one has a veto over Ukraine\'s membership", no permission: rejects as before',
    text: "Blinken said no one has a veto over Ukraine's membership of NATO.",
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'no one has a veto over' }],
  },
  {
    name: 'trap: "would never allow a veto over …" (the "no" stands before the cue) still rejects',
    text: "Blinken said Washington would never allow a veto over Ukraine's membership of NATO.",
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'never allow a veto' }],
  },
];

describe('a refusing "no" that opens the demand\'s words counts once', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

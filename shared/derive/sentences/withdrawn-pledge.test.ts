/**
 * "Withdraw" as a restriction of enlargement, beside "retract", "revoke" and "rescind": withdrawing the
 * promise that a country will one day become a member is the demand, so turning down a demand to withdraw
 * it rejects the demand. Withdrawing troops stays the rollback wording it was, and withdrawing something
 * that is not the admitting (an objection, an ambassador) names no enlargement. Sentences written for
 * these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const seed = seedOntology();
const NX = 'non-expansion';
const RB = 'rollback-1997';

const cases: ReadingCase[] = [
  {
    name: "turning down a demand to withdraw the promise of membership rejects the demand; the demand is the proposer's",
    text: "Germany has turned down Moscow's demand that the alliance withdraw its promise that Georgia will one day become a member.",
    expect: [
      { party: 'germany', demand: NX, stance: 'rejects', quote: 'turned down' },
      { party: 'russia', demand: NX, stance: 'supports', quote: "Moscow's demand" },
    ],
  },
  {
    name: 'wanting the pledge of future membership withdrawn is the demand',
    text: 'The Kremlin wants the alliance to withdraw its pledge that Georgia will eventually join.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
  },
  {
    name: 'trap: withdrawing battalions stays the pullback of forces, not enlargement',
    text: 'The Kremlin demanded that the alliance withdraw its battalions from Estonia.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'demanded' }],
    none: [['russia', NX]],
  },
  {
    name: 'trap: withdrawing an objection to a country joining is no restriction of the joining',
    text: 'The Canadian foreign minister said Ottawa would withdraw its objection to Georgia joining the alliance.',
    expect: [],
    none: [['canada', NX]],
  },
  {
    name: 'trap: an ambassador withdrawn while membership is weighed reads no stance',
    text: "Russia withdrew its ambassador from Tallinn as the alliance weighed Georgia's membership.",
    expect: [],
    none: [
      ['russia', NX],
      ['nato', NX],
    ],
  },
];

describe('withdrawing a promise of membership', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, seed));
});

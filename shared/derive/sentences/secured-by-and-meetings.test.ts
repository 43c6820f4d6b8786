/**
 * Two cue wordings. "Security cannot be secured by enlarging military blocs": a denial that a thing
 * brings security, said of the demand's opposite, backs the demand (as "cannot be guaranteed by"
 * already did). "Offered a series of meetings on missiles", "an invitation to a round of meetings on
 * arms control": meetings offered, like talks offered, are openness. Traps: blocs named with no
 * growth, a region secured by troops, an invitation turned down by the demand's own proposer.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';
const MD = 'missile-deployment';
const RB = 'rollback-1997';

const cases: ReadingCase[] = [
  {
    name: '"cannot be secured by enlarging military blocs": the speaker backs the halt',
    text: 'Wang Yi said lasting security in Europe cannot be secured by enlarging military blocs.',
    expect: [{ party: 'china', demand: NX, stance: 'supports', quote: 'secured by' }],
  },
  {
    name: 'the same after a sentence naming the speaker, told with "he added"',
    text: 'Wang Yi spoke to Blinken by phone on Thursday. Security in the region, he added, cannot be secured by building up or widening military blocs.',
    expect: [{ party: 'china', demand: NX, stance: 'supports', quote: 'secured by' }],
  },
  {
    name: 'trap: blocs with no growth named say nothing of enlargement',
    text: 'Wang Yi said security cannot be secured by military blocs alone.',
    expect: [],
    none: [['china', NX]],
  },
  {
    name: 'trap: a region "secured by allied battalions" is no stance on withdrawing them',
    text: 'The Baltic region is secured by allied battalions, Kallas said.',
    expect: [],
    none: [['baltic-states', RB]],
  },
  {
    name: '"offered a series of meetings on missiles": the allies are open',
    text: 'Stoltenberg said the allies had offered a series of meetings on missiles in Europe.',
    expect: [{ party: 'nato', demand: MD, stance: 'open', quote: 'offered a series of meetings' }],
  },
  {
    name: '"renewed his invitation to a round of meetings on arms control": open',
    text: 'Stoltenberg renewed his invitation to a round of meetings on arms control.',
    expect: [{ party: 'nato', demand: MD, stance: 'open', quote: 'invitation to a round of meetings' }],
  },
  {
    name: 'trap: the proposer turning down such an invitation is no stance on its own demand',
    text: 'Russia turned down the invitation to a series of meetings on arms control.',
    expect: [],
    none: [['russia', MD]],
  },
];

describe('"cannot be secured by" and meetings offered', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});

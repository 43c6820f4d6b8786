/**
 * A negated verb of talks in the past or the perfect reports what talks covered, not a refusal: "the two
 * sides did not discuss missile deployments", "Macron said he had not discussed any halt to enlargement",
 * "missile limits were not discussed". Before, the negation turned the offer of talks into a rejection
 * ("Blinken said the two sides did not discuss missile deployments" read the US rejecting missile limits,
 * which it had offered to negotiate). Now the sentence stays an unclassified mention.
 * Traps (still read as refusals): "will not discuss", "refused to discuss", "is not willing to
 * negotiate", "cannot discuss", and a perfect report joined to a refusal in the future.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkReading, derive, type ReadingCase } from '../test-support/reading';

const published = '2022-02-15';
const NX = 'non-expansion';
const MI = 'missile-deployment';
const RB = 'rollback-1997';

const cases: ReadingCase[] = [
  {
    name: '"the two sides did not discuss missile deployments" is no US rejection',
    text: 'Blinken said the two sides did not discuss missile deployments on Friday.',
    published,
    expect: [],
    none: [['united-states', MI]],
  },
  {
    name: '"he had not discussed any halt to NATO enlargement with Putin" is no French rejection',
    text: 'Macron said he had not discussed any halt to NATO enlargement with Putin.',
    published,
    expect: [],
    none: [['france', NX]],
  },
  {
    name: '"did not discuss NATO enlargement during the meeting, his spokesman said" gives Germany nothing',
    text: 'The chancellor did not discuss NATO enlargement during the meeting, his spokesman said.',
    published,
    expect: [],
    none: [['germany', NX]],
  },
  {
    name: 'the passive "were not discussed at the meeting" gives the speaker nothing',
    text: 'Missile deployments were not discussed at the meeting, Blinken said.',
    published,
    expect: [],
    none: [['united-states', MI]],
  },
  {
    name: 'the contracted "hasn\'t yet discussed" gives the speaker nothing',
    text: "Stoltenberg said the alliance hasn't yet discussed troop levels in Eastern Europe with Moscow.",
    published,
    expect: [],
    none: [['nato', RB]],
  },
  {
    name: 'trap: "will not discuss NATO enlargement" still refuses',
    text: 'Blinken said Washington will not discuss NATO enlargement with Moscow.',
    published,
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'will not discuss NATO enlargement' },
    ],
  },
  {
    name: 'trap: "refused to discuss NATO enlargement" still refuses',
    text: 'The US refused to discuss NATO enlargement.',
    published,
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'refused to discuss NATO enlargement' },
    ],
  },
  {
    name: 'trap: "is not willing to discuss" still refuses',
    text: 'Blinken said Washington is not willing to discuss NATO enlargement.',
    published,
    expect: [
      {
        party: 'united-states',
        demand: NX,
        stance: 'rejects',
        quote: 'not willing to discuss NATO enlargement',
      },
    ],
  },
  {
    name: 'trap: "cannot discuss" still refuses',
    text: 'Blinken said Washington cannot discuss NATO enlargement with Moscow.',
    published,
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'cannot discuss NATO enlargement' },
    ],
  },
  {
    name: 'trap: "has not been discussed and will not be discussed" still refuses, by its second verb',
    text: 'Blinken said NATO enlargement has not been discussed and will not be discussed.',
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'NATO enlargement' }],
  },
];

describe('a negated talks verb in the past reports talks, no refusal (session 47)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));

  it('keeps the unreported sentence as an unclassified mention of the cell', () => {
    const m = derive('Blinken said the two sides did not discuss missile deployments on Friday.', published);
    const cell = m.cells.find((c) => c.party === 'united-states' && c.demand === MI);
    expect(cell?.citations ?? []).toEqual([]);
    expect(cell?.mentions?.length ?? 0).toBeGreaterThan(0);
  });
});

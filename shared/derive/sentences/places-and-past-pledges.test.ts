/**
 * Three readings around the rollback demand, in sentences written for these tests:
 * - words that name new members, after a preposition of place, are where the forces to pull back are
 *   ("out of the new member states"), not a mention of enlargement;
 * - the size and kind of forces ("large", "substantial combat") sit between a restriction and its subject
 *   ("not to station substantial combat forces": the demand's own words, not forces wanted there);
 * - forces sent to a country that is no anchor of the rollback ("combat troops to Ukraine") are no part of it;
 * - a when-clause right after a past year or decade ("back to the 1990s, when NATO pledged …") is history,
 *   and, told by another side ("…, Lavrov said"), that side's claim (s35).
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-14';

const cases: ReadingCase[] = [
  {
    name: '"pull its forces out of the new member states": rollback only, no enlargement',
    text: 'Russia demands that NATO pull its forces out of the new member states.',
    published,
    expect: [{ party: 'russia', demand: 'rollback-1997', stance: 'supports', quote: 'pull its forces out' }],
    none: [['russia', 'non-expansion']],
  },
  {
    name: '"stop deploying troops in new member states such as Poland": rollback only',
    text: 'Moscow wants the alliance to stop deploying troops in new member states such as Poland.',
    published,
    expect: [
      { party: 'russia', demand: 'rollback-1997', stance: 'supports', quote: 'stop deploying troops' },
    ],
    none: [['russia', 'non-expansion']],
  },
  {
    name: 'trap: "a pledge not to keep forces in the new member states" is no refusal of a halt to enlargement',
    text: 'The alliance pledged not to keep forces in the new member states, the Russian minister said.',
    published,
    expect: [{ party: 'nato', demand: 'rollback-1997', stance: 'supports', quote: 'pledged not to keep' }],
    none: [['nato', 'non-expansion']],
  },
  {
    name: 'new members as what is admitted, not where: still enlargement',
    text: 'Moscow opposes admitting new member states to the alliance.',
    published,
    expect: [
      { party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'admitting new member states' },
    ],
  },
  {
    name: 'enlargement and a pullout in one sentence: each read as itself',
    text: 'The Kremlin wants a ban on new members in the alliance and a pullout of troops from the east.',
    published,
    expect: [
      { party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'ban on new members' },
      { party: 'russia', demand: 'rollback-1997', stance: 'supports', quote: 'pullout of troops' },
    ],
  },
  {
    name: '"not to station substantial combat forces": the adjectives sit inside the restriction',
    text: 'Russia wants guarantees that NATO will not deploy sizeable combat forces in the Baltic states.',
    published,
    expect: [
      {
        party: 'russia',
        demand: 'rollback-1997',
        stance: 'supports',
        quote: 'will not deploy sizeable combat forces',
      },
    ],
  },
  {
    name: 'trap: "keep large forces" with no restriction stays the opposite: a refusal of the pullback',
    text: 'Washington intends to keep large forces in Poland and the Baltic states, officials said.',
    published,
    expect: [
      { party: 'united-states', demand: 'rollback-1997', stance: 'rejects', quote: 'keep large forces' },
    ],
  },
  {
    name: 'trap: troops sent to a country outside the alliance are no part of the rollback, whatever restricts them',
    text: 'The alliance will not deploy combat troops to Ukraine, its secretary general said. Washington said it would not send large forces into Ukraine but would reinforce Poland.',
    published,
    expect: [],
    none: [
      ['nato', 'rollback-1997'],
      ['united-states', 'rollback-1997'],
    ],
  },
  {
    name: 'a list of places that names an anchor after a non-member still reads the demand',
    text: 'Russia wants NATO to stop sending troops to Ukraine and Poland.',
    published,
    expect: [{ party: 'russia', demand: 'rollback-1997', stance: 'supports', quote: 'stop sending troops' }],
  },
  {
    // (Changed in s35: it read NATO's historical support; the pledge is Lavrov's account of history.)
    name: '"back to the 1990s, when NATO pledged …", Lavrov said: Russia\'s claim, not NATO\'s stance (s35)',
    text: 'This goes back to the 1990s, when NATO pledged not to keep large forces in the new member states, Lavrov said.',
    published,
    expect: [
      {
        party: 'russia',
        demand: 'rollback-1997',
        stance: 'supports',
        quote: 'pledged not to keep large forces',
      },
    ],
    none: [
      ['nato', 'non-expansion'],
      ['nato', 'rollback-1997'],
    ],
  },
  {
    name: '"in 2008, when NATO promised membership": history too',
    text: 'The row dates to 2008, when NATO promised Ukraine and Georgia they would become members.',
    published,
    expect: [
      {
        party: 'nato',
        demand: 'non-expansion',
        stance: 'rejects',
        quote: 'promised',
        modality: 'historical',
      },
    ],
  },
  {
    name: 'trap: "when" after a date of this year is no history',
    text: 'On Wednesday, when the allies met, NATO rejected the call to halt its enlargement.',
    published,
    expect: [
      {
        party: 'nato',
        demand: 'non-expansion',
        stance: 'rejects',
        quote: 'rejected the call',
        modality: 'present',
      },
    ],
  },
];

describe('places, the size of forces and past pledges around the rollback demand', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});

/**
 * Another side's decision on the act a demand asks for, respected: "Kabul respects the US decision to
 * withdraw its forces", "he respected whatever decision the United States takes on a pullout of its
 * troops", "Islamabad respects the decision by Washington to pull its troops out". The side that respects
 * it, not having put the demand forward, accepts the act without pressing for it: open. Traps: "with
 * respect to" (a noun), a negated respect, a decision that is not followed by the act, a thing respected
 * that is no decision (a timetable), and the side that proposed the demand (its own reading stands).
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const afghanistan = evalOntology('afghanistan-doha-2020.json');
const published = '2021-04-15';
const TW = 'troop-withdrawal';

const cases: ReadingCase[] = [
  {
    name: '"respects the US decision to withdraw its forces", quoted: the Afghan government is open',
    text: '"Kabul respects the US decision to withdraw its forces from Afghanistan," the Afghan president said.',
    published,
    expect: [{ party: 'afghan-government', demand: TW, stance: 'open', quote: 'respects the US decision' }],
  },
  {
    name: '"respected whatever decision the United States takes on a possible pullout": open',
    text: 'Ghani said he respected whatever decision the United States takes on a possible pullout of its troops.',
    published,
    expect: [
      {
        party: 'afghan-government',
        demand: TW,
        stance: 'open',
        quote: 'respected whatever decision the United States takes on',
      },
    ],
  },
  {
    name: '"respects the decision by Washington to pull its troops out": the decider named after "by"',
    text: 'Islamabad respects the decision by Washington to pull its troops out of Afghanistan, the Pakistani foreign ministry said.',
    published,
    expect: [{ party: 'pakistan', demand: TW, stance: 'open', quote: 'respects the decision by Washington' }],
  },
  {
    name: '"would respect any decision Washington makes on the withdrawal": open',
    text: "Pakistan's foreign ministry said Islamabad would respect any decision Washington makes on the withdrawal of its troops.",
    published,
    expect: [
      { party: 'pakistan', demand: TW, stance: 'open', quote: 'respect any decision Washington makes on' },
    ],
  },
  {
    name: 'trap: "with respect to the withdrawal" is a noun, no respect of a decision',
    text: 'Ghani spoke with respect to the withdrawal of US troops from Afghanistan.',
    published,
    expect: [],
    none: [['afghan-government', TW]],
  },
  {
    name: 'trap: a negated respect ("does not respect the decision to withdraw") is not read as open',
    text: 'Ghani said Kabul does not respect the US decision to withdraw its forces from Afghanistan.',
    published,
    expect: [],
    none: [['afghan-government', TW]],
  },
  {
    name: "trap: a decision respected with no act after it; the withdrawal named later is another party's demand",
    text: 'Ghani said Kabul respected the decision, and the Taliban again demanded the withdrawal of foreign troops.',
    published,
    expect: [{ party: 'taliban', demand: TW, stance: 'supports', quote: 'demanded' }],
    none: [['afghan-government', TW]],
  },
  {
    name: 'trap: a thing respected that is no decision ("respects the timetable for the withdrawal")',
    text: 'Kabul respects the timetable for the withdrawal of US forces, the palace said.',
    published,
    expect: [],
    none: [['afghan-government', TW]],
  },
  {
    name: 'trap: the side that proposed the demand keeps its own reading (supports, not open)',
    text: 'A Taliban spokesman said the group respected the US decision to withdraw its forces from Afghanistan.',
    published,
    expect: [{ party: 'taliban', demand: TW, stance: 'supports', quote: 'withdraw its forces' }],
  },
];

describe("another side's decision on the act a demand asks for, respected, is open", () => {
  for (const c of cases) it(c.name, () => checkReading(c, afghanistan));
});

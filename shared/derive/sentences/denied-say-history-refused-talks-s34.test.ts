/**
 * Three wrong readings of the shipped Russia–West ontology (session 34, helper P), each a construction
 * common in coverage of the talks:
 * - a say over another's choice denied ("Russia must not be allowed to decide whether Ukraine joins
 *   NATO") read as a ban on joining, i.e. support for non-expansion (denied-say.ts);
 * - a dated past withdrawal told as history ("Soviet troops withdrew from Poland in 1993, the ministry
 *   noted") read as the speaker's demand for the 1997 rollback (dated-past-event.ts);
 * - a proposer refusing talks on limits ("Russia is not willing to discuss limits on missiles") read as
 *   its demand stated in its own words (refused-talks.ts).
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';
const RB = 'rollback-1997';
const MS = 'missile-deployment';

const deniedSay: ReadingCase[] = [
  {
    name: '"must not be allowed to decide whether Ukraine joins" is no support for keeping Ukraine out',
    text: 'Blinken said Russia must not be allowed to decide whether Ukraine joins NATO.',
    expect: [],
    none: [
      ['united-states', NX],
      ['russia', NX],
    ],
  },
  {
    name: '"should not be allowed to dictate whether Kyiv joins", Moscow named',
    text: 'The German chancellor said Moscow should not be allowed to dictate whether Kyiv joins the alliance.',
    expect: [],
    none: [
      ['germany', NX],
      ['russia', NX],
    ],
  },
  {
    name: '"the Kremlin cannot be allowed to decide whether Ukraine becomes a member" credits the Kremlin nothing',
    text: 'The Kremlin cannot be allowed to decide whether Ukraine becomes a NATO member, Blinken said.',
    expect: [],
    none: [
      ['united-states', NX],
      ['russia', NX],
    ],
  },
  {
    name: '"no outside power should decide whether Ukraine joins"',
    text: 'No outside power should decide whether Ukraine joins NATO, Stoltenberg said.',
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'past tense: "was not allowed to decide if Ukraine could join"',
    text: 'Blinken said Russia was not allowed to decide if Ukraine could join NATO.',
    expect: [],
    none: [
      ['russia', NX],
      ['united-states', NX],
    ],
  },
  {
    name: 'trap: a ban on the alliance itself still reads the demand',
    text: 'Russia insists NATO must not be allowed to expand.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'must not be allowed' }],
  },
  {
    name: 'trap: a ban on joining still reads the demand',
    text: 'Ukraine must not be allowed to join NATO, Lavrov said.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'must not be allowed' }],
  },
  {
    name: 'trap: "Moscow has no say over Ukraine\'s membership" keeps Ukraine\'s refusal',
    text: "Kuleba: Moscow has no say over Ukraine's NATO membership.",
    expect: [{ party: 'ukraine', demand: NX, stance: 'rejects', quote: 'no say' }],
  },
  {
    name: 'trap: "cannot have a veto over whether Ukraine joins" keeps the refusal',
    text: 'Blinken said Russia cannot have a veto over whether Ukraine joins NATO.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'cannot have a veto' }],
  },
  {
    name: 'trap: "no third country gets to decide" keeps the refusal',
    text: 'No third country gets to decide whether Ukraine joins NATO, Stoltenberg said.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'No third country' }],
  },
];

const history: ReadingCase[] = [
  {
    name: 'a dated past withdrawal noted by the ministry is background, not the rollback demand',
    text: "Soviet troops withdrew from Poland in 1993, Russia's foreign ministry noted.",
    expect: [],
    none: [['russia', RB]],
  },
  {
    name: 'a dated past pull-out recalled by the minister',
    text: 'The last Soviet soldiers pulled out of the Baltic states in 1994, Lavrov noted.',
    expect: [],
    none: [['russia', RB]],
  },
  {
    name: 'trap: a demand that compares with the past still reads',
    text: 'Russia demanded that NATO withdraw from Poland, as Soviet troops did in 1993.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'demanded' }],
  },
  {
    name: 'trap: a past year naming the states, with no past act in the demand, still reads',
    text: 'Russia wants NATO forces pulled out of the countries that joined in 1999.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'wants' }],
  },
];

const refusedTalks: ReadingCase[] = [
  {
    name: '"not willing to discuss limits on missiles" is no support for limiting the other side',
    text: 'Russia is not willing to discuss limits on missiles, Putin said.',
    expect: [],
    none: [['russia', MS]],
  },
  {
    name: '"will not negotiate limits on missiles"',
    text: 'Moscow will not negotiate limits on missiles, Lavrov said.',
    expect: [],
    none: [['russia', MS]],
  },
  {
    name: '"refused to negotiate a moratorium", the proposer named',
    text: 'Moscow refused to negotiate a moratorium on missile deployments, Peskov said.',
    expect: [],
    none: [['russia', MS]],
  },
  {
    name: '"would never agree to talk about limits"',
    text: 'The Kremlin said it would never agree to talk about limits on missiles.',
    expect: [],
    none: [['russia', MS]],
  },
  {
    name: 'trap: a side the demand is put to refusing to discuss it rejects it',
    text: 'Washington is not willing to discuss limits on missiles, Sherman said.',
    expect: [{ party: 'united-states', demand: MS, stance: 'rejects', quote: 'willing to discuss' }],
  },
  {
    name: 'trap: the proposer ready to discuss limits still reads',
    text: 'Russia is ready to discuss limits on missiles, Ryabkov said.',
    expect: [{ party: 'russia', demand: MS, stance: 'supports', quote: 'ready to discuss' }],
  },
  {
    name: "trap: another side's refusal reported by the proposer keeps both readings",
    text: 'The United States refused to discuss limits on missiles, Lavrov said.',
    expect: [
      { party: 'united-states', demand: MS, stance: 'rejects', quote: 'refused to discuss' },
      { party: 'russia', demand: MS, stance: 'supports', quote: 'limits on missiles' },
    ],
  },
];

describe('denied say over another choice', () => {
  for (const c of deniedSay) it(c.name, () => checkReading(c));
});
describe('a dated past withdrawal told as history', () => {
  for (const c of history) it(c.name, () => checkReading(c));
});
describe('a proposer refusing talks on limits', () => {
  for (const c of refusedTalks) it(c.name, () => checkReading(c));
});

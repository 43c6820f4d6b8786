/**
 * A demand answered by a party named after "from" ("the demands met with no welcome from NATO", "drew
 * a flat refusal from Washington"), a blanket verdict on all of a party's demands ("none of the
 * demands was acceptable"), and an undertaking not handed over ("will not give Moscow a guarantee that
 * …"). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';
const RB = 'rollback-1997';
const MD = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: '"the demands met with no welcome from the alliance": the one the answer came from rejects them',
    text: 'Moscow wants NATO to admit no new members. Those demands met with no welcome from the alliance on Thursday.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'no welcome' }],
  },
  {
    name: '"drew a flat refusal from Washington": an answer\'s noun and its source',
    text: 'The Kremlin wants the alliance to stop enlarging eastward. Its demands drew a flat refusal from Washington.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'refusal' }],
  },
  {
    name: '"met with rejection from NATO": the one the rejection came from holds it',
    text: 'Russia demanded that NATO pull its forces back to where they stood in 1997. The demand met with rejection from NATO.',
    expect: [{ party: 'nato', demand: RB, stance: 'rejects', quote: 'rejection' }],
  },
  {
    name: 'trap: a welcome from a party for a visitor, and no welcome for a delegation, point to no demand',
    text: 'Moscow wants NATO to admit no new members. Zelensky got a warm welcome from Biden at the White House.\nRussia wants NATO to stop expanding. The Ukrainian delegation met with no welcome from Moscow.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
    none: [
      ['united-states', NX],
      ['nato', NX],
    ],
  },
  {
    name: 'trap: a refusal by a party to something else, from another source, reads nothing on the demand',
    text: 'Russia wants the alliance to stop enlarging. Kyiv heard a refusal from Washington over its request for more fighter jets.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
    none: [['united-states', NX]],
  },
  {
    name: '"none of the demands was acceptable", "none of the Russian demands were acceptable": a verdict on all of them',
    text: "Russia demanded that NATO stop expanding and take its forces back to the 1997 lines. Stoltenberg said none of the demands was acceptable.\nMoscow wants a halt to the alliance's growth. None of the Russian demands were acceptable, the US deputy secretary of state said.",
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'none of the demands was acceptable' },
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'none of the demands was acceptable' },
      {
        party: 'united-states',
        demand: NX,
        stance: 'rejects',
        quote: 'None of the Russian demands were acceptable',
      },
    ],
  },
  {
    name: 'trap: "none of the options was acceptable" about something else, and a longer subject, read nothing',
    text: 'Russia wants NATO to stop expanding. Blinken said none of the options for the Kyiv embassy was acceptable.\nRussia wants NATO to stop expanding. None of the officials who came to Geneva found the hotel acceptable, Stoltenberg said.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
    none: [
      ['united-states', NX],
      ['nato', NX],
      ['nato', MD],
    ],
  },
  {
    name: '"The demands, earlier called unacceptable, met with no welcome from NATO": past a participle\'s aside in commas, the subject\'s verb',
    text: 'Russia wants the alliance to stop enlarging and to pull its troops back to the 1997 lines. The demands, earlier called unacceptable, met with no welcome from NATO in Brussels.\nMoscow wants NATO to stop expanding. Those demands, first made public in December, drew a flat refusal from Washington.',
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'no welcome' },
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'no welcome' },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'refusal' },
    ],
  },
  {
    name: 'trap: a verdict inside the aside has no holder, and a clause after the aside opened by "and" or a subject of its own is not the verb',
    text: 'Moscow wants NATO to stop expanding. The demands, rejected by NATO, will be discussed again in Geneva.\nRussia wants NATO to stop expanding. The demands, made in December, and the reply of the alliance were welcomed by Minsk.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
    none: [
      ['nato', NX],
      ['united-states', NX],
    ],
  },
  {
    name: '"will not give Russia a guarantee that Ukraine will never join", "will not provide guarantees that …": a refusal to hand over the undertaking',
    text: 'Washington will not give Moscow a guarantee that Georgia will never join NATO.\nThe alliance said it would not provide guarantees that it will stop enlarging.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'not give Moscow a guarantee' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'not provide guarantees' },
    ],
  },
  {
    name: 'trap: guarantees withheld on something else, or details not given, read nothing on the demand',
    text: 'Russia wants NATO to stop expanding. Washington did not give details about the guarantees it offered Kyiv.\nRussia wants NATO to stop expanding. Washington will not give Kyiv security guarantees of its own.\nRussia wants NATO to stop expanding. Lavrov said Moscow would not give any guarantees about its troop movements.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
    none: [
      ['united-states', NX],
      ['nato', NX],
      ['united-states', MD],
    ],
  },
  {
    name: 'trap: a writer\'s forecast of the answer, "the answer was no" to another question, and no entertaining of another topic read nothing',
    text: 'Russia wants NATO to stop expanding. The new list is unlikely to meet a favourable answer in Washington.\nRussia wants NATO to stop expanding. Asked whether the summit would take place in Vienna, the answer from Washington was no.\nRussia wants NATO to stop expanding. Neither Washington nor the alliance will entertain a visit by Lukashenko.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
    none: [
      ['united-states', NX],
      ['nato', NX],
    ],
  },
];

describe('an answer from a party, and a verdict on all of the demands', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});

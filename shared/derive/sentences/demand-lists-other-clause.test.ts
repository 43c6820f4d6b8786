/**
 * A sentence that carries several demands: a list of "that" clauses after one cue ("insists that …, that
 * … and that …"), a list of noun phrases after "pressing for" / "demands, such as …", and two clauses
 * that each carry a cue of their own all read every item. The trap: a last clause that is another
 * party's own statement (", but Washington said the alliance would not pull its forces back", ", and
 * Warsaw has said US troops must stay") gives the proposer named before it nothing — not even the weak
 * reading of a proposer named with its demand's words (other-party-clause.ts).
 * Sentences written for these tests, read with the shipped Russia–West ontology.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';

const cases: ReadingCase[] = [
  {
    name: '"insists that …, that … and that …": each that-clause carries the cue',
    text: "Moscow insists that Ukraine be kept out of NATO, that no missiles be placed near Russia's borders and that the alliance withdraw its troops from Eastern Europe.",
    published,
    expect: [
      { party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'Moscow insists' },
      { party: 'russia', demand: 'missile-deployment', stance: 'supports', quote: 'Moscow insists' },
      { party: 'russia', demand: 'rollback-1997', stance: 'supports', quote: 'Moscow insists' },
    ],
  },
  {
    name: '"turned down the Kremlin\'s demands that …, that … and that …": the third item read for both sides',
    text: "Washington turned down the Kremlin's demands that Georgia and Ukraine be kept out of NATO, that missiles be kept away from Russia's borders and that the alliance pull its troops back from Eastern Europe.",
    published,
    expect: [
      { party: 'russia', demand: 'non-expansion', stance: 'supports', quote: "the Kremlin's demands" },
      { party: 'russia', demand: 'missile-deployment', stance: 'supports', quote: "the Kremlin's demands" },
      { party: 'russia', demand: 'rollback-1997', stance: 'supports', quote: "the Kremlin's demands" },
      { party: 'united-states', demand: 'rollback-1997', stance: 'rejects', quote: 'Washington turned down' },
    ],
  },
  {
    name: '"pressing for a ban on …, limits on … and the pullback of …": each noun phrase carries the cue',
    text: 'Russia is pressing for a ban on Georgia joining the alliance, limits on where missiles can be placed, and the pullback of NATO troops from Eastern Europe.',
    published,
    expect: [
      { party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'Russia is pressing for' },
      { party: 'russia', demand: 'missile-deployment', stance: 'supports', quote: 'Russia is pressing for' },
      { party: 'russia', demand: 'rollback-1997', stance: 'supports', quote: 'Russia is pressing for' },
    ],
  },
  {
    name: '"Russia\'s demands, such as a halt to …, a freeze on … and a withdrawal of …": every item read',
    text: "Russia's demands, such as a halt to NATO enlargement, a freeze on missile deployments and a withdrawal of allied forces from Eastern Europe, were rejected.",
    published,
    expect: [
      { party: 'russia', demand: 'non-expansion', stance: 'supports', quote: "Russia's demands" },
      { party: 'russia', demand: 'missile-deployment', stance: 'supports', quote: "Russia's demands" },
      { party: 'russia', demand: 'rollback-1997', stance: 'supports', quote: "Russia's demands" },
    ],
  },
  {
    name: 'two clauses with a cue each ("wants a halt to NATO expansion, and Moscow insists …"): both read',
    text: 'Russia wants a halt to NATO expansion, and Moscow insists that Washington pull its troops out of Romania.',
    published,
    expect: [
      { party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'Russia wants' },
      { party: 'russia', demand: 'rollback-1997', stance: 'supports', quote: 'Moscow insists' },
    ],
  },
  {
    name: 'trap: "a halt to expansion" with nothing saying whose expansion names no demand',
    text: 'Russia wants a halt to expansion.',
    published,
    expect: [],
    none: [['russia', 'non-expansion']],
  },
  {
    name: 'trap: "…, but Washington said the alliance would not pull its forces back": no rollback for Russia',
    text: 'Russia wants Ukraine kept out of NATO and missiles kept away from its borders, but Washington said that the alliance would not pull its forces back from Eastern Europe.',
    published,
    expect: [
      { party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'Russia wants' },
      { party: 'united-states', demand: 'rollback-1997', stance: 'rejects', quote: 'Washington said' },
    ],
    none: [['russia', 'rollback-1997']],
  },
  {
    name: 'trap: "…, while Washington insists it will never pull its troops out": no rollback for Russia',
    text: 'Moscow demands that Ukraine stay out of NATO and that no missiles be placed near its borders, while Washington insists that it will never pull its troops out of Eastern Europe.',
    published,
    expect: [
      { party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'Moscow demands' },
      { party: 'russia', demand: 'missile-deployment', stance: 'supports', quote: 'Moscow demands' },
    ],
    none: [['russia', 'rollback-1997']],
  },
  {
    name: 'trap: "Russia\'s demands include …, and Poland says the allied troops will stay": no rollback for Russia',
    text: "Russia's demands include a halt to NATO enlargement, and Poland says the allied troops on its soil will stay.",
    published,
    expect: [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: "Russia's demands" }],
    none: [['russia', 'rollback-1997']],
  },
  {
    name: 'trap: "…, and Warsaw has said that US troops must remain": Poland\'s stance, none for Russia',
    text: 'Moscow has demanded that NATO stop expanding, and Warsaw has said that US troops must remain in Poland.',
    published,
    expect: [
      { party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'Moscow has demanded' },
      { party: 'poland', demand: 'rollback-1997', stance: 'rejects', quote: 'Warsaw has said' },
    ],
    none: [['russia', 'rollback-1997']],
  },
  {
    name: 'trap: a that-clause list after "said" (no demand cue) gives NATO its own stances and Russia none',
    text: "Stoltenberg said that NATO's door would stay open, that missile limits could be discussed, and that the alliance would not withdraw its forces from Eastern Europe.",
    published,
    expect: [
      { party: 'nato', demand: 'non-expansion', stance: 'rejects', quote: 'Stoltenberg said' },
      { party: 'nato', demand: 'rollback-1997', stance: 'rejects', quote: 'Stoltenberg said' },
    ],
    none: [
      ['russia', 'rollback-1997'],
      ['russia', 'non-expansion'],
    ],
  },
  {
    name: 'the other party reporting the proposer ("Washington has said that Moscow also wants …") still reads',
    text: 'Moscow has demanded that NATO stop expanding, and Washington has said that Moscow also wants US troops out of Poland.',
    published,
    expect: [{ party: 'russia', demand: 'rollback-1997', stance: 'supports', quote: 'Moscow also wants' }],
  },
  {
    name: '", and the US to pull its troops out" with no verb of its own is one more item of "wants"',
    text: 'Moscow wants NATO to stop expanding, and the US to pull its troops out of Poland.',
    published,
    expect: [
      { party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'Moscow wants' },
      { party: 'russia', demand: 'rollback-1997', stance: 'supports', quote: 'Moscow wants' },
    ],
  },
];

describe('several demands in one sentence', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});

/**
 * Constructions found missing or misread by a probe on fresh real coverage of the Russia–West
 * negotiation (session 31): a party in a membership apposition ("Poland, a NATO member, rejected …")
 * is not the one who speaks or acts; a passive-infinitive forecast ("are almost sure to be turned down
 * by Washington") is the writer's, no refusal; "not the only one opposed" grants the opposition;
 * "addressed to" a party is where a paper was sent, no openness; the alliance's growth and spread said
 * as "growth in NATO's membership", "NATO's spread", "grow into Ukraine". Sentences written for these
 * tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';
const RB = 'rollback-1997';

const cases: ReadingCase[] = [
  {
    name: 'a country described as "a NATO member" in apposition refuses: the country, not the alliance',
    text: 'Poland, a NATO member, rejected the Russian demand for a rollback of allied forces.',
    expect: [
      { party: 'poland', demand: RB, stance: 'rejects', quote: 'Poland, a NATO member' },
      { party: 'russia', demand: RB, stance: 'supports', quote: 'Russian demand' },
    ],
    none: [['nato', RB]],
  },
  {
    name: 'two countries, "both NATO members", call the demand unacceptable: both of them',
    text: "Romania and Bulgaria, both NATO members, called Moscow's demand that allied troops leave their soil unacceptable.",
    expect: [
      { party: 'romania', demand: RB, stance: 'rejects', quote: 'Romania and Bulgaria' },
      { party: 'bulgaria', demand: RB, stance: 'rejects', quote: 'Romania and Bulgaria' },
    ],
    none: [['nato', RB]],
  },
  {
    name: 'a speaker described as "a fellow NATO state": the state speaks, not the alliance',
    text: 'Lithuania, a fellow NATO state, has said the alliance must keep its door open.',
    expect: [{ party: 'baltic-states', demand: NX, stance: 'rejects', quote: 'Lithuania' }],
    none: [['nato', NX]],
  },
  {
    name: 'trap: the alliance itself, described by an apposition that is no membership, still refuses',
    text: "NATO, an alliance of thirty countries, rejected Moscow's demand for a rollback of allied forces.",
    expect: [{ party: 'nato', demand: RB, stance: 'rejects', quote: 'rejected' }],
  },
  {
    name: 'trap: rejection foreseen by the writer with a passive infinitive ("almost sure to be turned down")',
    text: 'Russia demanded that NATO deny membership to Ukraine. Those demands are almost sure to be turned down by Washington and its allies.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'Russia demanded' }],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: "expected to be rejected by" the alliance is a forecast too',
    text: 'Moscow wants a halt to NATO expansion. The demand is widely expected to be rejected by the alliance.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'Moscow wants' }],
    none: [['nato', NX]],
  },
  {
    name: 'a rejection told as done, with its agent, still reads (no forecast word)',
    text: 'Moscow wants a halt to NATO expansion. The demand was rejected by the alliance on Wednesday.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'rejected by the alliance' }],
  },
  {
    name: '"not the only one opposed": the party named is opposed too',
    text: "Zelensky said Russia was not the only one opposed to Ukraine's entry into NATO.",
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'not the only one opposed' }],
    none: [['ukraine', NX]],
  },
  {
    name: 'trap: a plain "not opposed" still denies the opposition (no support read, unclear at most)',
    text: 'Moscow is not opposed to talks on missile deployments, Peskov said.',
    expect: [{ party: 'russia', demand: 'missile-deployment', stance: 'unclear', quote: 'not opposed' }],
  },
  {
    name: 'a list of demands "addressed to" the alliance: sent to it, the proposer still asks',
    text: "Moscow sent a list of demands addressed to Washington and the alliance that calls for no further growth in NATO's membership.",
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'no further growth' }],
    none: [
      ['united-states', NX],
      ['nato', NX],
    ],
  },
  {
    name: '"assurances that NATO will not grow into Ukraine": the proposer\'s demand',
    text: 'The Kremlin has demanded assurances that NATO will not grow into Georgia.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'assurances' }],
  },
  {
    name: '"guarantees ruling out NATO\'s spread to Ukraine": the proposer\'s demand',
    text: "Moscow wants written guarantees ruling out NATO's spread to Ukraine.",
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'guarantees' }],
  },
  {
    name: "the growth in the alliance's membership welcomed by the candidate: against the halt",
    text: "Kyiv welcomed the growth in the alliance's membership.",
    expect: [{ party: 'ukraine', demand: NX, stance: 'rejects', quote: 'welcomed' }],
  },
  {
    name: "trap: a spread that is not the alliance's says nothing of it",
    text: 'The spread of the virus worried NATO and Russia alike.',
    expect: [],
    none: [
      ['nato', NX],
      ['russia', NX],
    ],
  },
];

describe('probe on fresh Russia–West coverage: appositions, forecasts, growth and spread', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

/**
 * Two misreadings that handed a party the opposite of what the sentence says, with traps:
 * - a proposer refusing a deal its own demand names ("rejected a hostage release deal proposed by
 *   Egypt") refuses the deal; it states no support of the demand (own-refusal.ts: a demand modifying
 *   "deal", "plan", "proposal", "offer", "agreement" …, and a following "proposed by", "put forward by");
 * - a rough share between a verb of removing and the thing removed ("scrap half of the customs checks",
 *   "do away with as many as half of the checks") is part of the object: the words removed are not
 *   wanted kept (clause-structure.ts, unknownVerbActsOn: "half of", "nearly half of", "as many as", and the
 *   "with" of "do away with", as "some of" already was).
 * Sentences written for these tests, read with the eval/ ontologies.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const gaza = evalOntology('gaza-ceasefire-2024.json');
const ni = evalOntology('ni-protocol-2021.json');

const refusedDealCases: ReadingCase[] = [
  {
    name: 'a proposer turning down a deal its own demand names, "put forward by": no support',
    text: 'The Israeli cabinet turned down a hostage release deal put forward by Qatar.',
    published: '2024-05-01',
    expect: [],
    none: [['israel', 'hostage-release']],
  },
  {
    name: 'the same with a plan "drawn up by" mediators',
    text: 'Netanyahu has rejected a hostage release plan drawn up by Egyptian mediators.',
    published: '2024-05-01',
    expect: [],
    none: [['israel', 'hostage-release']],
  },
  {
    name: 'the same with a denied verb of accepting and an agreement "brokered by"',
    text: 'Israel would not accept a hostage release agreement brokered by Washington.',
    published: '2024-05-01',
    expect: [],
    none: [['israel', 'hostage-release']],
  },
  {
    name: 'the same with no one named as its author',
    text: 'Netanyahu refused a hostage release proposal on Sunday.',
    published: '2024-05-01',
    expect: [],
    none: [['israel', 'hostage-release']],
  },
  {
    name: 'trap: the proposer endorsing such a deal supports it',
    text: 'Netanyahu endorsed a hostage release deal brokered by Qatar.',
    published: '2024-05-01',
    expect: [{ party: 'israel', demand: 'hostage-release', stance: 'supports', quote: 'endorsed' }],
  },
  {
    name: 'trap: the other side turning it down still rejects it',
    text: 'Hamas turned down a hostage release deal put forward by Qatar.',
    published: '2024-05-01',
    expect: [{ party: 'hamas', demand: 'hostage-release', stance: 'rejects', quote: 'turned down' }],
  },
  {
    name: 'trap: a refusal of something else, the deal backed in a clause of its own',
    text: 'Netanyahu rejected a full pullout but backs a hostage release deal proposed by Egypt.',
    published: '2024-05-01',
    expect: [
      { party: 'israel', demand: 'israeli-withdrawal', stance: 'rejects', quote: 'rejected' },
      { party: 'israel', demand: 'hostage-release', stance: 'supports', quote: 'backs' },
    ],
  },
];

const shareRemovedCases: ReadingCase[] = [
  {
    name: 'a party\'s proposals "include doing away with as many as half of" the checks: no rejection',
    text: "Brussels' new proposals include doing away with as many as half of the customs checks.",
    published: '2021-10-15',
    expect: [],
    none: [['eu', 'checks-reduction']],
  },
  {
    name: 'wanting to scrap "nearly half of" the checks: no rejection',
    text: 'The EU wants to scrap nearly half of the customs checks.',
    published: '2021-10-15',
    expect: [],
    none: [['eu', 'checks-reduction']],
  },
  {
    name: 'doing away with "half of" the checks wanted: no rejection',
    text: 'London wants to do away with half of the checks at the ports.',
    published: '2021-10-15',
    expect: [],
    none: [['uk', 'checks-reduction']],
  },
  {
    name: 'trap: insisting on keeping "most of" the checks still rejects their reduction',
    text: 'The EU insisted on keeping most of the customs checks.',
    published: '2021-10-15',
    expect: [{ party: 'eu', demand: 'checks-reduction', stance: 'rejects', quote: 'insisted on' }],
  },
];

describe('precision: refused deals and shares removed (session 34, Q)', () => {
  it.each(refusedDealCases.map((c) => [c.name, c] as const))('%s', (_n, c) => checkReading(c, gaza));
  it.each(shareRemovedCases.map((c) => [c.name, c] as const))('%s', (_n, c) => checkReading(c, ni));
});

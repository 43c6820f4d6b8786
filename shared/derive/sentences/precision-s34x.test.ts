/**
 * Four misreadings that handed a party a stance the sentence does not give it, each with the traps that
 * must keep their reading:
 * - a proposer's refusal verb with its own demand as a plain object ("rejected a pullout and a release
 *   of the captives") states no demand of the proposer's: neither the named-proposer reading nor the
 *   document's stated-demand fallback may read support there (own-refusal.ts);
 * - after ", and" a subject with a finite verb of its own opens another clause: the restriction before
 *   the comma does not reach into it (demand-mentions.ts, walkBack);
 * - a side the demand is not put to, telling what another party would do as the subject of its reported
 *   clause ("said the British government would trigger …"), gives no wording of its own;
 * - the demand's words as the subject of a denied talking-over ("… was not discussed", "… did not come
 *   up") state no demand (not-discussed.ts);
 * - what the sides are stuck on ("the deadlock over …") or what talks are for ("negotiations meant to get
 *   the North to …") is a topic, no one's demand (named-proposer.ts, stated-demands.ts).
 * Sentences written for these tests, read with the eval/ ontologies and the shipped Russia–West one.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const gaza = evalOntology('gaza-ceasefire-2024.json');
const ni = evalOntology('ni-protocol-2021.json');

const refusalCases: ReadingCase[] = [
  {
    name: 'a proposer refusing two things, its own demand second: no support of its own demand',
    text: 'The Israeli prime minister rejected a full pullout from Gaza and a hostage release.',
    published: '2024-05-01',
    expect: [{ party: 'israel', demand: 'israeli-withdrawal', stance: 'rejects', quote: 'rejected' }],
    none: [['israel', 'hostage-release']],
  },
  {
    name: 'the same, its own demand first, with "opposes"',
    text: 'Israel opposes a hostage release and a complete withdrawal of its army.',
    published: '2024-05-01',
    expect: [{ party: 'israel', demand: 'israeli-withdrawal', stance: 'rejects', quote: 'opposes' }],
    none: [['israel', 'hostage-release']],
  },
  {
    name: 'the same with a denied verb of accepting ("would not accept … or …")',
    text: 'Netanyahu would not accept a release of the hostages or a complete withdrawal.',
    published: '2024-05-01',
    expect: [],
    none: [['israel', 'hostage-release']],
  },
  {
    name: 'trap: the refusal and the proposer\'s own demand in clauses of their own ("but wants")',
    text: 'Netanyahu rejected a full pullout but wants a hostage release.',
    published: '2024-05-01',
    expect: [
      { party: 'israel', demand: 'israeli-withdrawal', stance: 'rejects', quote: 'rejected' },
      { party: 'israel', demand: 'hostage-release', stance: 'supports', quote: 'wants' },
    ],
  },
  {
    name: "trap: the other side refusing the proposer's demand still refuses it",
    text: 'Hamas rejected a hostage release and a full withdrawal.',
    published: '2024-05-01',
    expect: [{ party: 'hamas', demand: 'hostage-release', stance: 'rejects', quote: 'rejected' }],
  },
];

const clauseCases: ReadingCase[] = [
  {
    name: '", and" before a subject with a verb of its own: the restriction stays in the first clause',
    text: 'Moscow wants the alliance to pull back troops, and missiles are another worry.',
    expect: [{ party: 'russia', demand: 'rollback-1997', stance: 'supports', quote: 'wants' }],
    none: [['russia', 'missile-deployment']],
  },
  {
    name: 'the same with a denial in the second clause ("were not discussed")',
    text: 'Moscow wants the alliance to pull back troops, and missiles were not discussed.',
    expect: [{ party: 'russia', demand: 'rollback-1997', stance: 'supports', quote: 'wants' }],
    none: [['russia', 'missile-deployment']],
  },
  {
    name: 'trap: a plain list of objects shares the restriction ("pull back troops and missiles")',
    text: 'Moscow wants the alliance to pull back troops and missiles.',
    expect: [{ party: 'russia', demand: 'missile-deployment', stance: 'supports', quote: 'wants' }],
  },
  {
    name: 'trap: a list object with a participle after it ("missiles stationed in …") still shares it',
    text: 'Moscow wants the alliance to pull back its troops and missiles stationed in Poland.',
    expect: [{ party: 'russia', demand: 'missile-deployment', stance: 'supports', quote: 'wants' }],
  },
];

const reportedActCases: ReadingCase[] = [
  {
    name: 'an opposition leader telling what the British government would do: not her wording',
    text: 'The Sinn Féin leader Mary Lou McDonald said the British government would invoke Article 16 within weeks.',
    published: '2021-10-01',
    expect: [],
    none: [['sinn-fein', 'full-implementation']],
  },
  {
    name: "the same with the country's name as the subject",
    text: 'McDonald said Britain would trigger Article 16.',
    published: '2021-10-01',
    expect: [],
    none: [['sinn-fein', 'full-implementation']],
  },
  {
    name: "trap: an obligation put on the British government is the speaker's demand",
    text: 'McDonald said the British government must not trigger Article 16.',
    published: '2021-10-01',
    expect: [{ party: 'sinn-fein', demand: 'full-implementation', stance: 'supports', quote: 'must not' }],
  },
];

const notDiscussedCases: ReadingCase[] = [
  {
    name: 'two ministers saying the demand "was not discussed": no stance for the proposer',
    text: 'Blinken and Lavrov both said that halting NATO expansion was not discussed.',
    expect: [],
    none: [['russia', 'non-expansion']],
  },
  {
    name: '"did not come up", said by the proposer\'s own minister',
    text: 'Lavrov said a halt to NATO enlargement did not come up.',
    expect: [],
    none: [['russia', 'non-expansion']],
  },
  {
    name: '"has not been raised"',
    text: 'Peskov told reporters a halt to NATO expansion has not been raised yet.',
    expect: [],
    none: [['russia', 'non-expansion']],
  },
  {
    name: 'trap: the proposer naming the demand as the main issue still states it',
    text: 'Lavrov said halting NATO expansion was the main issue.',
    expect: [
      { party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'halting NATO expansion' },
    ],
  },
  {
    name: 'trap: "not discussed" in one clause, "still wants it" in the next',
    text: 'Peskov said a halt to NATO expansion was not discussed, but Russia still wants it.',
    expect: [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'wants' }],
  },
];

const dprk = evalOntology('us-dprk-2018.json');

const topicCases: ReadingCase[] = [
  {
    name: '"the impasse over the North\'s denuclearization": what the sides are stuck on, no one\'s demand',
    text: "The envoys called the meeting, which was to break the impasse over North Korea's denuclearization, a useful one.",
    published: '2019-10-01',
    expect: [],
    none: [['united-states', 'denuclearization']],
  },
  {
    name: '"negotiations aimed at getting the North to give up …": the talks\' purpose, no one\'s demand',
    text: 'Seoul and Washington met a week before the deadline Kim gave the Americans, in negotiations aimed at getting the North to give up its nuclear weapons.',
    published: '2019-10-01',
    expect: [],
    none: [['united-states', 'denuclearization']],
  },
  {
    name: 'trap: the proposer wanting talks with that purpose still wants it',
    text: 'Washington wants talks aimed at getting the North to abandon its nuclear weapons.',
    published: '2019-10-01',
    expect: [{ party: 'united-states', demand: 'denuclearization', stance: 'supports', quote: 'wants' }],
  },
];

describe('precision: readings the sentence does not give (session 34, X)', () => {
  it.each(topicCases.map((c) => [c.name, c] as const))('%s', (_n, c) => checkReading(c, dprk));
  it.each(refusalCases.map((c) => [c.name, c] as const))('%s', (_n, c) => checkReading(c, gaza));
  it.each(clauseCases.map((c) => [c.name, c] as const))('%s', (_n, c) => checkReading(c));
  it.each(reportedActCases.map((c) => [c.name, c] as const))('%s', (_n, c) => checkReading(c, ni));
  it.each(notDiscussedCases.map((c) => [c.name, c] as const))('%s', (_n, c) => checkReading(c));
});

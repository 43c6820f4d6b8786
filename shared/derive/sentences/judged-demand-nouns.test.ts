/**
 * A demand rejected by judging it: an adjective of verdict on the noun that carries another party's
 * demand ("accused Washington of making unreasonable, extortionate demands meant to force it to disarm",
 * "the North's charge that Washington had put forward gangster-like demands for …", "complained of a
 * one-sided insistence on …") is the judge's refusal of what the noun asks for; the same words as a
 * predicate ("the US demand for … was unreasonable") are a rejection cue like "unacceptable".
 * Traps: the writer's own adjective (no judge), a party quoting the other's verdict to reject it, the
 * owner judging its own demand ("not unreasonable"), a judged noun whose demand is named only in a later
 * clause ("gangster-like demands could shake our resolve to denuclearize"), a judged noun with no demand.
 * Before this reader "accused Hamas of making absurd demands for …" read the adjective as a second
 * refusal composed with the accusation, a refusal of a refusal: openness.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const dprk = evalOntology('us-dprk-2018.json');
const gaza = evalOntology('gaza-ceasefire-2024.json');
const DN = 'denuclearization';
const SR = 'sanctions-relief';
const PC = 'permanent-ceasefire';
const NX = 'non-expansion';

const dprkCases: ReadingCase[] = [
  {
    name: '"accused X of making unreasonable, extortionate demands meant to force it to …": the accuser refuses',
    text: 'Pyongyang accused the United States of making unreasonable, extortionate demands meant to force it to give up its nuclear weapons.',
    expect: [{ party: 'north-korea', demand: DN, stance: 'rejects', quote: 'Pyongyang accused' }],
  },
  {
    name: '"the North\'s charge that Washington had put forward gangster-like demands for it to scrap …": the charge\'s possessor',
    text: 'The envoy shrugged off the North\'s charge that Washington had put forward "gangster-like" demands for it to scrap its nuclear weapons.',
    expect: [{ party: 'north-korea', demand: DN, stance: 'rejects', quote: 'The envoy' }],
    none: [['united-states', SR]],
  },
  {
    name: '"complained that the Americans had brought a one-sided insistence on …, pressing for …": the complainer',
    text: 'A North Korean spokesman complained that the Americans had brought only a one-sided insistence on disarmament, pressing for complete denuclearization.',
    expect: [{ party: 'north-korea', demand: DN, stance: 'rejects', quote: 'A North' }],
  },
  {
    name: '"rejected the gangster-like US demand for …": an adjective before the owner no longer hides it',
    text: 'North Korea rejected the gangster-like US demand for complete denuclearization.',
    expect: [
      { party: 'north-korea', demand: DN, stance: 'rejects', quote: 'North Korea' },
      { party: 'united-states', demand: DN, stance: 'supports', quote: 'North Korea' },
    ],
  },
  {
    name: '"the US demand for … was unreasonable": the word as a predicate is a rejection cue',
    text: 'North Korea said the US demand for complete denuclearization was unreasonable.',
    expect: [{ party: 'north-korea', demand: DN, stance: 'rejects', quote: 'unreasonable' }],
  },
  {
    name: 'Pompeo said North Korea had made unreasonable demands for sanctions relief: the speaker judges',
    text: 'Pompeo said North Korea had made unreasonable demands for sanctions relief.',
    expect: [
      { party: 'united-states', demand: SR, stance: 'rejects', quote: 'Pompeo said' },
      { party: 'north-korea', demand: SR, stance: 'supports', quote: 'Pompeo said' },
    ],
  },
  {
    name: 'trap: the writer\'s own adjective ("analysts said") judges for no party',
    text: 'The United States made extortionate demands for complete denuclearization, analysts said.',
    expect: [],
    none: [['north-korea', DN]],
  },
  {
    name: 'trap: the judged demands could shake "our resolve" to denuclearize: the demand is in a later clause',
    text: 'North Korea warned that Pompeo\'s "gangster-like" demands could shake its resolve for complete denuclearization.',
    expect: [],
    none: [['north-korea', DN]],
  },
  {
    name: "trap: Washington rejecting the North's charge that its demands were unreasonable holds them (no refusal)",
    text: "Washington rejected Pyongyang's charge that its demands for complete denuclearization were unreasonable.",
    expect: [{ party: 'united-states', demand: DN, stance: 'supports', quote: 'Washington rejected' }],
  },
  {
    name: 'trap: the owner calling its own demands "not unreasonable" holds them',
    text: 'The US said its own demands for complete denuclearization were not unreasonable.',
    expect: [{ party: 'united-states', demand: DN, stance: 'supports', quote: 'The US' }],
  },
  {
    name: 'trap: judged demands named with no content, then the judge\'s own commitment after "but"',
    text: 'North Korea said the United States had made unreasonable demands, but that it remained committed to complete denuclearization.',
    expect: [{ party: 'north-korea', demand: DN, stance: 'supports', quote: 'North Korea' }],
  },
];

const gazaCases: ReadingCase[] = [
  {
    name: '"accused Hamas of making absurd demands for …": a refusal, no longer a refusal of a refusal (openness)',
    text: 'Netanyahu accused Hamas of making absurd demands for a permanent ceasefire.',
    expect: [
      { party: 'israel', demand: PC, stance: 'rejects', quote: 'Netanyahu accused' },
      { party: 'hamas', demand: PC, stance: 'supports', quote: 'Netanyahu accused' },
    ],
  },
  {
    name: '"rejected Hamas\'s absurd demands for …": the rejection, not openness',
    text: "Netanyahu rejected Hamas's absurd demands for a permanent ceasefire.",
    expect: [{ party: 'israel', demand: PC, stance: 'rejects', quote: 'Netanyahu rejected' }],
  },
  {
    name: '"Hamas made unrealistic demands for …, Netanyahu said": the speaker after the quote judges',
    text: 'Hamas made unrealistic demands for a permanent ceasefire, Netanyahu said.',
    expect: [
      { party: 'israel', demand: PC, stance: 'rejects', quote: 'Hamas made' },
      { party: 'hamas', demand: PC, stance: 'supports', quote: 'Hamas made' },
    ],
  },
  {
    name: 'trap: "Hamas made absurd demands for …" in the writer\'s voice: only Hamas\'s demand',
    text: 'Hamas made absurd demands for a permanent ceasefire.',
    expect: [{ party: 'hamas', demand: PC, stance: 'supports', quote: 'Hamas made' }],
    none: [['israel', PC]],
  },
];

const owCases: ReadingCase[] = [
  {
    name: '"accused Moscow of making unreasonable demands for a halt to NATO enlargement": the alliance refuses',
    text: 'Stoltenberg accused Moscow of making unreasonable demands for a halt to NATO enlargement.',
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'Stoltenberg accused' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'Stoltenberg accused' },
    ],
  },
  {
    name: 'trap: "Russia has put forward unreasonable demands for …" with no judge named',
    text: 'Russia has put forward unreasonable demands for a halt to NATO enlargement.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'Russia has' }],
    none: [['nato', NX]],
  },
];

describe('a demand judged by an adjective on its noun (US–DPRK)', () => {
  it.each(dprkCases.map((c) => [c.name, c] as const))('%s', (_name, c) =>
    checkReading({ ...c, published: '2018-07-10' }, dprk),
  );
});
describe('a demand judged by an adjective on its noun (Gaza)', () => {
  it.each(gazaCases.map((c) => [c.name, c] as const))('%s', (_name, c) =>
    checkReading({ ...c, published: '2024-06-01' }, gaza),
  );
});
describe('a demand judged by an adjective on its noun (Russia–West)', () => {
  it.each(owCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});

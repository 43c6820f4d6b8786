/**
 * Session 36: "once" as a condition. A side offering a step with "will" or "would" and "once" opening a
 * clause of its own (a subject and its finite verb: "once its demands are met", "once Israel agrees") is
 * open to the step on that condition, as with "if". Never "once" as a time or a count ("at once", "once
 * again", "once more", "once a year", "once a party to …") nor "had once" (formerly).
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const grain = evalOntology('grain-deal-2022.json');
const gaza = evalOntology('gaza-ceasefire-2024.json');
const DX = 'deal-extension';
const HR = 'hostage-release';
const IW = 'israeli-withdrawal';
const MD = 'missile-deployment';
const NX = 'non-expansion';

const grainCases: ReadingCase[] = [
  {
    name: '"would return to the deal once its demands are met": open to returning',
    text: 'Russia would return to the grain deal once its demands are met.',
    published: '2022-11-01',
    expect: [{ party: 'russia', demand: DX, stance: 'open', quote: 'would return to the grain deal once' }],
  },
  {
    name: '"will return … once" a named side acts, inside a speaker tag: open',
    text: 'Russia said it would return to the grain deal once the West lifts the curbs on its farm exports.',
    published: '2022-11-01',
    expect: [{ party: 'russia', demand: DX, stance: 'open', quote: 'would return to the grain deal' }],
  },
  {
    name: 'trap: "at once" is a time, not a condition',
    text: 'Russia would return to the grain deal at once.',
    published: '2022-11-01',
    expect: [],
    none: [['russia', DX]],
  },
  {
    name: 'trap: "once again" is a count, not a condition',
    text: 'Russia would return to the grain deal once again.',
    published: '2022-11-01',
    expect: [],
    none: [['russia', DX]],
  },
  {
    name: 'trap: "once a party to …" before a noun and "once more" read nothing',
    text: 'Russia, once a party to the grain deal, would return to the grain deal once more.',
    published: '2022-11-01',
    expect: [],
    none: [['russia', DX]],
  },
  {
    name: 'trap: "has once again refused" stays a refusal',
    text: 'Russia has once again refused to return to the grain deal.',
    published: '2022-11-01',
    expect: [{ party: 'russia', demand: DX, stance: 'rejects', quote: 'refused' }],
  },
];

const gazaCases: ReadingCase[] = [
  {
    name: '"will release the hostages once Israel agrees to …": open to the release',
    text: 'Hamas will release the hostages once Israel agrees to a permanent ceasefire.',
    published: '2024-05-01',
    expect: [{ party: 'hamas', demand: HR, stance: 'open', quote: 'will release the hostages once' }],
  },
  {
    name: '"would withdraw … once the hostages are freed": open to the withdrawal',
    text: 'Israel would withdraw its troops from Gaza once the hostages are freed.',
    published: '2024-05-01',
    expect: [{ party: 'israel', demand: IW, stance: 'open', quote: 'would withdraw its troops from Gaza' }],
  },
  {
    name: 'trap: "at once" after a speaker tag is no condition',
    text: 'Hamas will release the hostages at once, the group said.',
    published: '2024-05-01',
    expect: [],
    none: [['hamas', HR]],
  },
  {
    name: 'trap: "had once released" is formerly, no stance',
    text: 'Hamas had once released the hostages.',
    published: '2024-05-01',
    expect: [],
    none: [['hamas', HR]],
  },
  {
    name: 'trap: "once the ruler of …" and "once more" open no condition',
    text: 'Hamas, once the ruler of all of Gaza, will release the hostages once more aid arrives.',
    published: '2024-05-01',
    expect: [],
    none: [['hamas', HR]],
  },
];

const russiaWestCases: ReadingCase[] = [
  {
    name: '"would stop expanding once Russia pulls back its troops": open to the halt',
    text: 'NATO would stop expanding once Russia pulls back its troops.',
    published: '2022-01-20',
    expect: [{ party: 'nato', demand: NX, stance: 'open', quote: 'would stop expanding' }],
  },
  {
    name: '"would remove its missiles … once Moscow agrees …": open',
    text: 'The United States would remove its missiles from Europe once Moscow agrees to cut its own.',
    published: '2022-01-20',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'would remove its missiles' }],
  },
  {
    name: 'trap: "once a year" is a count',
    text: 'The United States would remove its missiles from Europe once a year.',
    published: '2022-01-20',
    expect: [],
    none: [['united-states', MD]],
  },
  {
    name: 'trap: "at once", demanded by a senator, is no offer',
    text: 'The United States would remove its missiles from Europe at once, one senator demanded.',
    published: '2022-01-20',
    expect: [],
    none: [['united-states', MD]],
  },
];

describe('"once" opening a clause after an offered step is a condition', () => {
  it.each(grainCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, grain));
  it.each(gazaCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, gaza));
  it.each(russiaWestCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});

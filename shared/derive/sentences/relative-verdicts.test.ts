/**
 * A refusal in a relative clause on a demand noun: "Moscow keeps making demands it knows the allies can
 * never accept", "security demands that NATO cannot meet", "demands that Washington says are
 * non-starters". The clause's subject refuses what the noun points back to (the demands the proposer
 * was already said to make). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const NX = 'non-expansion';
const RB = 'rollback-1997';
const ASKS = 'The Kremlin wants the alliance to stop taking in new members.';

const cases: ReadingCase[] = [
  {
    name: '"demands it knows the allies can never accept": the alliance refuses the demand named before',
    text: `${ASKS} Stoltenberg said Moscow keeps putting forward demands it knows the allies can never accept.`,
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'wants' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'can never accept' },
    ],
  },
  {
    name: '"security demands it was well aware NATO would never be able to accept"',
    text: `${ASKS} The secretary general said Russia was pressing security demands it was well aware NATO would never be able to accept.`,
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'never be able to accept' }],
  },
  {
    name: '"demands that Washington has already rejected", two demands named before',
    text: 'Moscow wants NATO to halt its eastward expansion and to pull its troops out of Eastern Europe. Russia has made demands that Washington has already rejected, the paper reported.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'already rejected' },
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'already rejected' },
    ],
  },
  {
    name: '"proposals the allies regard as unacceptable"',
    text: `${ASKS} Russia has put forward proposals the allies regard as unacceptable.`,
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'regard as unacceptable' }],
  },
  {
    name: '"demands that Washington says are non-starters"',
    text: `${ASKS} Moscow has set out demands that Washington says are non-starters.`,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'non-starters' }],
  },
  {
    name: 'first person in a quote: "demands they know we are unable to meet" is the speaker\'s side',
    text: `${ASKS} "They make demands they know we are unable to meet," Stoltenberg said.`,
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'unable to meet' }],
  },
  {
    name: 'trap: "demands that NATO reject the pledge" is the content of the demands, not a verdict on them',
    text: `${ASKS} Russia has made demands that NATO withdraw the Bucharest promise.`,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
    none: [['nato', NX]],
  },
  {
    name: 'trap: demands the alliance says it will study are no refusal',
    text: `${ASKS} Russia has made demands that NATO says it will study.`,
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'trap: demands called reasonable are no refusal',
    text: `${ASKS} Russia has made demands that Washington says are reasonable.`,
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: a forecast ("will probably reject") is no refusal yet',
    text: `${ASKS} Russia has made demands that Washington will probably reject.`,
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: proposals of the alliance that Moscow rejected give Moscow no stance on its own demand',
    text: `${ASKS} The allies have put forward proposals that Moscow has rejected.`,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
    none: [['russia', RB]],
  },
  {
    name: 'trap: acceptance hedged by a condition after the verb ("cannot accept without changes") is left unread',
    text: `${ASKS} Russia has made demands that Washington cannot accept without changes.`,
    expect: [],
    none: [['united-states', NX]],
  },
];

describe('a refusal in a relative clause on a demand noun', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

const gaza = evalOntology('gaza-ceasefire-2024.json');
const gazaCases: ReadingCase[] = [
  {
    name: 'Gaza: "conditions that Israel cannot accept" after Hamas demanded a permanent ceasefire',
    text: 'Hamas insists on a permanent ceasefire. Netanyahu said the group keeps setting conditions that Israel cannot accept.',
    published: '2024-06-02',
    expect: [{ party: 'israel', demand: 'permanent-ceasefire', stance: 'rejects', quote: 'cannot accept' }],
  },
];

describe('a refusal in a relative clause on a demand noun (Gaza)', () => {
  for (const c of gazaCases) it(c.name, () => checkReading(c, gaza));
});

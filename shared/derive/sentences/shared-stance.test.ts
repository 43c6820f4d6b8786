/**
 * Who else holds a stance: a party said to echo the speaker ("Her remarks echoed the position NATO has
 * taken", "The alliance made the same point", "…, repeating what Biden said, …"), the two governments a
 * sentence just named ("Both governments also urge …"), replies sourced to a party's papers ("…,
 * according to documents released on Tuesday. The replies hold …"), and an aide speaking for an office
 * that a body spoke of ("Downing Street said the prime minister … . His spokesman stressed …").
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';
const MD = 'missile-deployment';

const echoes: ReadingCase[] = [
  {
    name: '"His remarks echoed the position X has taken": X holds what the speaker said too',
    text: 'Antony Blinken told reporters the alliance would never shut its door to new members. His remarks echoed the position NATO chief Jens Stoltenberg has taken since December.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'never shut its door' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'His remarks echoed', voice: 'reported' },
    ],
  },
  {
    name: '"X made the same point": the subject of the next sentence holds it too',
    text: 'Liz Truss said every European democracy has the right to seek membership of NATO. Olaf Scholz made the same point in Berlin on Friday.',
    expect: [
      { party: 'uk', demand: NX, stance: 'rejects', quote: 'right to seek membership' },
      { party: 'germany', demand: NX, stance: 'rejects', quote: 'made the same point' },
    ],
  },
  {
    name: '"X, repeating what Y said, pledged …": Y holds the pledge too',
    text: 'Jens Stoltenberg, repeating what Joe Biden said in a speech last week, pledged that the alliance has no intention of placing offensive missiles in Ukraine.',
    expect: [
      { party: 'nato', demand: MD, stance: 'open', quote: 'repeating what Joe Biden said' },
      { party: 'united-states', demand: MD, stance: 'open', quote: 'repeating what Joe Biden said' },
    ],
  },
  {
    name: '"X said …, as Y has repeatedly said." (a closing clause): Y holds it too',
    text: "Jens Stoltenberg said the alliance's door stays open to new members, as Joe Biden has repeatedly said.",
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'as Joe Biden has repeatedly said' },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'as Joe Biden has repeatedly said' },
    ],
  },
  {
    name: 'trap: "…, as Y has complained." is no echo: Y does not hold the stance',
    text: "Jens Stoltenberg said the alliance's door stays open to new members, as Sergei Lavrov has complained.",
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'stays open' }],
    none: [['russia', NX]],
  },
  {
    name: '"…, a view Y shares." (a closing apposition): Y holds it too',
    text: 'Liz Truss said every European democracy has the right to seek membership of NATO, a view Berlin shares.',
    expect: [
      { party: 'uk', demand: NX, stance: 'rejects', quote: 'right to seek membership' },
      { party: 'germany', demand: NX, stance: 'rejects', quote: 'a view Berlin shares' },
    ],
  },
  {
    name: '"…, a position shared by Y." and "Y shares that view." next: Y holds it too',
    text: 'Liz Truss said every European democracy has the right to seek membership of NATO, a position shared by the alliance. Olaf Scholz shares that view.',
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'a position shared by the alliance' },
      { party: 'germany', demand: NX, stance: 'rejects', quote: 'Olaf Scholz shares that view' },
    ],
  },
  {
    name: 'trap: "…, a view Y shares with reservations …" is not a plain sharing: Y holds nothing',
    text: 'Liz Truss said every European democracy has the right to seek membership of NATO, a view Berlin shares with reservations about timing.',
    expect: [{ party: 'uk', demand: NX, stance: 'rejects', quote: 'right to seek membership' }],
    none: [['germany', NX]],
  },
  {
    name: 'trap: "Y shares that concern about …" next is no sharing of the stance',
    text: 'Sergei Lavrov said the alliance must stop expanding. Olaf Scholz shares that concern about Ukraine.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'must stop expanding' }],
    none: [['germany', NX]],
  },
  {
    name: 'trap: "X made a very different point" shares nothing',
    text: 'Liz Truss said every European democracy has the right to seek membership of NATO. Sergei Lavrov made a very different point in Moscow.',
    expect: [{ party: 'uk', demand: NX, stance: 'rejects', quote: 'right to seek membership' }],
    none: [['russia', NX]],
  },
  {
    name: 'trap: "X repeated the demand that …" is X restating its own demand, not echoing the speaker',
    text: 'Liz Truss said every European democracy has the right to seek membership of NATO. Sergei Lavrov repeated the call for guarantees in Moscow.',
    expect: [{ party: 'uk', demand: NX, stance: 'rejects', quote: 'right to seek membership' }],
    none: [['russia', NX]],
  },
  {
    name: '"His remarks echoed …" shares the speaker\'s stance, not the demand of the party whose demand it was',
    text: "Blinken said Washington would reject Moscow's demand that NATO stop expanding. His remarks echoed the line Jens Stoltenberg has taken.",
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'would reject' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'His remarks echoed' },
    ],
  },
  {
    name: 'trap: "His remarks echoed …" after a sentence where two sides took stances shares neither',
    text: 'Lavrov insisted that NATO must stop expanding, and Blinken flatly rejected that demand. His remarks echoed the line Jens Stoltenberg has taken.',
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'trap: "His remarks echoed …" two sentences on reaches nothing',
    text: 'Liz Truss said every European democracy has the right to seek membership of NATO. She then flew to Warsaw. Her remarks echoed the line Olaf Scholz has taken.',
    expect: [{ party: 'uk', demand: NX, stance: 'rejects', quote: 'right to seek membership' }],
    none: [['germany', NX]],
  },
];

const pairs: ReadingCase[] = [
  {
    name: '"Both governments urge …" after a sentence naming just two parties: those two',
    text: 'Beijing said on Friday that it stands behind the Russian call for binding guarantees. Both governments also urge the United States to abandon plans to deploy intermediate-range missiles in Europe.',
    expect: [
      { party: 'china', demand: MD, stance: 'supports', quote: 'Both governments also urge' },
      { party: 'russia', demand: MD, stance: 'supports', quote: 'Both governments also urge' },
    ],
  },
  {
    name: '"The two capitals urge …" after a meeting of two leaders: the pair that met',
    text: 'Xi Jinping met Vladimir Putin in Beijing on Friday. The two capitals also urge the United States to abandon plans to deploy intermediate-range missiles in Europe.',
    expect: [
      { party: 'china', demand: MD, stance: 'supports', quote: 'The two capitals also urge' },
      { party: 'russia', demand: MD, stance: 'supports', quote: 'The two capitals also urge' },
    ],
  },
  {
    name: 'trap: "The two capitals urge …" after one leader spoke: no one known',
    text: 'Xi Jinping spoke on Friday. The two capitals also urge the United States to abandon plans to deploy intermediate-range missiles in Europe.',
    expect: [],
    none: [['china', MD]],
  },
  {
    name: 'trap: "Both sides urge …" after two parties merely named: the sides may be anyone\'s',
    text: 'Beijing said on Friday that it stands behind the Russian call for binding guarantees. Both sides also urge the United States to abandon plans to deploy intermediate-range missiles in Europe.',
    expect: [],
    none: [['china', MD]],
  },
  {
    name: 'trap: "Both governments urge …" after a sentence naming one party: no one known',
    text: 'Beijing said on Friday that talks must go on. Both governments also urge the United States to abandon plans to deploy intermediate-range missiles in Europe.',
    expect: [],
    none: [['china', MD]],
  },
];

const documents: ReadingCase[] = [
  {
    name: '"…, according to documents released …. The replies also hold …": the subject\'s replies',
    text: 'The alliance offered Moscow talks on missile limits, according to documents released on Tuesday. The replies also hold that every country may choose its own alliances.',
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'The replies also hold', kind: 'document' },
    ],
  },
  {
    name: 'trap: papers with an owner of their own ("according to Russian papers") are not the subject\'s',
    text: 'Talks on missile limits have stalled, according to Russian papers seen by reporters. The replies also hold that every country may choose its own alliances.',
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: 'trap: papers sourcing a sentence with no party as its subject belong to no one',
    text: 'The talks stalled last week, according to papers seen by reporters in Brussels. The letters also hold that every country may choose its own alliances.',
    expect: [],
    none: [
      ['nato', NX],
      ['united-states', NX],
    ],
  },
];

const aides: ReadingCase[] = [
  {
    name: '"Downing Street said the prime minister … . His spokesman stressed …": the office that spoke',
    text: 'Downing Street said the prime minister hoped to calm Moscow. His spokesman stressed, however, that every European democracy has the right to seek membership.',
    expect: [{ party: 'uk', demand: NX, stance: 'rejects', quote: 'right to seek membership' }],
  },
  {
    name: 'trap: "His spokesman" after a body spoke of a person of another party: no one known',
    text: 'Downing Street said Joe Biden hoped to calm Moscow. His spokesman stressed, however, that every European democracy has the right to seek membership.',
    expect: [],
    none: [
      ['uk', NX],
      ['united-states', NX],
    ],
  },
  {
    name: 'trap: "His spokesman" after a body spoke of no person: no one known',
    text: 'The Kremlin said talks would go on. His spokesman stressed that every European democracy has the right to seek membership.',
    expect: [],
    none: [['russia', NX]],
  },
];

describe.each([
  ['a stance another party is said to echo', echoes],
  ['two governments just named', pairs],
  ['replies sourced to a party', documents],
  ['an aide of the office a body spoke of', aides],
])('shared stance: %s', (_, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});

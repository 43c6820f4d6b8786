/**
 * A second party's verdict on a demand the same sentence has just reported, taken up by "that",
 * "which … says it …" or a refused "do that": "Hamas wants a permanent truce, and Israel has refused
 * that", "…, which Israel says it cannot accept", "…, and we could not do that, the president said".
 * Traps: "that" as a complementiser or before a noun, a pointer after two demands (which one?), the
 * demanding party on its own demand, a question, a refusal with a condition, "they" meaning others.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const gaza = evalOntology('gaza-ceasefire-2024.json');
const PC = 'permanent-ceasefire';
const WD = 'israeli-withdrawal';
const NX = 'non-expansion';
const RB = 'rollback-1997';
const at = '2024-06-01';

const gazaCases: ReadingCase[] = [
  {
    name: '"…, and Israel has refused that": Israel refuses the truce Hamas demanded',
    text: 'Hamas called for a permanent ceasefire at the talks in Cairo, and Israel has refused that.',
    expect: [
      { party: 'hamas', demand: PC, stance: 'supports', quote: 'Hamas called for' },
      { party: 'israel', demand: PC, stance: 'rejects', quote: 'Israel has refused that' },
    ],
  },
  {
    name: '"…, but Israel cannot accept that outright": a modal verdict with an adverb after the pointer',
    text: 'Hamas is pressing for a lasting ceasefire, but Israel cannot accept that outright.',
    expect: [{ party: 'israel', demand: PC, stance: 'rejects', quote: 'Israel cannot accept that' }],
  },
  {
    name: '"…, which Israel says it cannot accept": the subject speaking of itself judges the demand',
    text: 'Hamas wants the war ended for good, which Israel says it cannot accept.',
    expect: [{ party: 'israel', demand: PC, stance: 'rejects', quote: 'which Israel says it cannot accept' }],
  },
  {
    name: '"…, which Israel has said it will not accept": the same with a perfect tense',
    text: 'Hamas is seeking a permanent ceasefire, which Israel has said it will not accept.',
    expect: [
      { party: 'israel', demand: PC, stance: 'rejects', quote: 'which Israel has said it will not accept' },
    ],
  },
  {
    name: '"…, something Israel has said it will not accept": a bare relative the same way',
    text: 'Hamas wants a permanent ceasefire, something Israel has said it will not accept.',
    expect: [{ party: 'israel', demand: PC, stance: 'rejects', quote: 'it will not accept' }],
  },
  {
    name: '"…, which Israel says it has long opposed": past an auxiliary to the verdict',
    text: 'Hamas wants a permanent ceasefire, which Israel says it has long opposed.',
    expect: [
      { party: 'israel', demand: PC, stance: 'rejects', quote: 'which Israel says it has long opposed' },
    ],
  },
  {
    name: 'trap: "which Israel says it discussed with mediators" reports talks, no verdict',
    text: 'Hamas wants a permanent ceasefire, which Israel says it discussed with mediators.',
    expect: [{ party: 'hamas', demand: PC, stance: 'supports', quote: 'wants' }],
    none: [['israel', PC]],
  },
  {
    name: '"…, and we could not do that, Netanyahu said": the speaker refuses what was demanded',
    text: 'Hamas demanded a permanent ceasefire, and we could not do that, Netanyahu said.',
    expect: [{ party: 'israel', demand: PC, stance: 'rejects', quote: 'we could not do that' }],
  },
  {
    name: '"…; Israel will not do it": a refused "do" over "it"',
    text: 'Hamas wants a permanent ceasefire; Israel will not do it.',
    expect: [{ party: 'israel', demand: PC, stance: 'rejects', quote: 'Israel will not do it' }],
  },
  {
    name: 'trap: "that" after two demands does not say which one was refused',
    text: 'Hamas demanded a permanent ceasefire and a full withdrawal, but Israel rejected that.',
    expect: [{ party: 'hamas', demand: PC, stance: 'supports', quote: 'Hamas demanded' }],
    none: [
      ['israel', PC],
      ['israel', WD],
    ],
  },
  {
    name: 'trap: "said that it would study the plan": "that" opens a clause, it points at nothing',
    text: 'Hamas demanded a permanent ceasefire, and Israel said that it would study the plan.',
    expect: [{ party: 'hamas', demand: PC, stance: 'supports', quote: 'Hamas demanded' }],
    none: [['israel', PC]],
  },
  {
    name: 'trap: a question gives no verdict',
    text: 'Hamas demanded a permanent ceasefire, but did Israel reject that?',
    expect: [{ party: 'hamas', demand: PC, stance: 'supports', quote: 'Hamas demanded' }],
    none: [['israel', PC]],
  },
  {
    name: 'trap: refusing to "do it" with a condition after it is no plain refusal',
    text: 'Hamas demanded a permanent ceasefire, but Israel said it would not do it without the hostages back.',
    expect: [{ party: 'hamas', demand: PC, stance: 'supports', quote: 'Hamas demanded' }],
    none: [['israel', PC]],
  },
  {
    name: 'trap: "the talks could not do that" has no party to hold the verdict',
    text: 'Hamas demanded a permanent ceasefire, but the talks in Doha could not do that.',
    expect: [{ party: 'hamas', demand: PC, stance: 'supports', quote: 'Hamas demanded' }],
    none: [['israel', PC]],
  },
];

const owCases: ReadingCase[] = [
  {
    name: '"…, which Washington says it cannot accept": the US refuses the pledge Moscow wants',
    text: 'Moscow wants a pledge that NATO will not expand, which Washington says it cannot accept.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'wants a pledge' },
      {
        party: 'united-states',
        demand: NX,
        stance: 'rejects',
        quote: 'which Washington says it cannot accept',
      },
    ],
  },
  {
    name: '"…, which the allies say they cannot accept": "they" for a plural subject',
    text: 'Russia wants NATO to pull its forces out of Eastern Europe, which the allies say they cannot accept.',
    expect: [
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'which the allies say they cannot accept' },
    ],
  },
  {
    name: 'trap: "which Washington says they must accept": "they" is someone else',
    text: 'Russia wants NATO to pull its forces out of Eastern Europe, which Washington says they must accept.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'wants' }],
    none: [['united-states', RB]],
  },
  {
    name: '"…, and Washington said it could not do that": the US refuses the guarantee',
    text: 'Moscow demanded a guarantee that NATO would stop expanding eastward, and Washington said it could not do that.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'could not do that' }],
  },
  {
    name: 'trap: the demanding party on its own demand ("Moscow will not give that up") gives no second verdict',
    text: 'Russia wants a halt to NATO enlargement, and Moscow will not give that up.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: "said that" opening a clause is a complementiser, not a pointer',
    text: 'Russia wants NATO to pull its forces out of Eastern Europe, but Washington said that the meeting was useful.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'wants' }],
    none: [
      ['united-states', RB],
      ['nato', RB],
    ],
  },
];

describe('a verdict on a demand the sentence has just reported (Gaza)', () => {
  it.each(gazaCases.map((c) => [c.name, c] as const))('%s', (_name, c) =>
    checkReading({ ...c, published: at }, gaza),
  );
});

describe('a verdict on a demand the sentence has just reported (Russia–West)', () => {
  it.each(owCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});

const dprk = evalOntology('us-dprk-2018.json');
const SR = 'sanctions-relief';
const EW = 'end-of-war';

const dprkCases: ReadingCase[] = [
  {
    name: 'the sentence after the demand: "We could not do that, the president said" refuses it',
    text: 'Pyongyang wanted every sanction lifted. We could not do that, Trump said.',
    expect: [{ party: 'united-states', demand: SR, stance: 'rejects', quote: 'We could not do that' }],
  },
  {
    name: 'the sentence after: "Washington would not do so" refuses it',
    text: 'Pyongyang asked for every sanction to be lifted. Washington would not do so.',
    expect: [{ party: 'united-states', demand: SR, stance: 'rejects', quote: 'Washington would not do so' }],
  },
  {
    name: 'trap: a refused "do that" after a sentence naming two demands says not which',
    text: 'Pyongyang wanted every sanction lifted and a peace declaration. Washington would not do that.',
    expect: [{ party: 'north-korea', demand: SR, stance: 'supports', quote: 'wanted' }],
    none: [
      ['united-states', SR],
      ['united-states', EW],
    ],
  },
  {
    name: 'trap: a condition ("If Washington will not do that, …") is no refusal',
    text: 'Pyongyang wanted every sanction lifted. If Washington will not do that, Pyongyang will walk away.',
    expect: [{ party: 'north-korea', demand: SR, stance: 'supports', quote: 'wanted' }],
    none: [['united-states', SR]],
  },
  {
    name: 'trap: a question ("Why would Washington not do that?") is no refusal',
    text: 'Pyongyang wanted every sanction lifted. Why would Washington not do that?',
    expect: [{ party: 'north-korea', demand: SR, stance: 'supports', quote: 'wanted' }],
    none: [['united-states', SR]],
  },
  {
    name: 'trap: two demands before "and we could not do it" in one sentence: which one is left open',
    text: 'Pyongyang wanted every sanction lifted and a peace declaration, and we could not do it, Trump said.',
    expect: [{ party: 'north-korea', demand: SR, stance: 'supports', quote: 'wanted' }],
    none: [
      ['united-states', SR],
      ['united-states', EW],
    ],
  },
];

describe('a refused pro-verb on a demand just reported (US–DPRK)', () => {
  it.each(dprkCases.map((c) => [c.name, c] as const))('%s', (_name, c) =>
    checkReading({ ...c, published: '2019-03-01' }, dprk),
  );
});

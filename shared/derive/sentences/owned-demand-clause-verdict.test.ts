/**
 * A verdict after a party's demand noun and its "that" clause: "Moscow's demand that NATO rule out
 * membership for Ukraine is a non-starter, Sherman said". The clause's tail may hold a preposition before
 * a plain noun phrase ("for Ukraine", "to the east", "for good") without the verdict becoming part of the
 * clause; the verdict is on the owned demand, held by the one who says it (or the party the verdict is
 * put to), while the owner keeps its demand. A "to be" or a verdict with no verb of its own stays inside
 * the clause; the owner's own verdict on its demand is no refusal. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const NX = 'non-expansion';
const RB = 'rollback-1997';
const published = '2022-01-27';

const russiaWest: ReadingCase[] = [
  {
    name: 'a possessed demand with "for Ukraine" in its clause, then "is a non-starter": the speaker rejects, the owner asks',
    text: "Moscow's demand that NATO rule out membership for Ukraine is a non-starter, Sherman said.",
    published,
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'non-starter' },
      { party: 'russia', demand: NX, stance: 'supports', quote: "Moscow's demand" },
    ],
  },
  {
    name: 'an adjective owner ("the Russian demand that …") judged after the clause',
    text: 'The Russian demand that NATO rule out membership for Ukraine is a non-starter, Sherman said.',
    published,
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'non-starter' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'Russian demand' },
    ],
  },
  {
    name: 'the sayer before the owned demand ("U.S. officials said Moscow\'s demand that … is a non-starter")',
    text: "U.S. officials said Moscow's demand that NATO rule out membership for Ukraine is a non-starter.",
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'non-starter' }],
  },
  {
    name: '"to the east" in the clause, then "is out of the question"',
    text: "Moscow's demand that the alliance halt its expansion to the east is out of the question, Sherman said.",
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'out of the question' }],
  },
  {
    name: 'a negated modal in one word opens the verdict ("cannot be accepted")',
    text: "Moscow's demand that NATO rule out membership for Ukraine cannot be accepted, Blinken said.",
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'cannot be accepted' }],
  },
  {
    name: '"would not be accepted" after a clause with "to Georgia"',
    text: "Russia's insistence that the alliance close its door to Georgia would not be accepted, the State Department said.",
    published,
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'not be accepted' },
      { party: 'russia', demand: NX, stance: 'supports', quote: "Russia's insistence" },
    ],
  },
  {
    name: "a party's reply as the sayer (\"Washington's reply said Moscow's demand that … was unacceptable\")",
    text: "Washington's reply said Moscow's demand that NATO rule out membership for Ukraine was unacceptable.",
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'unacceptable' }],
  },
  {
    name: 'trap: "to be unacceptable" is the clause\'s own verdict, asked of NATO, not the speaker\'s',
    text: "Moscow's demand that NATO declare membership for Ukraine to be unacceptable was repeated on Friday, Sherman said.",
    published,
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: a verdict with no verb of its own inside the clause ("that NATO call enlargement … unacceptable")',
    text: "Moscow's demand that NATO call enlargement to the east unacceptable was repeated, Sherman said.",
    published,
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: the owner calling its own demand non-negotiable keeps it',
    text: "Moscow's demand that NATO rule out membership for Ukraine is non-negotiable, Lavrov said.",
    published,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: "Moscow's demand" }],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: a verdict on something else, in a clause of its own after the demand',
    text: "Moscow's demand that NATO rule out membership for Ukraine came as Sherman said a troop buildup for the winter was unacceptable.",
    published,
    expect: [],
    none: [
      ['united-states', NX],
      ['united-states', RB],
    ],
  },
  {
    name: 'trap: unacceptable "to Kyiv" is Ukraine\'s verdict, not the speaker\'s',
    text: "Moscow's demand that NATO rule out membership for Ukraine is unacceptable to Kyiv, Sherman said.",
    published,
    expect: [{ party: 'ukraine', demand: NX, stance: 'rejects', quote: 'unacceptable' }],
    none: [['united-states', NX]],
  },
];

const gaza: ReadingCase[] = [
  {
    name: 'gaza: "for Gaza" in the clause, then "is out of the question": the speaker\'s side rejects',
    text: "Hamas's demand that Israel agree to a permanent ceasefire for Gaza is out of the question, Netanyahu said.",
    published: '2024-05-01',
    expect: [
      { party: 'israel', demand: 'permanent-ceasefire', stance: 'rejects', quote: 'out of the question' },
      { party: 'hamas', demand: 'permanent-ceasefire', stance: 'supports', quote: "Hamas's demand" },
    ],
  },
  {
    name: 'gaza: the sayer first ("Netanyahu said Hamas\'s demand that … was a non-starter")',
    text: "Netanyahu said Hamas's demand that Israel commit to a permanent truce for the whole of Gaza was a non-starter.",
    published: '2024-05-01',
    expect: [{ party: 'israel', demand: 'permanent-ceasefire', stance: 'rejects', quote: 'non-starter' }],
  },
  {
    name: 'gaza trap: the owner calling its own demand non-negotiable',
    text: "Hamas's demand that Israel agree to a permanent ceasefire for Gaza is non-negotiable, a Hamas official said.",
    published: '2024-05-01',
    expect: [{ party: 'hamas', demand: 'permanent-ceasefire', stance: 'supports', quote: "Hamas's demand" }],
    none: [['israel', 'permanent-ceasefire']],
  },
];

const dprk: ReadingCase[] = [
  {
    name: 'dprk: "for good" in the clause, then "is a non-starter"',
    text: "Washington's demand that Pyongyang give up its nuclear weapons for good is a non-starter, North Korea's foreign ministry said.",
    published: '2018-06-01',
    expect: [
      { party: 'north-korea', demand: 'denuclearization', stance: 'rejects', quote: 'non-starter' },
      {
        party: 'united-states',
        demand: 'denuclearization',
        stance: 'supports',
        quote: "Washington's demand",
      },
    ],
  },
];

const iran: ReadingCase[] = [
  {
    name: 'iran: "for the country\'s oil sector" in the clause, then "is unacceptable"',
    text: "Iran's demand that Washington lift all sanctions for the country's oil sector is unacceptable, the spokesman for the State Department said.",
    published: '2021-06-01',
    expect: [
      { party: 'united-states', demand: 'sanctions-lifting', stance: 'rejects', quote: 'unacceptable' },
    ],
  },
];

describe('a verdict after an owned demand noun and its "that" clause', () => {
  for (const c of russiaWest) it(c.name, () => checkReading(c));
  for (const c of gaza) it(c.name, () => checkReading(c, evalOntology('gaza-ceasefire-2024.json')));
  for (const c of dprk) it(c.name, () => checkReading(c, evalOntology('us-dprk-2018.json')));
  for (const c of iran) it(c.name, () => checkReading(c, evalOntology('iran-nuclear-2021.json')));
});

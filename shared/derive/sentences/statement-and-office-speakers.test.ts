/**
 * Speakers named by what they issued or by their office alone. "The statement said …" speaks for the one
 * party the sentence before said issued it (or said something in it, or owned it by a possessive), and
 * "It went on that …" continues the statement once it has spoken; a statement no party's, two parties',
 * or a joint one is no one's. "The envoy said …" right after people of two parties were named stands for
 * the one whose office it is; "The negotiator / the official said …" when both or neither hold it, for
 * no one. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const gaza = evalOntology('gaza-ceasefire-2024.json');
const iran = evalOntology('iran-nuclear-2021.json');

const statements: ReadingCase[] = [
  {
    name: 'the statement a party issued, in the next sentence, with a verb of refusing',
    text: "The prime minister's office put out a statement late on Sunday. The statement rejected any permanent ceasefire.",
    published: '2024-05-01',
    expect: [
      {
        party: 'israel',
        demand: 'permanent-ceasefire',
        stance: 'rejects',
        quote: 'The statement rejected',
        kind: 'document',
      },
    ],
  },
  {
    name: 'the statement a party issued goes on speaking: "It went on that …"',
    text: "Netanyahu's office released a statement after the cabinet met. The statement said the army would press on in Rafah. It went on that Israel would never consent to a permanent ceasefire.",
    published: '2024-05-01',
    expect: [{ party: 'israel', demand: 'permanent-ceasefire', stance: 'rejects', quote: 'It went on that' }],
  },
  {
    name: '"said in a statement": the speaker owns the statement the next sentence quotes',
    text: 'Hamas said in a statement that its delegation would travel to Cairo. The statement also demanded a permanent ceasefire.',
    published: '2024-05-01',
    expect: [
      {
        party: 'hamas',
        demand: 'permanent-ceasefire',
        stance: 'supports',
        quote: 'The statement also demanded',
        kind: 'document',
      },
    ],
  },
  {
    name: "trap: the statement of a third party the ontology does not know is no party's",
    text: 'The United Nations issued a statement on Monday. The statement rejected a permanent ceasefire.',
    published: '2024-05-01',
    expect: [],
    none: [['israel', 'permanent-ceasefire']],
    noneButStated: [['hamas', 'permanent-ceasefire']],
  },
  {
    name: "trap: a third party's statement after a party spoke is not that party's",
    text: 'Israel spoke of progress on Friday. The United Nations issued a statement. The statement rejected a permanent ceasefire.',
    published: '2024-05-01',
    expect: [],
    none: [['israel', 'permanent-ceasefire']],
    noneButStated: [['hamas', 'permanent-ceasefire']],
  },
  {
    name: 'trap: two parties issuing statements leaves "the statement" no one\'s',
    text: 'Israel issued a statement hours after Hamas released its own statement. The statement rejected a permanent ceasefire.',
    published: '2024-05-01',
    expect: [],
    none: [['israel', 'permanent-ceasefire']],
    noneButStated: [['hamas', 'permanent-ceasefire']],
  },
  {
    name: "trap: a joint statement is not the first issuer's",
    text: 'Qatar and Egypt issued a joint statement. The statement rejected a permanent ceasefire.',
    published: '2024-05-01',
    expect: [],
    none: [
      ['qatar', 'permanent-ceasefire'],
      ['egypt', 'permanent-ceasefire'],
    ],
  },
  {
    name: 'trap: "It" after one party dismissed another\'s statement is not the statement',
    text: "Hamas dismissed Israel's statement. It rejected a permanent ceasefire.",
    published: '2024-05-01',
    expect: [],
    none: [['israel', 'permanent-ceasefire']],
  },
  {
    name: 'trap: the statement spoken of two sentences back no longer speaks',
    text: "Netanyahu's office put out a statement on Saturday. The talks dragged on into the night. The statement rejected a permanent ceasefire.",
    published: '2024-05-01',
    expect: [],
    none: [['israel', 'permanent-ceasefire']],
  },
];

const offices: ReadingCase[] = [
  {
    name: 'an office only one of the two people just named holds stands for that one ("the minister")',
    text: 'Ali Bagheri Kani sat down with U.S. envoy Robert Malley in Vienna. The minister said the Guards must be taken off the terrorism list.',
    published: '2022-03-01',
    expect: [{ party: 'iran', demand: 'irgc-delisting', stance: 'supports', quote: 'The minister said' }],
    none: [['united-states', 'irgc-delisting']],
  },
  {
    name: 'one person named before: "the negotiator" is that person',
    text: 'Ali Bagheri Kani spoke in Vienna. The negotiator said Washington must take the Revolutionary Guards off the terrorism list.',
    published: '2022-03-01',
    expect: [
      {
        party: 'iran',
        demand: 'irgc-delisting',
        stance: 'supports',
        quote: 'The negotiator said',
        voice: 'own',
      },
    ],
  },
  {
    name: 'trap: both people just named are negotiators, so "the negotiator" is no one in particular',
    text: 'Ali Bagheri Kani sat down with Robert Malley in Vienna. The negotiator said the Guards must be taken off the terrorism list.',
    published: '2022-03-01',
    expect: [],
    none: [['united-states', 'irgc-delisting']],
    noneButStated: [['iran', 'irgc-delisting']],
  },
  {
    name: 'trap: "the official" after people of two parties were named is neither',
    text: 'Ali Bagheri Kani sat down with Robert Malley in Vienna. The official said the Guards must be taken off the terrorism list.',
    published: '2022-03-01',
    expect: [],
    none: [['united-states', 'irgc-delisting']],
    noneButStated: [['iran', 'irgc-delisting']],
  },
];

describe('a statement speaking for the party that issued it', () => {
  for (const c of statements) it(c.name, () => checkReading(c, gaza));
});

describe('an office word among people of two parties', () => {
  for (const c of offices) it(c.name, () => checkReading(c, iran));
});

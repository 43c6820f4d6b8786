/**
 * A negated step that waits for the demand: "Israel will not stop fighting until all the hostages are
 * released", "we will not rest until hostages are home". The negation belongs to the step kept up or
 * withheld ("not stop", "not rest"); what follows "until" or "before" is what the speaker waits for, so
 * the demand's proposer, speaking, states its demand. A negation on the demand's own words before the
 * "until" still refuses it ("will not free the hostages until …", "will not renegotiate the protocol
 * until after the election"), and a time clause of another party's step says nothing. Sentences written
 * for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const gaza = evalOntology('gaza-ceasefire-2024.json');
const ni = evalOntology('ni-protocol-2021.json');
const HR = 'hostage-release';
const WD = 'israeli-withdrawal';
const PR = 'protocol-renegotiation';

const gazaCases: ReadingCase[] = [
  {
    name: '"would not stop fighting until all the hostages are released": the proposer states its demand',
    text: 'Netanyahu said Israel would not stop fighting until all the hostages are released.',
    expect: [{ party: 'israel', demand: HR, stance: 'supports', quote: 'until all the hostages' }],
  },
  {
    name: '"will not rest until all the hostages …": the same with "rest"',
    text: 'The prime minister of Israel, Benjamin Netanyahu, said his government will not rest until all the hostages come home.',
    expect: [{ party: 'israel', demand: HR, stance: 'supports', quote: 'until all the hostages' }],
  },
  {
    name: '"will not stop until hostages are freed", no determiner: the negation is three words before',
    text: 'Netanyahu told the cabinet that Israel will not stop until hostages are freed.',
    expect: [{ party: 'israel', demand: HR, stance: 'supports', quote: 'hostages are freed' }],
  },
  {
    name: 'trap: the demand itself refused before "until" ("would not free the hostages until …") stays refused',
    text: 'Hamas said it would not free the hostages until Israel withdraws its forces from Gaza.',
    expect: [
      { party: 'hamas', demand: HR, stance: 'rejects', quote: 'free the hostages' },
      { party: 'hamas', demand: WD, stance: 'supports', quote: 'withdraws its forces from Gaza' },
    ],
  },
  {
    name: 'trap: the demand denied after the time clause ("even if the hostages are not released") is no demand',
    text: 'Netanyahu said Israel would not stop fighting until Hamas is destroyed, even if the hostages are not released.',
    expect: [],
    none: [['israel', HR]],
  },
];

const niCases: ReadingCase[] = [
  {
    name: 'trap: "will not renegotiate the protocol until after the election", said by the EU, refuses it',
    text: '"We will not renegotiate the protocol until after the election," the EU\'s Maros Sefcovic said.',
    expect: [{ party: 'eu', demand: PR, stance: 'rejects', quote: 'renegotiate the protocol' }],
  },
  {
    name: 'trap: the proposer denying its own step, with a time after it ("before the summer"), states no demand',
    text: 'Frost said London would not rewrite the protocol before the summer.',
    expect: [],
    none: [['uk', PR]],
  },
];

describe('a negated step that waits for the demand ("will not stop until …")', () => {
  for (const c of gazaCases) it(c.name, () => checkReading({ published: '2024-06-24', ...c }, gaza));
  for (const c of niCases) it(c.name, () => checkReading({ published: '2021-10-12', ...c }, ni));
});

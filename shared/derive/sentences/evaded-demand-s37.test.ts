/**
 * Evading a demand is refusing it: "Israel was dodging the parts of the accord that would lead to a
 * lasting ceasefire", "London has been dragging its feet on implementing the protocol", "Washington
 * reneged on its pledge to remove the checks". The one who evades, sidesteps, reneges or backtracks on
 * the demand rejects it (the stance cues "evade", "dodge", "sidestep", "renege on", "backtrack on",
 * "drag … feet on/over", in the ontologies' lists). Dodging a question about the demand is no refusal
 * but a non-answer: unclear ("dodge … question"). Traps: a dodge of something that is no demand, a
 * talk that "stalled" (no party's act), a party dodging a question. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const gaza = evalOntology('gaza-ceasefire-2024.json');
const ni = evalOntology('ni-protocol-2021.json');

const gazaCases: ReadingCase[] = [
  {
    name: '"charged that Israel was dodging the parts of an accord that would lead to a lasting cessation of fire": rejects',
    text: 'The group charged that Israel was dodging the parts of any accord that would lead to a lasting cessation of fire.',
    published: '2024-03-06',
    expect: [{ party: 'israel', demand: 'permanent-ceasefire', stance: 'rejects', quote: 'dodging' }],
  },
  {
    name: '"Israel is evading a permanent ceasefire", Hamas said: rejects for Israel',
    text: 'Israel is evading a permanent ceasefire, a Hamas official told reporters in Doha.',
    published: '2024-03-06',
    expect: [{ party: 'israel', demand: 'permanent-ceasefire', stance: 'rejects', quote: 'evading' }],
  },
  {
    name: 'trap: talks that stalled over the hostages are no party evading anything',
    text: 'The talks in Cairo stalled over the release of the hostages, Egyptian sources said.',
    published: '2024-03-06',
    expect: [],
    none: [
      ['israel', 'hostage-release'],
      ['hamas', 'hostage-release'],
    ],
  },
  {
    name: 'trap: neither side dodging the hard questions says nothing of the ceasefire',
    text: 'Neither side tried to dodge the hard questions, a mediator said after the talks on a ceasefire.',
    published: '2024-03-06',
    expect: [],
    none: [
      ['israel', 'permanent-ceasefire'],
      ['hamas', 'permanent-ceasefire'],
    ],
  },
];

const niCases: ReadingCase[] = [
  {
    name: '"London has been dragging its feet on implementing the protocol": rejects for the UK',
    text: 'London has been dragging its feet on implementing the protocol, the Irish foreign minister said.',
    published: '2022-06-13',
    expect: [
      { party: 'uk', demand: 'full-implementation', stance: 'rejects', quote: 'dragging its feet on' },
    ],
  },
  {
    name: '"the government had reneged on its promise to implement the protocol in full": rejects',
    text: 'Brussels said the British government had reneged on its promise to implement the protocol in full.',
    published: '2022-06-13',
    expect: [{ party: 'uk', demand: 'full-implementation', stance: 'rejects', quote: 'reneged on' }],
  },
  {
    name: 'trap: a spokesman who dodged a question on the protocol is noncommittal, not refusing',
    text: 'A Downing Street spokesman dodged a question about implementing the protocol in full.',
    published: '2022-06-13',
    expect: [{ party: 'uk', demand: 'full-implementation', stance: 'unclear', quote: 'dodged a question' }],
  },
  {
    name: 'trap: a party that evades its critics, not a demand, gets nothing',
    text: 'The DUP leader evaded reporters at Stormont on Monday, a day after the protocol talks opened.',
    published: '2022-06-13',
    expect: [],
    none: [
      ['dup', 'protocol-renegotiation'],
      ['dup', 'full-implementation'],
    ],
  },
];

describe('evading a demand is refusing it; dodging a question on it is unclear', () => {
  for (const c of gazaCases) it(c.name, () => checkReading(c, gaza));
  for (const c of niCases) it(c.name, () => checkReading(c, ni));
});

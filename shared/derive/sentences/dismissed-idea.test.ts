/**
 * "The idea / notion / suggestion that X would … is a non-starter / absurd / out of the question": a
 * clause put forward to be dismissed. Said of the speaker's own side, it is that side's refusal; said of
 * another side, it is nobody's position. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const NX = 'non-expansion';
const MD = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: 'a Russian dismissing the notion that Washington would accept the ban gives Washington no stance',
    text: '"The notion that Washington would accept a ban on NATO expansion is a fantasy," Lavrov said.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'ban on NATO expansion' }],
    none: [['united-states', NX]],
  },
  {
    name: "the alliance's chief dismissing the idea that the allies would accept limits: NATO rejects them",
    text: '"The idea that the allies would accept limits on missiles in Europe before Russia pulls back is absurd," Stoltenberg said.',
    expect: [{ party: 'nato', demand: MD, stance: 'rejects', quote: 'accept' }],
  },
  {
    name: 'trap: an idea called worth exploring is no dismissal; NATO stays open',
    text: '"The idea that NATO would accept limits on missiles is worth exploring," Stoltenberg said.',
    expect: [{ party: 'nato', demand: MD, stance: 'open', quote: 'accept' }],
  },
  {
    name: 'trap: the dismissal after "the idea that we would give up the open door" still reads as refusal',
    text: '"The idea that we would give up the open door is absurd," Stoltenberg said.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'absurd' }],
  },
];

describe('a clause put forward to be dismissed', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

const gaza = evalOntology('gaza-ceasefire-2024.json');
const gazaCases: ReadingCase[] = [
  {
    name: "the prime minister calling his side's acceptance of a permanent ceasefire a non-starter: Israel rejects it",
    text: '"The idea that Israel would accept a permanent ceasefire before its aims are met is a non-starter," Netanyahu said.',
    published: '2024-06-02',
    expect: [{ party: 'israel', demand: 'permanent-ceasefire', stance: 'rejects', quote: 'accept' }],
  },
  {
    name: 'first person: "the notion that we would agree to a permanent ceasefire now is absurd"',
    text: '"The notion that we would agree to a permanent ceasefire now is absurd," Netanyahu said.',
    published: '2024-06-02',
    expect: [{ party: 'israel', demand: 'permanent-ceasefire', stance: 'rejects', quote: 'agree to' }],
  },
  {
    name: 'trap: a Hamas official dismissing the idea that Israel would end the war gives Israel no stance',
    text: '"The suggestion that Israel would agree to a permanent ceasefire is an illusion," Osama Hamdan said.',
    published: '2024-06-02',
    expect: [],
    none: [['israel', 'permanent-ceasefire']],
  },
];
describe('the Gaza ontology: a clause put forward to be dismissed', () => {
  for (const c of gazaCases) it(c.name, () => checkReading(c, gaza));
});

/**
 * A demand noun asking for an undertaking ("the call for a written pledge that …", "Moscow's request for
 * a promise that …"): the pledge or promise is the demand's content, a noun, not the verb of promising,
 * so a verdict on the whole is read as it is on "the demand that …". With no agent and no speaker, a
 * passive verdict is no one's; the "by" agent, or the sentence's speaker, holds it. And "call" as the
 * noun ("Moscow's call for …") is no verb of judging whose subject would be the judge. Sentences
 * written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: 'an unowned call for a written pledge turned down, said by a US official: the US refuses',
    text: 'The call for a written pledge that NATO would never expand has been rejected, Blinken said.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'has been rejected' }],
    none: [['nato', NX]],
  },
  {
    name: 'Moscow\'s request for a promise, rebuffed by the agent named after "by"',
    text: "Moscow's request for a promise that the alliance would take in no new members was rebuffed by Washington.",
    expect: [
      {
        party: 'united-states',
        demand: NX,
        stance: 'rejects',
        quote: 'rebuffed by Washington',
        kind: 'passive-agent',
      },
      { party: 'russia', demand: NX, stance: 'supports', quote: "Moscow's request" },
    ],
    none: [['nato', NX]],
  },
  {
    name: "Moscow's call (the noun) turned down, said by the alliance's chief: NATO refuses, Moscow still asks",
    text: "Moscow's call for a halt to NATO enlargement has been turned down, Stoltenberg said.",
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'turned down', kind: 'speaker' },
      { party: 'russia', demand: NX, stance: 'supports', quote: "Moscow's call" },
    ],
  },
  {
    name: 'the calls (plural noun) for a pledge rejected, said by a US official',
    text: 'The calls for a pledge that NATO would not enlarge were rejected, a US official said.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'were rejected' }],
  },
  {
    name: 'trap: an unowned call turned down with no agent and no speaker is no one’s verdict',
    text: 'The call for a written pledge that NATO would never expand has been turned down.',
    expect: [],
    none: [
      ['united-states', NX],
      ['nato', NX],
      ['russia', NX],
    ],
  },
  {
    name: "trap: Moscow's own call turned down with no agent does not make Moscow refuse it",
    text: "Moscow's call for a written promise that NATO would not expand has been turned down.",
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: "Moscow's call" }],
    none: [
      ['united-states', NX],
      ['nato', NX],
    ],
  },
  {
    name: 'trap: a promise sought by a verb of its own stays that verb’s (waiting for a promise)',
    text: 'Russia is still waiting for a promise that NATO will not expand.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'waiting for a promise' }],
    none: [['nato', NX]],
  },
  {
    name: 'trap: "called" as a verb of judging still makes its subject the judge',
    text: 'The US called the demand for a halt to NATO expansion a non-starter.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'non-starter' }],
  },
];

describe('an undertaking a demand noun asks for, and the verdict on it', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

/**
 * "Sherman said discussions on NATO enlargement have not yielded any progress": talks on a demand, the
 * subject of a report that they failed (a negated verb of yielding, "made no progress", "have stalled",
 * "broke down"), are an account of the talks, no offer of talks by the one who reports them. Before,
 * the cue "discussions on" made the speaker open to the demand.
 * Traps (asserted with none:): the failure with a negated verb of yielding, with "made no progress",
 * with "stalled", with "broke down", and in another negotiation's ontology. Look-alikes that still read
 * as before: talks that yielded progress or will go on, and a readiness for talks with a relative clause
 * of failure after a comma (the readiness is the party's own).
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, readerFor, type ReadingCase } from '../test-support/reading';

const published = '2022-01-20';
const MI = 'missile-deployment';
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: 'trap: "discussions on NATO enlargement have not yielded any progress": the US is not open',
    text: 'Sherman said discussions on NATO enlargement have not yielded any progress.',
    published,
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: "discussions on … have stalled"',
    text: 'Sherman said discussions on NATO enlargement have stalled.',
    published,
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: "discussions on … broke down"',
    text: 'Stoltenberg said discussions on missile deployments broke down last week.',
    published,
    expect: [],
    none: [['nato', MI]],
  },
  {
    name: 'trap: "discussions on … have so far made no progress"',
    text: 'Stoltenberg said discussions on missile deployments have so far made no progress.',
    published,
    expect: [],
    none: [['nato', MI]],
  },
  {
    name: 'still open: talks on the demand that yielded progress',
    text: 'Stoltenberg said discussions on missile deployments have yielded progress.',
    published,
    expect: [{ party: 'nato', demand: MI, stance: 'open', quote: 'discussions on missile deployments' }],
  },
  {
    name: 'still open: talks on the demand that will go on',
    text: 'Stoltenberg said discussions on missile deployments would continue.',
    published,
    expect: [{ party: 'nato', demand: MI, stance: 'open', quote: 'discussions on missile deployments' }],
  },
  {
    name: 'still open: a readiness for talks, the failure in a relative clause after a comma',
    text: 'Stoltenberg said NATO was ready for discussions on missile deployments, which have stalled.',
    published,
    expect: [
      { party: 'nato', demand: MI, stance: 'open', quote: 'ready for discussions on missile deployments' },
    ],
  },
];

describe('talks on a demand told to have failed are no offer of talks (session 50)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

describe('talks without progress in another negotiation (session 50)', () => {
  const read = readerFor(evalOntology('gaza-ceasefire-2024.json'), '2024-03-01');
  it('trap: "discussions on the release of the hostages have made no progress": Hamas is not open', () =>
    read(
      'gaza trap',
      'A Hamas official said discussions on the release of the hostages have made no progress so far.',
      [],
      [['hamas', 'hostage-release']],
    ));
  it('still open: "discussions on the release of the hostages would continue"', () =>
    read('gaza open', 'A Hamas official said discussions on the release of the hostages would continue.', [
      {
        party: 'hamas',
        demand: 'hostage-release',
        stance: 'open',
        quote: 'discussions on the release of the hostages',
      },
    ]));
});

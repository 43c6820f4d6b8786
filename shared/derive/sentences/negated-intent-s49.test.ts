/**
 * A negated intent before a cue of its own ("Washington does not intend to discuss limits on NATO
 * membership", "the allies do not plan to accept any curbs on enlargement"): the negation is the
 * intent's, and the intent composes with the cue after it (cues.ts). It had been counted twice, once for
 * the intent and once for the cue the walk back reached across the intent, and cancelled itself: the
 * refusal to discuss read as an offer of talks. Found in coverage of the Geneva talks: the State
 * Department spokesman stressing that Washington did not intend to begin discussing restrictions on
 * NATO membership (pledgetimes.com, 11 January 2022).
 * Kept: an intent not negated ("intends to begin discussing limits on missile deployments" is open), a
 * negation inside the noun of intent ("has no intention of discussing …"), and a negated intent with no
 * cue after it ("has no plans to drop its call for …" keeps the proposer's demand).
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-11';
const NX = 'non-expansion';
const MD = 'missile-deployment';
const RB = 'rollback-1997';

const cases: ReadingCase[] = [
  {
    name: '"Washington does not intend to begin discussing restrictions on NATO membership": the US rejects',
    text: 'Price stressed that Washington does not intend to begin discussing restrictions on NATO membership with Moscow.',
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'does not intend' }],
  },
  {
    name: '"does not plan to discuss": a refusal to discuss',
    text: 'Washington does not plan to discuss any limits on NATO membership, the spokesman said.',
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'does not plan' }],
  },
  {
    name: '"doesn\'t intend to discuss": the contracted negation, counted once',
    text: "Washington doesn't intend to discuss curbs on NATO enlargement, the spokesman said.",
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: "doesn't intend" }],
  },
  {
    name: '"The allies do not plan to accept any curbs on NATO enlargement": NATO rejects',
    text: 'The allies do not plan to accept any curbs on NATO enlargement.',
    published,
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'do not plan' }],
  },
  {
    name: '"Berlin does not intend to support the demand for a rollback": Germany rejects it',
    text: 'Berlin does not intend to support the Russian demand for a rollback of NATO forces.',
    published,
    expect: [{ party: 'germany', demand: RB, stance: 'rejects', quote: 'does not intend' }],
  },
  {
    name: 'kept: "intends to begin discussing limits on missile deployments" is open',
    text: 'Price said Washington intends to begin discussing limits on missile deployments with Moscow.',
    published,
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'intends to begin' }],
  },
  {
    name: 'kept: "has no intention of discussing limits on NATO membership" is a refusal',
    text: 'Price said Washington has no intention of discussing limits on NATO membership with Moscow.',
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'no intention' }],
  },
  {
    name: 'trap: "does not intend to reject … outright" is no refusal',
    text: "Washington does not intend to reject Moscow's proposals on missile limits outright, a US official said.",
    published,
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'does not intend' }],
  },
  {
    name: 'trap: "Moscow does not intend to give up its demand": the proposer keeps it, no refusal',
    text: 'Moscow does not intend to give up its demand that NATO halt its expansion, Ryabkov said.',
    published,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'its demand' }],
  },
  {
    name: 'trap: "Russia has no plans to drop its call for a halt": the proposer keeps it',
    text: 'Russia has no plans to drop its call for a halt to NATO expansion.',
    published,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'its call' }],
  },
  {
    name: 'trap: a negated intent about another matter names no demand',
    text: 'Washington does not intend to discuss sanctions relief with Moscow, the spokesman said.',
    published,
    expect: [],
    none: [
      ['united-states', NX],
      ['united-states', MD],
      ['united-states', RB],
    ],
  },
];

describe('a negated intent before a cue is counted once (s49)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

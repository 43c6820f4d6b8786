/**
 * A readiness noun owned by a name or adjective after "the": "Ryabkov welcomed the US willingness to discuss
 * missiles", "Tehran welcomed the American willingness to discuss lifting the sanctions". The readiness is
 * the named party's, as "Washington's readiness" already was; the one who welcomes it is not ready to
 * do anything. Before, the welcome and the readiness were read as one cue of the welcomer's openness, so
 * the proposer came out open on its own demand (Russia open on missiles, Iran open on sanctions).
 * Traps: a readiness with no owner ("The readiness to discuss … was welcomed"), the welcomer holding no
 * openness of its own, and the proposer's own named readiness still its own.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const MD = 'missile-deployment';
const iran = evalOntology('iran-nuclear-2021.json');

const cases: ReadingCase[] = [
  {
    name: '"welcomed the US willingness to discuss missiles" is the US open, not Russia',
    text: 'Ryabkov welcomed the US willingness to discuss missiles but said it was not enough.',
    published,
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'the US willingness to discuss' }],
    none: [['russia', MD]],
  },
  {
    // (Session 48: the adjective owns the readiness as the name does, so the US is open and Moscow, as
    // for "the US willingness" above, holds nothing; until then Russia read supports here.)
    name: '"welcomed the American willingness to discuss …": the US is open, the welcomer holds nothing',
    text: 'Moscow welcomed the American willingness to discuss missile deployments.',
    published,
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'willingness to discuss' }],
    none: [['russia', MD]],
  },
  {
    name: 'trap: a readiness with no owner gives no party openness',
    text: 'The readiness to discuss missile deployments was welcomed in Moscow.',
    published,
    expect: [],
    none: [
      ['russia', MD],
      ['united-states', MD],
    ],
  },
  {
    name: "trap: the proposer's own named readiness stays its own, no US reading",
    text: 'Ryabkov said the Russian readiness to discuss missiles had its limits.',
    published,
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'readiness to discuss missiles' }],
    none: [['united-states', MD]],
  },
];

const iranCases: ReadingCase[] = [
  {
    name: 'another negotiation: "Tehran welcomed the US willingness to discuss lifting the sanctions"',
    text: 'Tehran welcomed the US willingness to discuss lifting the sanctions.',
    published: '2021-11-01',
    expect: [
      {
        party: 'united-states',
        demand: 'sanctions-lifting',
        stance: 'open',
        quote: 'US willingness to discuss',
      },
    ],
    none: [['iran', 'sanctions-lifting']],
  },
  {
    // (Session 48: the adjective owns the readiness, as above.)
    name: 'trap: "the American willingness" welcomed by Tehran is no Iranian openness',
    text: 'Tehran welcomed the American willingness to discuss lifting the sanctions.',
    published: '2021-11-01',
    expect: [
      {
        party: 'united-states',
        demand: 'sanctions-lifting',
        stance: 'open',
        quote: 'willingness to discuss',
      },
    ],
    none: [['iran', 'sanctions-lifting']],
  },
];

describe('a readiness noun owned by a name after "the" (session 46)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
  for (const c of iranCases) it(c.name, () => checkReading(c, iran));
});

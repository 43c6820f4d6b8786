/**
 * "The second is the US commitment to never vote for Ukraine and other countries to join NATO": a
 * negation right after the cue (past its "to") on a verb of its own ("never vote for"), with the demand's
 * words further on in that verb's clause. What the negated verb does to the demand is not read, so the
 * cue's holder is given no stance on it. Before, "commitment to … join" read the US rejecting
 * non-expansion (and "vowed to never stop supporting Ukraine's bid" the US supporting it).
 * Traps (asserted with none:): "commitment to never vote for … to join", "pledged to never vote for …",
 * "vowed to never stop supporting … bid to join". Look-alikes that still read as before: the demand's
 * own words opening with the negation ("commitment to never admit Ukraine", "made no commitment to
 * never let Ukraine join"), and "pledged never to deploy …" (the negation before "to", negatedBetween).
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-20';
const MI = 'missile-deployment';
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: 'trap: "the US commitment to never vote for Ukraine … to join NATO": no US stance',
    text: 'The second is the US commitment to never vote for Ukraine and other countries to join NATO.',
    published,
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: "The US pledged to never vote for Ukraine to join NATO"',
    text: 'The US pledged to never vote for Ukraine to join NATO, Ryabkov said.',
    published,
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: "vowed to never stop supporting Ukraine\'s bid to join NATO": not the US supporting a halt',
    text: "Washington vowed to never stop supporting Ukraine's bid to join NATO.",
    published,
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'still read: "demanded a commitment to never admit Ukraine": the demand\'s own words open with "never"',
    text: 'Russia demanded a commitment to never admit Ukraine into NATO.',
    published,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'commitment to never admit Ukraine' }],
  },
  {
    name: 'still read: "made no commitment to never let Ukraine join NATO"',
    text: 'Biden made no commitment to never let Ukraine join NATO.',
    published,
    expect: [
      {
        party: 'united-states',
        demand: NX,
        stance: 'rejects',
        quote: 'no commitment to never let Ukraine join',
      },
    ],
  },
  {
    name: 'still read: "pledged never to deploy offensive missiles in Ukraine"',
    text: 'The US pledged never to deploy offensive missiles in Ukraine.',
    published,
    expect: [{ party: 'united-states', demand: MI, stance: 'supports', quote: 'pledged never to deploy' }],
  },
];

describe('a negated verb of its own between the cue and the demand leaves it unread (session 50)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

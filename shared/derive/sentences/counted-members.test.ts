/**
 * A subject counted out of a party's members speaks for the party: "no ally will accept …", "not one
 * member was prepared to give ground on …" deny the verb for the alliance; "every ally rejects …", "each
 * member of the alliance …", "all 30 allies …" hold its stance. The member noun is the ontology's own
 * ("the allies" → "ally"); a plain "member" is one of the grouping whose names count members ("NATO member
 * countries") named last before it. Not someone else's allies ("no ally of Moscow"), an object ("Russia
 * has no ally …"), nor a member excepted ("every member except Hungary"). Also "neither X nor Y will …"
 * for both, and "give ground on", "bargain on" as openness that these subjects deny. Sentences written
 * for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';
const MD = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: '"No ally will accept …", "Not a single ally will agree to …": the alliance rejects',
    text: "No ally will accept a halt to NATO enlargement, the diplomat said.\nNot a single ally will agree to a freeze on the alliance's growth.",
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'No ally will accept' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'Not a single ally' },
    ],
  },
  {
    name: '"said that not one member was prepared to give ground on the open door": the grouping named before',
    text: 'The US envoy to NATO said it was plain by now that not one member was prepared to give ground on the open door.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'not one member' }],
  },
  {
    name: '"no ally in the alliance is prepared to bargain on the open-door policy": the alliance rejects',
    text: 'It is obvious that no ally in the alliance is prepared to bargain on the open-door policy, the ambassador said.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'no ally in the alliance' }],
  },
  {
    name: '"Every ally rejects …", "Each member of the alliance …", "All 30 allies …", "Each of the allies …": the alliance\'s stance',
    text: 'Every ally rejects a halt to NATO enlargement. Each member of the alliance has turned down a freeze on new members joining.\nAll 30 allies reject a ban on Georgia joining NATO. Each of the allies refused a veto for Moscow over NATO enlargement.',
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'Every ally rejects' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'Each member of the alliance' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'All 30 allies' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'Each of the allies' },
    ],
  },
  {
    name: '"Neither Washington nor the alliance will accept …": both refuse',
    text: 'Neither Washington nor the alliance will accept a halt to NATO enlargement.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'Neither Washington' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'Neither Washington' },
    ],
  },
  {
    name: 'trap: "No ally of Moscow will accept …": someone else\'s allies, not Moscow itself nor the alliance',
    text: 'No ally of Moscow will accept the open door policy, the analyst wrote.',
    expect: [],
    none: [
      ['russia', NX],
      ['nato', NX],
    ],
  },
  {
    name: 'trap: "Every member of the alliance except Hungary rejects …": not the one excepted, not the whole',
    text: 'Every member of the alliance except Hungary rejects a halt to NATO enlargement.',
    expect: [],
    none: [['hungary', NX]],
  },
  {
    name: 'trap: "every ally in Eastern Europe", "has no ally": a part, an object',
    text: 'Every ally in Eastern Europe fears a halt to NATO enlargement. Moscow has no ally in Europe, the paper said.',
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'trap: a plain "member" with no grouping of members named before is no one',
    text: 'Not one member will accept limits on where missiles are deployed, a diplomat said.',
    expect: [],
    none: [
      ['nato', MD],
      ['eu', MD],
    ],
  },
];

const gaza = evalOntology('gaza-ceasefire-2024.json');
const gazaCases: ReadingCase[] = [
  {
    name: '"Every mediator has called for …": each party the ontology calls "the mediators"',
    text: 'Every mediator has called for a permanent ceasefire.',
    published: '2024-05-01',
    expect: ['united-states', 'qatar', 'egypt'].map((party) => ({
      party,
      demand: 'permanent-ceasefire',
      stance: 'supports' as const,
      quote: 'Every mediator',
    })),
  },
];

describe("a subject counted out of a party's members", () => {
  for (const c of cases) it(c.name, () => checkReading(c));
  for (const c of gazaCases) it(`Gaza: ${c.name}`, () => checkReading(c, gaza));
});

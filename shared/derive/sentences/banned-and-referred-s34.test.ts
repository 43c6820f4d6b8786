/**
 * Session 34 (missed readings): three plain ways a position goes unread.
 * - A ban after a verb of asking: "Putin insisted that NATO must not be allowed to expand" is Putin's
 *   demand, as it is after "said" (a ban on letting a party act is no undertaking that party could give,
 *   so no asking cue reads it as one); not a ban on a say over others ("must not be allowed to decide
 *   whether …"), and not a permission asked ("must be allowed to join").
 * - "A demand like this", "a proposal like this", "proposals along these lines": pointers back to the
 *   demand named just before, like "such a demand".
 * - Wording of the shipped ontology: "(be) invited to join" with the alliance left unsaid, "take Ukraine
 *   in", troops "taken out of" a country, a "membership action plan" asked for by the applicant.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';
const RB = 'rollback-1997';
const MD = 'missile-deployment';

const cases: ReadingCase[] = [
  // A ban after a verb of asking.
  {
    name: 'insisted that the alliance must not be allowed to expand: the insister demands the halt',
    text: 'Putin insisted that NATO must not be allowed to expand.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'must not be allowed to expand' }],
    none: [['nato', NX]],
  },
  {
    name: 'the same ban in a time clause, with an outer speaker tag',
    text: 'Things changed in the autumn, when Lavrov insisted that the bloc must not be allowed to grow any further, the Finnish president said.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'not be allowed to grow' }],
    none: [
      ['nato', NX],
      ['finland', NX],
    ],
  },
  {
    name: 'insisted that the US must not be permitted to put missiles in Europe',
    text: 'Ryabkov insisted that Washington must not be permitted to put new missiles in Europe.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'permitted to put new missiles' }],
    none: [['united-states', MD]],
  },
  {
    name: 'insisted that the applicant must not be allowed to join: the insister demands it kept out',
    text: 'Putin insisted that Georgia must not be allowed to join NATO.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'must not be allowed to join' }],
  },
  {
    name: 'trap: a ban on a say over others ("must not be allowed to decide whether …") is no halt',
    text: 'Blinken insisted that Moscow must not be allowed to decide whether Ukraine joins NATO.',
    expect: [],
    none: [
      ['united-states', NX],
      ['russia', NX],
    ],
  },
  {
    name: 'trap: insisted that the applicant must be allowed to join (a permission asked): no halt',
    text: 'Kuleba insisted that Ukraine must be allowed to join NATO.',
    expect: [{ party: 'ukraine', demand: NX, stance: 'rejects', quote: 'insisted that Ukraine must' }],
    none: [['russia', NX]],
  },
  {
    name: 'trap: a ban on letting the proposer block enlargement is refused by the speaker, not demanded',
    text: 'Stoltenberg insisted that Moscow must not be allowed to stop Ukraine from joining the alliance.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'not be allowed to stop' }],
  },
  // "A demand like this".
  {
    name: '"a demand like this is unacceptable", the demand named the sentence before',
    text: 'Moscow called for foreign troops to leave the countries that joined NATO after 1997. "A demand like this is unacceptable," the Bulgarian foreign ministry said.',
    expect: [
      { party: 'russia', demand: RB, stance: 'supports', quote: 'called for foreign troops' },
      { party: 'bulgaria', demand: RB, stance: 'rejects', quote: 'A demand like this is unacceptable' },
    ],
  },
  {
    name: '"proposals like these" refused, the demand named the sentence before',
    text: 'Russia wants the alliance to rule out admitting Georgia. Proposals like these cannot be accepted, the Polish foreign minister said.',
    expect: [
      { party: 'poland', demand: NX, stance: 'rejects', quote: 'Proposals like these cannot be accepted' },
    ],
  },
  {
    name: 'trap: "a deal like this" is no pointer to a demand',
    text: 'Russia wants the alliance to rule out admitting Georgia. A deal like this would take months, the Polish foreign minister said.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
    none: [['poland', NX]],
  },
  {
    name: 'trap: "a demand like this" with no demand named before it reads nothing',
    text: 'A demand like this is unacceptable, the Bulgarian foreign ministry said.',
    expect: [],
    none: [['bulgaria', RB]],
  },
  // Wording.
  {
    name: 'a pledge that the applicant will not be invited to join (the alliance unsaid)',
    text: 'Moscow wants a pledge that Ukraine will never be invited to join.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants a pledge' }],
  },
  {
    name: 'the West turned down the call for a promise that Ukraine will not be invited to join',
    text: 'The West has turned down the call for a written promise that Ukraine will not be invited to join.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'turned down' }],
  },
  {
    name: 'trap: investors invited to join a fund are no accession',
    text: 'Ukraine has invited foreign investors to join its reconstruction fund, Zelensky said.',
    expect: [],
    none: [['ukraine', NX]],
  },
  {
    name: 'proposed that the alliance never take Ukraine in',
    text: 'The Kremlin proposed that the alliance never take Ukraine in.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'proposed' }],
  },
  {
    name: 'hopes the alliance will take Kyiv in one day: the applicant refuses the halt',
    text: 'Kyiv hopes the alliance will take it in one day, and that it will take Ukraine in soon.',
    expect: [{ party: 'ukraine', demand: NX, stance: 'rejects', quote: 'hopes' }],
    none: [['russia', NX]],
  },
  {
    name: 'trap: taking part in talks is no taking in',
    text: 'Ukraine will take part in the talks in Geneva, Kuleba said.',
    expect: [],
    none: [['ukraine', NX]],
  },
  {
    name: 'wants foreign troops taken out of the country',
    text: 'Moscow wants foreign troops taken out of Romania.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'wants' }],
  },
  {
    name: 'trap: a loan taken out in the country is no pullback',
    text: 'The Romanian government has taken out a loan to pay for new barracks.',
    expect: [],
    none: [['romania', RB]],
  },
  {
    name: 'pressed the alliance for a membership action plan: the applicant refuses the halt',
    text: 'Zelensky pressed the alliance to give Ukraine a membership action plan.',
    expect: [{ party: 'ukraine', demand: NX, stance: 'rejects', quote: 'pressed the alliance to' }],
    none: [['russia', NX]],
  },
];

describe('bans after asking, "a demand like this", and wording (session 34)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

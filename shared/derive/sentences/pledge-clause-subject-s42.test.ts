/**
 * A guarantee demand stated as a clause with a long subject: "assurances needed that what happened in
 * 2018 will not happen again", "a guarantee that the policy of the previous American administration will
 * not be repeated again". A demand phrasing with a gap after its pledge noun ("assurances … not …
 * again") has the gap stand for the clause's subject; a subject of many words (with the "that" and a
 * participle such as "needed") passes cheaply when a negated modal closes it (pledge-clause-subject.ts).
 * Traps: the same clause with no pledge noun before it, a pledge clause whose subject is the demand's own
 * proposer (an undertaking asked of Iran, not of Washington), a negation in a later, joined clause, and
 * a pledge denied by "no" ("gave Tehran no guarantee that …"), which names the demand's opposite.
 * Sentences written for these tests, read with the Iran ontology of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const iran = evalOntology('iran-nuclear-2021.json');
const published = '2021-11-15';
const UG = 'us-guarantees';

const cases: ReadingCase[] = [
  {
    name: '"the assurances needed that what happened in 2018 will not happen again": a participle and a clause subject',
    text: 'Tehran says Washington must provide the assurances needed that what happened in 2018 will not happen again.',
    published,
    expect: [{ party: 'iran', demand: UG, stance: 'supports', quote: 'assurances needed' }],
  },
  {
    name: '"a guarantee that the policy of the previous American administration will not be repeated again": a long noun phrase',
    text: 'Tehran is seeking a guarantee that the policy of the previous American administration will not be repeated again.',
    published,
    expect: [{ party: 'iran', demand: UG, stance: 'supports', quote: 'seeking a guarantee' }],
  },
  {
    name: '"assurances that the mistakes made by the last US government will not happen again": a subject with its own participle',
    text: "Iran's foreign ministry wants assurances that the mistakes made by the last US government will not happen again.",
    published,
    expect: [{ party: 'iran', demand: UG, stance: 'supports', quote: 'wants assurances' }],
  },
  {
    name: '"guarantees that what was done under Trump will never happen again": a "what" clause as subject, "never"',
    text: 'Iran demands guarantees that what was done under Trump will never happen again.',
    published,
    expect: [{ party: 'iran', demand: UG, stance: 'supports', quote: 'demands guarantees' }],
  },
  {
    name: 'trap: the same clause with no pledge noun before it is a prediction, no demand',
    text: 'Officials in Tehran said that what happened under Trump will not happen again.',
    published,
    expect: [],
    none: [
      ['iran', UG],
      ['united-states', UG],
    ],
  },
  {
    name: 'trap: assurances that the regime in Tehran will not enrich again are asked of Iran, not of Washington',
    text: 'Israel wants assurances that the regime in Tehran will not enrich again.',
    published,
    expect: [],
    none: [
      ['israel', UG],
      ['iran', UG],
    ],
  },
  {
    name: 'trap: Iran\'s own stockpile as the subject, with "never … again", is the same undertaking asked of Iran',
    text: "Israel wants assurances that Iran's stock of enriched uranium will never grow again.",
    published,
    expect: [],
    none: [
      ['israel', UG],
      ['iran', UG],
    ],
  },
  {
    name: 'trap: a negation in a later clause joined by "and" is not the pledge clause',
    text: "Iran wants assurances that the deal's economic benefits will flow, and officials say the talks will not resume again until then.",
    published,
    expect: [],
    none: [['iran', UG]],
  },
  {
    name: 'trap (lead\'s mend): "gave Tehran no guarantee that …" names the opposite, so the long subject stays a costly gap and the giver refuses',
    text: 'Washington gave Tehran no guarantee that the next American administration would not walk away from the deal again.',
    published,
    expect: [{ party: 'united-states', demand: UG, stance: 'rejects', quote: 'gave' }],
  },
  {
    name: 'trap (lead\'s mend): "no legally binding guarantee that …", two modifiers after the "no"',
    text: 'Washington offered no legally binding guarantee that a future president in the White House would not quit the accord again.',
    published,
    expect: [{ party: 'united-states', demand: UG, stance: 'rejects', quote: 'offered' }],
  },
];

describe('a guarantee demand stated as a clause with a long subject', () => {
  for (const c of cases) it(c.name, () => checkReading(c, iran));
});

/**
 * Membership left to the applicant and the allies: "it is for Kyiv and the thirty allies to decide when
 * Ukraine is ready to join", "for Ukraine and NATO allies to decide when Ukraine joins". The speaker
 * refuses the non-expansion demand, as with "up to Ukraine and NATO" or "a matter for Kyiv and the
 * allies". Traps: the same words about another decision ("to decide how to respond"), partners rather
 * than allies ("for Ukraine and its partners to decide when talks should start"), and the proposer
 * saying it is not for them alone (its own demand, held). "… and the allies alone to decide" with
 * nothing after it is left unread: as an ontology phrase it hid the "alone to decide when" refusal that
 * references-and-traps.test.ts checks.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const cases: ReadingCase[] = [
  {
    name: '"it is for Kyiv and the thirty allies to decide when Ukraine is ready to join" refuses',
    text: 'NATO chief Stoltenberg said it is for Kyiv and the thirty allies to decide when Ukraine is ready to join the alliance.',
    expect: [
      {
        party: 'nato',
        demand: 'non-expansion',
        stance: 'rejects',
        quote: 'for Kyiv and the thirty allies to decide when',
      },
    ],
  },
  {
    name: '"for Ukraine and NATO allies to decide when Ukraine joins" refuses',
    text: 'Stoltenberg said it is for Ukraine and NATO allies to decide when Ukraine joins.',
    expect: [
      { party: 'nato', demand: 'non-expansion', stance: 'rejects', quote: 'NATO allies to decide when' },
    ],
  },
  {
    name: 'the proposer denying it: "it is not for Ukraine and the allies alone to decide" holds its demand',
    text: 'Lavrov said it is not for Ukraine and the allies alone to decide when Kyiv joins NATO.',
    expect: [
      {
        party: 'russia',
        demand: 'non-expansion',
        stance: 'supports',
        quote: 'not for Ukraine and the allies',
      },
    ],
  },
  {
    name: 'trap: another decision left to them ("to decide how to respond to an attack")',
    text: 'Stoltenberg said it is for Ukraine and NATO allies to decide how to respond to an attack.',
    expect: [],
    none: [['nato', 'non-expansion']],
  },
  {
    name: 'trap: partners, not allies, deciding when talks start',
    text: 'Stoltenberg said it is for Ukraine and its partners to decide when talks should start, the alliance said.',
    expect: [],
    none: [['nato', 'non-expansion']],
  },
  {
    name: 'trap: membership left to them, but no alliance named anywhere',
    text: 'Blinken said that is for Ukraine and the allies to decide.',
    expect: [],
    none: [
      ['united-states', 'non-expansion'],
      ['nato', 'non-expansion'],
    ],
  },
];

describe('membership left to the applicant and the allies', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

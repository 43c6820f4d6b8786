/**
 * "Ukraine will be admitted to NATO one day, Stoltenberg said", "Georgia would never be let into the
 * alliance": admission in the future passive, the candidate its subject, said by the admitting body
 * itself (the party whose name is the demand's anchor), is that body's word on what it will do — as
 * "NATO will (never) admit Georgia" is. Not another party's forecast, a proposer's demand (read as its
 * own wording), content of what someone asks, a condition, a question or a delay. Sentences written
 * for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: "the alliance's chief: the candidate will be admitted one day — NATO refuses the halt",
    text: 'Ukraine will be admitted to NATO one day, Stoltenberg told a news conference.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'will be admitted' }],
  },
  {
    name: "the alliance's chief: a country not in the ontology would never be admitted — NATO grants it",
    text: 'Stoltenberg said Georgia would never be admitted to the alliance.',
    expect: [{ party: 'nato', demand: NX, stance: 'supports', quote: 'never be admitted' }],
  },
  {
    name: 'the alliance named only earlier in the document: "will not be let in" from its chief',
    text: 'NATO foreign ministers met in Riga on Tuesday. Moldova will not be let in, Stoltenberg said.',
    expect: [{ party: 'nato', demand: NX, stance: 'supports', quote: 'Moldova will not be let in' }],
  },
  {
    name: 'the proposer saying it: its demand, as before',
    text: 'Ukraine will never be admitted to NATO, Lavrov said.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'never be admitted' }],
    none: [['nato', NX]],
  },
  {
    name: "trap: another party's forecast of the alliance's admission is no stance of either",
    text: 'Blinken said Ukraine would be admitted to NATO one day.',
    expect: [],
    none: [
      ['united-states', NX],
      ['nato', NX],
    ],
  },
  {
    name: 'trap: admission on a condition is no undertaking',
    text: 'Ukraine will be admitted to NATO when it meets the criteria, Stoltenberg said.',
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'trap: a delay is no lasting halt',
    text: 'Ukraine will not be admitted to NATO until the war is over, Stoltenberg said.',
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'trap: what another asks for, reported by the chief, is not his word',
    text: 'Stoltenberg said Moscow wanted a promise that Ukraine would never be admitted to NATO.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wanted a promise' }],
    none: [['nato', NX]],
  },
  {
    name: 'trap: a question put to the chief states nothing',
    text: 'Would Ukraine be admitted to NATO, Stoltenberg was asked.',
    expect: [],
    none: [['nato', NX]],
  },
];

describe('admission in the passive, the candidate its subject', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

/**
 * "Moscow's insistence that Ukraine be kept out", "a call for Georgia to be shut out for good": the
 * candidate kept or shut out, with the alliance left unsaid, is the halt to its admission. Kept out "of"
 * something that is not the alliance (the EU, the talks) is not. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: 'the proposer insisting that the candidate "be kept out": its demand',
    text: 'Moscow insists that Georgia be kept out, a Kremlin spokesman said.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'insists' }],
  },
  {
    name: 'a request that the candidate "be shut out for good", refused',
    text: "Blinken refused Moscow's request that Ukraine be shut out for good.",
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: "Moscow's request" },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'refused' },
    ],
  },
  {
    name: '"kept out of it", the alliance named before as "it": the same',
    text: 'Stoltenberg said the allies had rejected the demand for Ukraine and Georgia to be kept out of it.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'rejected' }],
  },
  {
    name: 'trap: kept out of the European Union is not kept out of the alliance',
    text: 'Russia wants Ukraine to be kept out of the European Union as well, Zelensky said.',
    expect: [],
    none: [
      ['russia', NX],
      ['ukraine', NX],
    ],
  },
  {
    name: 'trap: shut out of talks',
    text: 'Kyiv must not be shut out of the peace talks, Macron said.',
    expect: [],
    none: [['france', NX]],
  },
  {
    name: 'trap: kept out of a meeting, told as what happened',
    text: 'Ukraine was kept out of the meeting in Geneva.',
    expect: [],
    none: [['ukraine', NX]],
  },
];

describe('the candidate kept or shut out, the alliance unsaid', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

/**
 * A demand's subject offered with its own restriction as the other way ("admit or refuse particular
 * states") is a choice between both: only the topic of the demand, no direction. So "demands that the
 * alliance admit or refuse particular states are unacceptable" is no support of stopping admissions.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"demands that the alliance admit or refuse particular states" called unacceptable: a rejection, not support',
    text: 'Demands that the alliance admit or refuse particular states are unacceptable, the Polish foreign minister said.',
    expect: [{ party: 'poland', demand: NX, stance: 'rejects', quote: 'unacceptable' }],
  },
  {
    name: 'trap: a restriction of the admitting itself ("refuse to admit Georgia") keeps its direction',
    text: 'Demands that the alliance refuse to admit Georgia are unacceptable, the Polish foreign minister said.',
    expect: [{ party: 'poland', demand: NX, stance: 'rejects', quote: 'unacceptable' }],
  },
  {
    name: 'trap: a subject with a restriction of its own ("stop taking in new members") keeps its direction',
    text: 'The Kremlin wants the alliance to stop taking in new members.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
  },
];

describe('a subject offered with its opposite', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});

/**
 * A proposer named inside a concession ("…, whatever Moscow writes", "whoever in Moscow objects") is not
 * holding the demand the sentence names, nor is its verb a speech tag ("… whatever Moscow writes, the
 * minister said"): the concession leaves open what it says. The proposer named as the subject beside such
 * a concession still holds it. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"…, whatever Moscow writes": the speaker holds the open door, Moscow is cited for nothing',
    text: 'Ukraine may apply for membership, whatever Moscow writes, the Danish foreign minister said.',
    expect: [{ party: 'denmark', demand: NX, stance: 'rejects', quote: 'apply for membership' }],
    none: [['russia', NX]],
  },
  {
    name: '"whoever in the Kremlin objects": no proposer reading either',
    text: 'Georgia may apply for membership, whoever in the Kremlin objects, the Danish foreign minister said.',
    expect: [{ party: 'denmark', demand: NX, stance: 'rejects', quote: 'apply for membership' }],
    none: [['russia', NX]],
  },
  {
    name: '"… whatever Moscow writes, the Danish foreign minister said": the concession is no speech tag',
    text: 'Ukraine may apply for membership whatever Moscow writes, the Danish foreign minister said.',
    expect: [{ party: 'denmark', demand: NX, stance: 'rejects', quote: 'apply for membership' }],
    none: [['russia', NX]],
  },
  {
    name: 'trap: a concession before the speaker ("Whatever its aims, the Kremlin says …") leaves the speaker speaking',
    text: 'Whatever its aims, the Kremlin says NATO must stop expanding.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'stop expanding' }],
  },
  {
    name: 'trap: the proposer as the subject beside a concession about others still holds its demand',
    text: 'Whatever the allies say, the Kremlin wants NATO to stop expanding.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
    none: [['nato', NX]],
  },
];

describe('a proposer inside a concession', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});

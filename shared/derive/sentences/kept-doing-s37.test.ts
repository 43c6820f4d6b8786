/**
 * "Keep" with a gerund right after it: "Washington will keep backing the alliance's open door", "Paris
 * kept defending the open-door policy". The act goes on; the gerund is the verb and its cue reads the
 * demand, where a gap cue such as "keep … open" (made for "keep the door open") would take "backing the"
 * for its object and swallow the verb. Traps: "keep" with a noun object still reads as before ("keep the
 * door open to talks" is about talks), a gerund of talking takes no side, and a guess about someone's
 * keeping on is no position. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const NX = 'non-expansion';
const MD = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: '"will keep backing the open door" refuses the freeze',
    text: 'Washington will keep backing the open door.',
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'keep backing the open door' }],
  },
  {
    name: 'after a clause of openness: "… but will keep backing the alliance\'s open door"',
    text: "Washington is ready to work with Moscow but will keep backing the alliance's open door.",
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'keep backing' }],
  },
  {
    name: '"kept defending the open-door policy"',
    text: 'Paris kept defending the open-door policy throughout the talks.',
    published,
    expect: [{ party: 'france', demand: NX, stance: 'rejects', quote: 'kept defending' }],
  },
  {
    name: '"will keep upholding the open-door policy"',
    text: 'Washington will keep upholding the open-door policy.',
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'keep upholding' }],
  },
  {
    name: '"keeps pressing for limits on missile deployments"',
    text: 'The Kremlin keeps pressing for limits on missile deployments in Europe.',
    published,
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'keeps pressing for' }],
  },
  {
    name: 'trap: "keep the door open to talks" has its object; no stance on the open door',
    text: 'Washington will keep the door open to talks with Moscow.',
    published,
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: "keep talking about the open door" takes no side on it',
    text: 'Washington will keep talking about the open door.',
    published,
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: "trap: analysts' doubt that Washington will keep backing it is no position of Washington",
    text: 'Analysts doubt that Washington will keep backing the open door.',
    published,
    expect: [],
    none: [['united-states', NX]],
  },
];

describe('"keep" with a gerund: the gerund is the verb', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});

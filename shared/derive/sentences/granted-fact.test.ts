/**
 * A fact granted ("accept that the new missiles are fuelling tension") is no position on the demand;
 * accepting that a step is needed still is.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const MD = 'missile-deployment';

const granted: ReadingCase[] = [
  {
    name: 'a fact granted in the progressive ("accept that the new missiles are fuelling tension") takes no side',
    text: 'Berlin and Washington accept that the new missiles in Europe are fuelling tension.',
    expect: [],
    none: [
      ['germany', MD],
      ['united-states', MD],
    ],
  },
  {
    name: 'trap: accepting that a step is needed ("accept that limits on missiles are needed") still backs it',
    text: 'Berlin and Washington accept that limits on missiles in Europe are needed.',
    expect: [
      { party: 'germany', demand: MD, stance: 'supports', quote: 'accept' },
      { party: 'united-states', demand: MD, stance: 'supports', quote: 'accept' },
    ],
  },
];

describe('a fact granted', () => {
  it.each(granted.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});

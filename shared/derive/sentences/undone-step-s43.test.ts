/**
 * A step asked and left undone, taken up by "do so": "The Commission has urged the British government
 * to implement the protocol, but it has not done so" — the party asked (named right after "urged",
 * "called on", "asked", with the step's "to") refuses the step by not taking it, and "it" in the second
 * clause is that party, not the one asking (so also "…, but it will not do so"). A negated perfect
 * ("has not done so", "had never done so") is read as such a refusal only where the step was asked of
 * that party. Traps: the step done ("and it has done so"); a step promised by the speaker and not taken
 * ("said it would implement …, but it has not done so"); a step wished with no one asked ("wants the
 * protocol implemented, but London has not done so"). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const ni = evalOntology('ni-protocol-2021.json');
const published = '2022-07-22';
const FI = 'full-implementation';

const cases: ReadingCase[] = [
  {
    name: '"urged the British government … to implement the protocol, but it has not done so": the UK rejects',
    text: 'The Commission has urged the British government again and again to implement the protocol, but it has not done so.',
    published,
    expect: [
      { party: 'uk', demand: FI, stance: 'rejects', quote: 'has not done' },
      { party: 'eu', demand: FI, stance: 'supports', quote: 'urged' },
    ],
  },
  {
    name: 'after a semicolon, the asked party named again: "London has not done so"',
    text: 'Brussels called on London to implement the protocol in full; London has not done so.',
    published,
    expect: [{ party: 'uk', demand: FI, stance: 'rejects', quote: 'has not done' }],
  },
  {
    name: '"asked the UK government to implement …, but it will not do so": "it" is the one asked, not the asker',
    text: 'The Commission asked the UK government to implement the protocol, but it will not do so.',
    published,
    expect: [
      { party: 'uk', demand: FI, stance: 'rejects', quote: 'will not do' },
      { party: 'eu', demand: FI, stance: 'supports', quote: 'asked' },
    ],
  },
  {
    name: 'trap: the step done ("and it has done so") is no refusal',
    text: 'The Commission has urged the British government to implement the protocol, and it has done so.',
    published,
    expect: [],
    none: [['uk', FI]],
  },
  {
    name: 'trap: a step the speaker promised and has not taken is no refusal by anyone asked',
    text: 'The Commission said it would implement the protocol in full, but it has not done so.',
    published,
    expect: [{ party: 'eu', demand: FI, stance: 'supports', quote: 'would implement' }],
    none: [['uk', FI]],
  },
  {
    name: 'trap: a step wished with no one asked to take it: "has not done so" refuses nothing',
    text: 'The Commission wants the protocol implemented in full, but the British government has not done so.',
    published,
    expect: [],
    none: [['uk', FI]],
  },
];

describe('a step asked and left undone ("but it has not done so") is the refusal of the one asked', () => {
  for (const c of cases) it(c.name, () => checkReading(c, ni));
});

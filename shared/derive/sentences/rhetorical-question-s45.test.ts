/**
 * A negative question asked to assert, not to deny: "How is this not a threat to us?", "Isn't that a
 * threat to Russia?", "he asked whether that was not a threat to his country". The speaker says the thing
 * is a threat (here launchers that could fire offensive missiles near Russia), so the "not" must not drop
 * the stance. Traps: the same words as a statement ("That is not a threat to us," he said), a reported
 * statement with no verb of asking ("said that was not a threat"), a question whose subject is no pointer
 * word ("Are the launchers not a danger?" asked by a reporter), and a cue further on than the pointer's
 * complement. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-02-01';
const MD = 'missile-deployment';
const supports = (quote: string) => ({ party: 'russia', demand: MD, stance: 'supports' as const, quote });

const cases: ReadingCase[] = [
  {
    name: 'reported question: "asked whether that was not a threat to his country"',
    text: 'Putin said the launchers in Romania and Poland could fire Tomahawk missiles, and he asked whether that was not a threat to his country.',
    published,
    expect: [supports('asked whether that was not a threat')],
  },
  {
    name: 'reported question with "if": "asked if this was not a threat to Russia"',
    text: 'Putin said the launchers in Romania and Poland could fire Tomahawk missiles, and he asked if this was not a threat to Russia.',
    published,
    expect: [supports('asked if this was not a threat to Russia')],
  },
  {
    name: 'inverted question quoted after the claim: "so how is that not a threat to us?"',
    text: 'Putin said the launchers in Romania can take Tomahawks, "so how is that not a threat to us?"',
    published,
    expect: [supports('how is that not a threat to us?')],
  },
  {
    name: 'trap: the same words as a statement keep their negation ("That is not a threat to us," he said)',
    text: 'Putin said the launchers in Romania and Poland were of no concern now. "That is not a threat to us," he said.',
    published,
    expect: [],
    none: [['russia', MD]],
  },
  {
    name: 'trap: a reported statement with no verb of asking ("said that was not a threat") stays negated',
    text: 'Putin said the launchers in Romania and Poland held only interceptors, and he said that was not a threat to his country.',
    published,
    expect: [],
    none: [['russia', MD]],
  },
  {
    name: 'trap: a question whose subject is no pointer word, asked by a reporter, is no assertion',
    text: 'A reporter asked Putin: "Are the launchers in Romania and Poland not a threat to Russia?"',
    published,
    expect: [],
    none: [['russia', MD]],
  },
  {
    name: 'trap: the cue further on than the pointer\'s complement ("not the reason for the threat")',
    text: 'Putin said the launchers in Romania and Poland were old news. "Is that not the reason nobody sees a threat?" he asked.',
    published,
    expect: [],
    none: [['russia', MD]],
  },
];

describe('a negative question asked to assert keeps its stance (s45)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

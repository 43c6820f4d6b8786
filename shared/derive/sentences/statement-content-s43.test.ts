/**
 * The content of someone else's statement inside a speaker's sentence: "Netanyahu's statement that
 * Israel has to retain control of the corridor is in the way of a deal, Egypt's Foreign Ministry
 * said", "the latest statement by the Israeli prime minister that …". The demand's words (or their
 * opposite) in that "that" clause are the statement's author's, not the speaker's own wording; a
 * statement "by" its author (past an article and an adjective: "by a senior Israeli official") is read
 * as one "of" or with "'s". Traps: the speaker's own wording with no statement noun, the speaker's
 * verdict on the other's statement, and the speaker's own statement. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const gaza = evalOntology('gaza-ceasefire-2024.json');
const published = '2024-09-03';
const IW = 'israeli-withdrawal';

const cases: ReadingCase[] = [
  {
    name: '"the statement by <the Israeli prime minister> that Israel has to retain control …" is Israel\'s, not the speaker\'s',
    text: "The latest statement by Israeli Prime Minister Benjamin Netanyahu that Israel has to retain control of the Philadelphi Corridor is getting in the way of a deal, Egypt's Foreign Ministry said.",
    published,
    expect: [{ party: 'israel', demand: IW, stance: 'rejects', quote: 'has to retain control' }],
    none: [['egypt', IW]],
  },
  {
    name: '"Netanyahu\'s statement that …, Egypt said": no own wording of Egypt\'s',
    text: "Netanyahu's statement that Israel has to retain control of the Philadelphi Corridor is getting in the way of a deal, Egypt's Foreign Ministry said.",
    published,
    expect: [],
    none: [['egypt', IW]],
  },
  {
    name: '"the remarks by Netanyahu that …" (plural noun, "by") keep Egypt out',
    text: "The remarks by Netanyahu that Israel will retain control of the Philadelphi Corridor are getting in the way of a deal, Egypt's Foreign Ministry said.",
    published,
    expect: [],
    none: [['egypt', IW]],
  },
  {
    name: '"the statement by an Israeli cabinet minister that …": past an article before the author',
    text: "The statement by an Israeli cabinet minister that Israel has to retain control of the Philadelphi Corridor is getting in the way of a deal, Egypt's Foreign Ministry said.",
    published,
    expect: [{ party: 'israel', demand: IW, stance: 'rejects', quote: 'has to retain control' }],
    none: [['egypt', IW]],
  },
  {
    name: '"comments by a senior Israeli official that …": past an adjective and an article',
    text: "Comments by a senior Israeli official that Israel has to retain control of the Philadelphi Corridor are getting in the way of a deal, Egypt's Foreign Ministry said.",
    published,
    expect: [{ party: 'israel', demand: IW, stance: 'rejects', quote: 'has to retain control' }],
    none: [['egypt', IW]],
  },
  {
    name: "trap: the speaker's own wording, with no statement noun, is still the speaker's",
    text: "Israel must pull its forces out of the Philadelphi Corridor, Egypt's Foreign Ministry said.",
    published,
    expect: [{ party: 'egypt', demand: IW, stance: 'supports', quote: 'must pull' }],
  },
  {
    name: "trap: the speaker rejecting the other's statement still reads",
    text: "Egypt's Foreign Ministry rejected Netanyahu's statement that Israel has to retain control of the Philadelphi Corridor.",
    published,
    expect: [{ party: 'egypt', demand: IW, stance: 'supports', quote: 'rejected' }],
  },
  {
    name: "trap: the speaker's own statement (\"Egypt's statement that …\") is Egypt's",
    text: "Egypt's statement that Israel must withdraw from the Philadelphi Corridor was welcomed by Qatar.",
    published,
    expect: [{ party: 'egypt', demand: IW, stance: 'supports', quote: 'must withdraw' }],
  },
];

describe("the content of someone else's statement is not the speaker's wording", () => {
  for (const c of cases) it(c.name, () => checkReading(c, gaza));
});

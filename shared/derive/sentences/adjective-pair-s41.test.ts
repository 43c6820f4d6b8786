/**
 * Two parties named by their adjectives on one plural noun of people: "The Armenian and Azerbaijani
 * foreign ministers met in Almaty", "Armenian and Azerbaijani negotiators met …", "talks between the
 * Armenian and Azerbaijani delegations". They are the meeting's two sides, so "the two sides" or
 * "both sides" in the next sentences stands for them, as after "Mirzoyan and Bayramov met …"
 * (document-voices.ts adjectivePair). Traps: the adjectives after a preposition ("handed the draft to
 * the Armenian and Azerbaijani ministers"), on a noun of things ("Armenian and Azerbaijani villages"),
 * and one party's adjective alone ("The Azerbaijani foreign minister met the press"). Sentences written
 * for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const aa = evalOntology('armenia-azerbaijan-2025.json');
const published = '2024-05-12';
const BD = 'border-delimitation';
const both = (quote: string) => [
  { party: 'armenia', demand: BD, stance: 'supports' as const, quote },
  { party: 'azerbaijan', demand: BD, stance: 'supports' as const, quote },
];
const AGREED = 'The two sides agreed to start border delimitation before the summer.';

const cases: ReadingCase[] = [
  {
    name: '"the Armenian and Azerbaijani foreign ministers met …" then "the two sides agreed to": both',
    text: `The Armenian and Azerbaijani foreign ministers met in Almaty on Friday.\n\n${AGREED}`,
    published,
    expect: both('agreed to'),
  },
  {
    name: 'no article, the second adjective opening a listed name ("Azerbaijani negotiators"): both',
    text: `Armenian and Azerbaijani negotiators met in Almaty on Friday.\n\n${AGREED}`,
    published,
    expect: both('agreed to'),
  },
  {
    name: 'after "between" ("talks between the Armenian and Azerbaijani delegations"), then "both sides": both',
    text: 'Talks between the Armenian and Azerbaijani delegations went on in Almaty on Friday.\n\nBoth sides agreed to start border delimitation before the summer.',
    published,
    expect: both('agreed to'),
  },
  {
    name: 'inside a third party\'s clause ("France is pleased that the Armenian and Azerbaijani ministers met"): both',
    text: `France is pleased that the Armenian and Azerbaijani ministers met in Almaty on Friday.\n\n${AGREED}`,
    published,
    expect: both('agreed to'),
  },
  {
    name: 'trap: the adjectives after "to" (those handed a draft) are no meeting\'s sides',
    text: `Officials handed the draft to the Armenian and Azerbaijani ministers on Friday.\n\n${AGREED}`,
    published,
    expect: [],
    // (Armenia's own demand, stated, may still read as its own at the document level.)
    none: [['azerbaijan', BD]],
    noneButStated: [['armenia', BD]],
  },
  {
    name: 'trap: the adjectives on a noun of things ("Armenian and Azerbaijani villages") name no sides',
    text: `Shelling damaged Armenian and Azerbaijani villages along the frontier on Friday.\n\n${AGREED}`,
    published,
    expect: [],
    // (Armenia's own demand, stated, may still read as its own at the document level.)
    none: [['azerbaijan', BD]],
    noneButStated: [['armenia', BD]],
  },
  {
    name: 'trap: one party\'s adjective alone ("The Azerbaijani foreign minister met the press") is no pair',
    text: `The Azerbaijani foreign minister met the press in Baku on Friday.\n\n${AGREED}`,
    published,
    expect: [],
    // (Armenia's own demand, stated, may still read as its own at the document level.)
    none: [['azerbaijan', BD]],
    noneButStated: [['armenia', BD]],
  },
];

describe("two parties' adjectives on one noun of people are the two sides", () => {
  for (const c of cases) it(c.name, () => checkReading(c, aa));
});

/**
 * A veto over enlargement denied in two more shapes coverage uses: the "not" of an ontology phrase
 * written onto its auxiliary ("Moscow doesn't have a veto on NATO enlargement", "Russia won't have a
 * veto", phrase-variants.ts: the tokenizer keeps "doesn't" whole, so "not have a veto" never met it), and
 * "it is not for Moscow to have a veto against NATO enlargement" (a weak opposite: it counts only with
 * NATO or the alliance named in the sentence). The speaker holds the open door (rejects non-expansion);
 * the party denied the veto holds nothing.
 * Traps: the same words over something other than the alliance ("a veto over Europe's energy market",
 * "veto Moscow's trade deals", "veto a Russian security guarantee").
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-12';
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"Stoltenberg said Moscow doesn\'t have a veto on NATO enlargement": NATO rejects, Russia nothing',
    text: "Stoltenberg said Moscow doesn't have a veto on NATO enlargement.",
    published,
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: "doesn't have a veto" }],
    none: [['russia', NX]],
  },
  {
    name: '"Blinken said Russia won\'t have a veto over NATO\'s enlargement": the US rejects',
    text: "Blinken said Russia won't have a veto over NATO's enlargement.",
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: "won't have a veto" }],
    none: [['russia', NX]],
  },
  {
    name: '"It is not for Moscow to have a veto against NATO enlargement, Stoltenberg said": NATO rejects',
    text: 'It is not for Moscow to have a veto against NATO enlargement, Stoltenberg said.',
    published,
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'not for Moscow to have a veto' }],
    none: [['russia', NX]],
  },
  {
    name: 'trap: "not for Moscow to have a veto over Europe\'s energy market" names no alliance',
    text: "It is not for Moscow to have a veto over Europe's energy market, Stoltenberg said.",
    published,
    expect: [],
    none: [
      ['nato', NX],
      ['russia', NX],
    ],
  },
  {
    name: 'trap: "not for Washington to veto Moscow\'s trade deals" is no stance on enlargement',
    text: "It is not for Washington to veto Moscow's trade deals, Lavrov said.",
    published,
    expect: [],
    none: [
      ['russia', NX],
      ['united-states', NX],
    ],
  },
  {
    name: 'trap: "not for NATO to veto a Russian security guarantee" is no refusal of the halt',
    text: 'It is not for NATO to veto a Russian security guarantee, Lavrov said.',
    published,
    expect: [],
    none: [
      ['russia', NX],
      ['nato', NX],
    ],
  },
];

describe('a veto over enlargement denied: contracted "not", "not for … to have a veto" (session 48)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

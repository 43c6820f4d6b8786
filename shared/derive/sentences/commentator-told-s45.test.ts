/**
 * A commentator's guess about a party, tagged after it with a verb of telling and whom it was told:
 * "NATO might agree to a moratorium on enlargement, one analyst told Reuters", "…, an expert told the
 * BBC", "…, analysts told reporters". As with "…, one analyst said", the guess is the commentator's, not
 * the position of the party it is about. Before, "told Reuters" kept the tag from closing the sentence,
 * and the guess was read as NATO's openness.
 * Positives: a party's own official telling an outlet ("Stoltenberg told Reuters", "a NATO diplomat told
 * Reuters") still speaks for it; a demand owned by its proposer in the guess stays the owner's.
 * Traps: an analyst, an expert and analysts telling an outlet or reporters what a party might do.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-20';
const NE = 'non-expansion';
const MD = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: "the party's own head telling an outlet speaks for it",
    text: 'NATO will never agree to a moratorium on expansion, Stoltenberg told Reuters.',
    published,
    expect: [{ party: 'nato', demand: NE, stance: 'rejects', quote: 'Stoltenberg told Reuters' }],
  },
  {
    name: 'a diplomat of the party telling an outlet speaks for it',
    text: 'The alliance will never accept a freeze on enlargement, a NATO diplomat told Reuters.',
    published,
    expect: [{ party: 'nato', demand: NE, stance: 'rejects', quote: 'never accept a freeze' }],
  },
  {
    name: "a demand owned by its proposer inside the guess stays the owner's",
    text: "Washington will reject Russia's demand for a moratorium on NATO expansion, one analyst told Reuters.",
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: "Russia's demand" }],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: "NATO might agree to a moratorium on expansion, one analyst told Reuters"',
    text: 'NATO might agree to a moratorium on expansion, one analyst told Reuters.',
    published,
    expect: [],
    none: [['nato', NE]],
  },
  {
    name: 'trap: "…, an expert told the BBC"',
    text: 'Washington could offer limits on missile deployments, an expert told the BBC.',
    published,
    expect: [],
    none: [['united-states', MD]],
  },
  {
    name: 'trap: "…, analysts told Al Jazeera"',
    text: 'The alliance may accept a freeze on enlargement, analysts told Al Jazeera.',
    published,
    expect: [],
    none: [['nato', NE]],
  },
];

describe("a commentator's guess told to an outlet", () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

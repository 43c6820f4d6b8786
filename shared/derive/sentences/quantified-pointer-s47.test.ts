/**
 * A quantifier before a pointer to demands points as "these" does: "Washington has called both demands
 * non-starters", "all three proposals", "both of these demands", "All demands were rejected by Washington",
 * after a sentence (or an earlier clause) that named the demands. Before, "both demands" was no pointer at
 * all and the refusal read nothing.
 * So does a count among a pointer's modifiers: "the two demands", "Moscow's two main demands".
 * Traps: "both sides", "all countries" point at no demand; a count of another party's proposals; with no demand named before, "both demands"
 * resolves to nothing; a pointer to demands of one party is not another party's stance.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { derive } from '../test-support/reading';

const published = '2022-01-12';
const NX = 'non-expansion';
const RB = 'rollback-1997';
const DEMANDS =
  'Moscow has demanded that NATO rule out membership for Ukraine and pull its forces back from the countries that joined after 1997.';

/** The stances a party holds on each demand, read from its citations in the second sentence. */
function stancesIn(text: string, party: string, sentence: string): Record<string, string[]> {
  const m = derive(text, published);
  const out: Record<string, string[]> = {};
  for (const cell of m.cells.filter((c) => c.party === party))
    for (const x of cell.citations.filter((c) => c.quote.includes(sentence)))
      (out[cell.demand] ??= []).push(x.stance);
  return out;
}

describe('a quantified pointer to demands (session 47)', () => {
  it('"Washington has called both demands non-starters": the US rejects both', () => {
    const s = 'Washington has called both demands non-starters.';
    expect(stancesIn(`${DEMANDS} ${s}`, 'united-states', s)).toEqual({
      [NX]: ['rejects'],
      [RB]: ['rejects'],
    });
  });
  it('"both of these demands" and "all three proposals" point the same way', () => {
    for (const s of [
      'Washington has called both of these demands non-starters.',
      'Washington has called all three proposals non-starters.',
    ])
      expect(stancesIn(`${DEMANDS} ${s}`, 'united-states', s)).toEqual({
        [NX]: ['rejects'],
        [RB]: ['rejects'],
      });
  });
  it('"All demands were rejected by Washington": the passive agent rejects both', () => {
    const s = 'All demands were rejected by Washington.';
    expect(stancesIn(`${DEMANDS} ${s}`, 'united-states', s)).toEqual({
      [NX]: ['rejects'],
      [RB]: ['rejects'],
    });
  });
  it('an earlier clause of the same sentence: "…, but the US rejected both demands"', () => {
    const s =
      'Russia wants NATO to stop expanding and to pull back its forces from Eastern Europe, but the US rejected both demands on Friday.';
    expect(stancesIn(s, 'united-states', s)).toEqual({ [NX]: ['rejects'], [RB]: ['rejects'] });
  });
  it('a count among the modifiers: "the two demands", "Moscow\'s two main demands", "Russia\'s three key proposals"', () => {
    for (const s of [
      'Washington has called the two demands non-starters.',
      "Washington has called Moscow's two main demands non-starters.",
      "Washington has called Russia's three key proposals non-starters.",
    ])
      expect(stancesIn(`${DEMANDS} ${s}`, 'united-states', s)).toEqual({
        [NX]: ['rejects'],
        [RB]: ['rejects'],
      });
  });
  it("trap: a count of the refuser's own proposals points at no demand of Russia's", () => {
    const s = 'Moscow said it would study the two American proposals on arms control.';
    expect(stancesIn(`${DEMANDS} ${s}`, 'russia', s)).toEqual({});
  });
  it('trap: "both sides agreed to meet again" points at no demand', () => {
    const s = 'Both sides agreed to meet again.';
    expect(stancesIn(`${DEMANDS} ${s}`, 'united-states', s)).toEqual({});
    expect(stancesIn(`${DEMANDS} ${s}`, 'russia', s)).toEqual({});
  });
  it('trap: "all proposals would be studied" decides nothing', () => {
    const s = 'Washington said all proposals would be studied.';
    expect(stancesIn(`${DEMANDS} ${s}`, 'united-states', s)).toEqual({});
  });
  it('trap: with no demand named before, "both demands" resolves to nothing', () => {
    const s = 'Washington has called both demands non-starters.';
    expect(stancesIn(s, 'united-states', s)).toEqual({});
  });
  it("trap: the pointer gives the proposer no second reading from the refuser's sentence", () => {
    const s = 'Washington has called both demands non-starters.';
    expect(stancesIn(`${DEMANDS} ${s}`, 'nato', s)).toEqual({});
  });
});

/**
 * A verb of denial governs every that-clause of the list it opens ("denied that it had …, that it was
 * …, and that it wanted …"), not only the first; a new verb after the list ("and said that …") or a
 * clause with no "that" ("and it wants …") is asserted again. And a sphere of influence another party
 * is said to carve out in a place no demand names ("the West's … spheres of influence in Central Asia")
 * is no call of the proposer's that the alliance not expand. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const reading = readerFor(seedOntology(), '2022-01-27');

describe('a denial reaches every that-clause of its list', () => {
  it('the third that-clause of a denied list is denied', () =>
    reading(
      'denied that …, that …, and that it wanted',
      'The Kremlin denied that it had menaced its neighbour, that it was gathering divisions on the border, and that it wanted NATO forces withdrawn from eastern Europe.',
      [],
      [['russia', 'rollback-1997']],
    ));
  it('the second of two joined by "and" is denied', () =>
    reading(
      'denied that … and that it sought',
      'Moscow denies that it is planning an attack and that it seeks the withdrawal of NATO troops from eastern Europe.',
      [],
      [['russia', 'rollback-1997']],
    ));
  it('the simple denial still reads no support', () =>
    reading(
      'denied that it wanted',
      'Moscow denied that it wanted NATO forces withdrawn from eastern Europe.',
      [],
      [['russia', 'rollback-1997']],
    ));
  it('trap: "and said that" after the denial asserts anew', () =>
    reading(
      'denied …, and said that it wanted',
      'Moscow denied that it had menaced Kyiv and said that it wanted NATO forces withdrawn from eastern Europe.',
      [{ party: 'russia', demand: 'rollback-1997', stance: 'supports', quote: 'wanted' }],
    ));
  it('trap: a joined clause without "that" is no part of the denied list', () =>
    reading(
      'denied that …, and it wants',
      'Moscow denied that it had menaced Kyiv, and it wants NATO forces withdrawn from eastern Europe.',
      [{ party: 'russia', demand: 'rollback-1997', stance: 'supports', quote: 'wants' }],
    ));
});

describe("another party's sphere of influence elsewhere", () => {
  it("the West's spheres of influence in Central Asia are no call against expansion", () =>
    reading(
      "rejects the West's attempts … in Central Asia",
      "Lavrov said Moscow rejects the West's efforts to carve out spheres of influence in Central Asia.",
      [],
      [['russia', 'non-expansion']],
    ));
  it("Washington's zone of influence in the Pacific likewise", () =>
    reading(
      "opposes Washington's drive … in the Pacific",
      "Russia's foreign minister said Moscow opposes Washington's drive for a zone of influence in the Pacific.",
      [],
      [['russia', 'non-expansion']],
    ));
  it('trap: a right to a sphere of influence denied to Russia is still refused by the one who says so', () =>
    reading(
      'Russia has no right to a sphere of influence',
      'Stoltenberg said Russia has no right to a sphere of influence.',
      [{ party: 'nato', demand: 'non-expansion', stance: 'rejects', quote: 'has no right to' }],
    ));
  it("trap: NATO's sphere in eastern Europe, a place of the demand's own, still reads", () =>
    reading(
      "rejects NATO's attempts … in eastern Europe",
      "Lavrov said Russia rejects NATO's attempts to build a sphere of influence in eastern Europe.",
      [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'sphere of influence' }],
    ));
});

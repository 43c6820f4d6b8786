/**
 * Names that hold a party's name but are no party (actors.ts, indirect-readings.ts):
 * - a one-word place name before the capitalised head of a document's, a paper's or an institution's name
 *   ("the 1949 Washington Treaty", "the Washington Post", "the Helsinki Final Act", "the Budapest
 *   Memorandum") is part of that name: "The Washington Post reported that the alliance would not halt its
 *   enlargement" had read the US rejecting non-expansion, and "the Budapest Memorandum" made Hungary a
 *   mention. An acronym keeps its party ("the NATO summit declaration" is NATO's), as does a lower-case head
 *   ("Washington's treaty obligations");
 * - a capitalised programme's name after another word is no verb of an act: "… when they would be granted
 *   NATO Membership Action Plans" had read NATO rejecting non-expansion by an act ("NATO" right before the
 *   name taken for the doer); "Kiev wants a NATO Membership Action Plan" had read NATO rejecting it too.
 * Found in coverage: Newsweek (January 2022) on an article of the 1949 Washington Treaty; TASS (15–16 February
 * 2022) on when Ukraine and Georgia would be granted Membership Action Plans.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkReading, derive, type ReadingCase } from '../test-support/reading';

const published = '2022-02-16';
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: 'trap: "The Washington Post reported …" is no statement of the US',
    text: 'The Washington Post reported that the alliance would not halt its enlargement.',
    published,
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: "the 1949 Washington Treaty permits …" is no statement of the US',
    text: 'An article of the 1949 Washington Treaty permits the allies to invite any European state to join.',
    published,
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: "granted NATO Membership Action Plans" is no act of NATO',
    text: 'The summit statement says nothing about when they would be granted NATO Membership Action Plans.',
    published,
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'trap: "Kiev wants a NATO Membership Action Plan": Ukraine rejects, NATO holds nothing',
    text: 'Zelensky said earlier that Kiev wants to have a NATO Membership Action Plan already this year.',
    published,
    expect: [{ party: 'ukraine', demand: NX, stance: 'rejects', quote: 'wants' }],
    none: [['nato', NX]],
  },
  {
    name: 'kept: "Washington said the alliance would not halt its enlargement" is the US',
    text: 'Washington said the alliance will not halt its enlargement.',
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'Washington said' }],
  },
  {
    name: 'kept: "the NATO summit declaration" keeps NATO (an acronym before the head)',
    text: 'The NATO Summit Declaration reaffirms that the door of the alliance remains open.',
    published,
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'remains open' }],
  },
];

/** The parties a text names in any cell, cited or as an unclassified mention. */
function partiesNamed(text: string): string[] {
  const m = derive(text, published);
  return [
    ...new Set(
      m.cells.filter((c) => c.citations.length > 0 || (c.mentions ?? []).length > 0).map((c) => c.party),
    ),
  ].sort();
}

describe('names that hold a party name but are no party (s49)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
  it('trap: "the Budapest Memorandum" and "the Helsinki Final Act" name neither Hungary nor Finland', () => {
    const named = partiesNamed(
      'The Budapest Memorandum gave Ukraine assurances, and the Helsinki Final Act lets states choose their alliances and station missiles.',
    );
    expect(named).not.toContain('hungary');
    expect(named).not.toContain('finland');
  });
  it('kept: "Budapest said" still names Hungary', () => {
    expect(partiesNamed('Budapest said NATO must not deploy strike missiles near Russia.')).toContain(
      'hungary',
    );
  });
});

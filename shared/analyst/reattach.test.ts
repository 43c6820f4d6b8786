import { describe, expect, it } from 'vitest';
import type { AnalystData } from '../model/analyst';
import type { Citation, StanceMatrix } from '../model/matrix';
import { deriveMatrix } from '../derive/derive-matrix';
import { seedDocuments, seedOntology } from '../derive/test-support/seed-corpus';
import * as history from './history';
import { emptyAnalystData } from './migrate';
import { parseCitationKey, reattachCitationKeys, renameCitationKeys } from './reattach';

const matrix = deriveMatrix(seedDocuments(), seedOntology(), { now: () => 0 });
const authored = (id: string) => ({ id, author: 'A', createdAt: 't', updatedAt: 't' });
const empty: AnalystData = emptyAnalystData();
const withKeys = (noteKey: string, rejectionKey?: string): AnalystData => ({
  ...empty,
  notes: [{ ...authored('n1'), target: { kind: 'citation', citationKey: noteKey }, text: 'check' }],
  rejections: rejectionKey ? [{ ...authored('r1'), citationKey: rejectionKey, reason: 'paraphrase' }] : [],
});
const keyAt = (c: Citation, start: number, end: number) =>
  `${c.document}:${start}-${end}:${c.party}:${c.demand}`;

// Two citations of one cell from one document, one after the other.
const pair = (() => {
  const groups = new Map<string, Citation[]>();
  for (const cell of matrix.cells)
    for (const c of cell.citations) {
      const k = `${c.document}|${c.party}|${c.demand}`;
      groups.set(k, [...(groups.get(k) ?? []), c]);
    }
  const [first, second] = [...groups.values()]
    .find((list) => list.length >= 2)!
    .map((c) => ({ c, span: parseCitationKey(c.key)! }))
    .sort((a, b) => a.span.start - b.span.start);
  return { first: first!, second: second! };
})();

describe('re-attaching work to re-cut citations', () => {
  it('parses a key from its right end, so a document id may hold colons', () => {
    expect(parseCitationKey('folder:a.txt:12-80:russia:non-expansion')).toEqual({
      document: 'folder:a.txt',
      start: 12,
      end: 80,
      party: 'russia',
      demand: 'non-expansion',
    });
    expect(parseCitationKey('not a key')).toBeNull();
  });

  it('moves a stale key to the citation of the same cell whose sentence overlaps the old span', () => {
    const { c, span } = pair.first;
    // The old cut began 25 characters earlier (a dateline then counted as part of the sentence).
    const stale = keyAt(c, Math.max(0, span.start - 25), span.end);
    const { data, moved } = reattachCitationKeys(withKeys(stale, stale), matrix);
    // The new citation's quote goes with the key, for the next time it moves.
    expect(data.notes[0]!.target).toEqual({ kind: 'citation', citationKey: c.key, quote: c.quote });
    expect(data.rejections[0]!).toMatchObject({ citationKey: c.key, quote: c.quote });
    expect(moved.map((m) => [m.kind, m.from, m.to])).toEqual([
      ['note', stale, c.key],
      ['rejection', stale, c.key],
    ]);
    expect(moved[0]!.quote).toBe(c.quote);
  });

  it('takes the citation with the larger overlap, and none when two overlap equally', () => {
    const { first, second } = pair;
    const larger = keyAt(first.c, first.span.end - 3, second.span.start + 5);
    expect(reattachCitationKeys(withKeys(larger), matrix).moved.map((m) => m.to)).toEqual([second.c.key]);
    const even = keyAt(first.c, first.span.end - 3, second.span.start + 3);
    const { data, moved } = reattachCitationKeys(withKeys(even), matrix);
    expect(moved).toEqual([]);
    expect(data.notes[0]!.target).toEqual({ kind: 'citation', citationKey: even });
  });

  it('leaves current keys, foreign keys and spans no citation of the cell overlaps alone', () => {
    const { c, span } = pair.first;
    const current = withKeys(c.key, c.key);
    expect(reattachCitationKeys(current, matrix).data).toBe(current);
    const otherParty = `${c.document}:${span.start}-${span.end}:no-such-party:${c.demand}`;
    expect(reattachCitationKeys(withKeys(otherParty, 'not a key'), matrix).moved).toEqual([]);
    const beyond = keyAt(c, 1_000_000, 1_000_050);
    expect(reattachCitationKeys(withKeys(beyond), matrix).moved).toEqual([]);
  });

  it('never gives one citation two rejections: the stale one stays, with its reason', () => {
    const { c, span } = pair.first;
    const stale = keyAt(c, span.start + 1, span.end);
    const data: AnalystData = {
      ...empty,
      rejections: [
        { ...authored('r-now'), citationKey: c.key, reason: 'second look' },
        { ...authored('r-old'), citationKey: stale, reason: 'first look' },
      ],
    };
    const result = reattachCitationKeys(data, matrix);
    expect(result.moved).toEqual([]);
    expect(result.data.rejections.map((r) => r.citationKey)).toEqual([c.key, stale]);
  });

  it('follows the old quote, not the offsets, when the previous matrix is known (a document edited)', () => {
    const { c } = pair.second;
    // Before the edit the same sentence stood 400 characters further on: the spans do not overlap.
    const oldKey = keyAt(c, c.start + 400, c.end + 400);
    const previous: StanceMatrix = {
      ...matrix,
      cells: [
        { ...matrix.cells[0]!, citations: [{ ...c, key: oldKey, start: c.start + 400, end: c.end + 400 }] },
      ],
    };
    expect(reattachCitationKeys(withKeys(oldKey), matrix).moved).toEqual([]);
    expect(reattachCitationKeys(withKeys(oldKey), matrix, previous).moved.map((m) => m.to)).toEqual([c.key]);
    // A quote the current text no longer holds is not guessed from the offsets.
    const reworded: StanceMatrix = {
      ...previous,
      cells: [
        {
          ...previous.cells[0]!,
          citations: [{ ...previous.cells[0]!.citations[0]!, quote: 'Entirely other words.' }],
        },
      ],
    };
    const atSameOffsets = keyAt(c, c.start, c.end + 1);
    const rewordedAtSame: StanceMatrix = {
      ...reworded,
      cells: [
        { ...reworded.cells[0]!, citations: [{ ...reworded.cells[0]!.citations[0]!, key: atSameOffsets }] },
      ],
    };
    expect(reattachCitationKeys(withKeys(atSameOffsets), matrix, rewordedAtSame).moved).toEqual([]);
  });

  it('follows the quote kept with the note or rejection when no previous matrix is known (an edit between sessions)', () => {
    const { c } = pair.second;
    const oldKey = keyAt(c, c.start + 400, c.end + 400);
    const kept: AnalystData = {
      ...empty,
      notes: [
        {
          ...authored('n1'),
          target: { kind: 'citation', citationKey: oldKey, quote: c.quote },
          text: 'check',
        },
      ],
      rejections: [{ ...authored('r1'), citationKey: oldKey, reason: 'paraphrase', quote: c.quote }],
    };
    const { data, moved } = reattachCitationKeys(kept, matrix);
    expect(moved.map((m) => [m.kind, m.to])).toEqual([
      ['note', c.key],
      ['rejection', c.key],
    ]);
    expect(data.rejections[0]!.citationKey).toBe(c.key);
    // A kept quote the text no longer holds is not guessed from offsets that still overlap.
    const atSameOffsets = keyAt(c, c.start, c.end + 1);
    const reworded: AnalystData = {
      ...empty,
      rejections: [
        { ...authored('r1'), citationKey: atSameOffsets, reason: 'x', quote: 'Entirely other words.' },
      ],
    };
    expect(reattachCitationKeys(reworded, matrix).moved).toEqual([]);
    expect(
      reattachCitationKeys(
        { ...reworded, rejections: [{ ...reworded.rejections[0]!, quote: undefined }] },
        matrix,
      ).moved,
    ).toHaveLength(1);
  });

  it('renames the keys in the undo history too, so undoing brings back no stale key', () => {
    const { c, span } = pair.first;
    const stale = keyAt(c, span.start + 2, span.end);
    const before = empty;
    const after = withKeys(stale);
    let past = history.record(history.emptyHistory(), { label: 'Add note', before, after });
    const { moved } = reattachCitationKeys(after, matrix);
    past = history.mapEntries(past, (d) => renameCitationKeys(d, new Map(moved.map((m) => [m.from, m.to]))));
    const redone = history.redo(history.undo(past)!.history)!;
    expect(redone.entry.after.notes[0]!.target).toEqual({ kind: 'citation', citationKey: c.key });
    expect(renameCitationKeys(before, new Map([[stale, c.key]]))).toBe(before);
  });
});

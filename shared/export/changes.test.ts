import { describe, expect, it } from 'vitest';
import { changesSince, nothingChanged, takeSnapshot } from './changes';
import { effectiveMatrix } from './test-support/fixture';

const meta = { id: 's1', name: 'Monday brief', createdAt: '2026-11-20T08:00:00.000Z' };
const stamp = { author: 'A', createdAt: 't', updatedAt: 't' };

describe('changes since a snapshot', () => {
  it('finds nothing when nothing changed', () => {
    const m = effectiveMatrix();
    expect(nothingChanged(changesSince(takeSnapshot(m, meta), m))).toBe(true);
  });

  it('finds the moved stance, the new citation and the new note, and nothing else', () => {
    const before = effectiveMatrix();
    const snapshot = takeSnapshot(before, meta);
    const after = effectiveMatrix();
    const cell = after.cells.find((c) => c.party === 'russia' && c.demand === 'rollback-1997')!;
    const quote = after.cells[0]!.citations[0]!;
    cell.citations = [{ ...quote, demand: 'rollback-1997', key: 'new-key' }];
    cell.stance = 'supports';
    cell.notes = [
      {
        id: 'n-new',
        ...stamp,
        target: { kind: 'cell', party: 'russia', demand: 'rollback-1997' },
        text: 'New.',
      },
    ];
    const report = changesSince(snapshot, after);
    expect(report.since).toEqual(meta);
    expect(report.moved).toEqual([
      { party: 'russia', demand: 'rollback-1997', from: 'none', to: 'supports' },
    ]);
    expect(report.citations.map((c) => c.key)).toEqual(['new-key']);
    expect(report.notes.map((n) => n.note.id)).toEqual(['n-new']);
    // Out of scope, the same change is not reported.
    expect(nothingChanged(changesSince(snapshot, after, { parties: ['nato'] }))).toBe(true);
  });

  it('reports a cell that fell silent, and ignores a citation the analyst rejected', () => {
    const before = effectiveMatrix();
    const snapshot = takeSnapshot(before, meta);
    const after = effectiveMatrix();
    const us = after.cells.find((c) => c.party === 'united-states' && c.demand === 'missile-deployment')!;
    us.stance = 'none';
    const nato = after.cells.find((c) => c.party === 'nato' && c.demand === 'rollback-1997')!;
    nato.citations.push({ ...nato.citations[0]!, key: 'rejected-new' });
    nato.rejections['rejected-new'] = { id: 'r', ...stamp, citationKey: 'rejected-new', reason: 'no' };
    const report = changesSince(snapshot, after);
    expect(report.moved).toEqual([
      { party: 'united-states', demand: 'missile-deployment', from: 'open', to: 'none' },
    ]);
    expect(report.citations).toEqual([]);
  });
});

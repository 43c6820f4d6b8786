import { describe, expect, it } from 'vitest';
import { applyAction, type AnalystAction } from './apply';
import { emptyHistory, historyState, record, redo, undo } from './history';
import { emptyAnalystData } from './migrate';

let n = 0;
const ctx = {
  author: 'A',
  now: '2026-11-23T05:30:00.000Z',
  newId: () => `id-${++n}`,
  getDocument: () => undefined,
};
const add = (alias: string): AnalystAction => ({ type: 'ontology:add-alias', partyId: 'nato', alias });

describe('history', () => {
  it('undoes and redoes exactly, with labels, and drops redo on a new action', () => {
    const d0 = emptyAnalystData();
    const a1 = applyAction(d0, add('x'), ctx);
    let h = record(emptyHistory(), { label: a1.label, before: d0, after: a1.data });
    expect(historyState(h)).toEqual({
      canUndo: true,
      canRedo: false,
      undoLabel: 'Add alias “x”',
      redoLabel: null,
    });
    const u = undo(h)!;
    expect(u.entry.before).toBe(d0);
    h = u.history;
    expect(historyState(h)).toMatchObject({ canUndo: false, canRedo: true, redoLabel: 'Add alias “x”' });
    expect(redo(h)!.entry.after).toBe(a1.data);
    h = record(h, { label: 'other', before: d0, after: d0 });
    expect(historyState(h).canRedo).toBe(false);
    expect(undo(emptyHistory())).toBeNull();
    expect(redo(emptyHistory())).toBeNull();
  });

  it('forgets the oldest entries beyond the limit', () => {
    let h = emptyHistory(2);
    for (const label of ['a', 'b', 'c'])
      h = record(h, { label, before: emptyAnalystData(), after: emptyAnalystData() });
    expect(h.done.map((e) => e.label)).toEqual(['b', 'c']);
  });
});

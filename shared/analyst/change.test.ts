import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnalystData, Note } from '../model/analyst';
import { applyAnalystDataChange, diffAnalystData } from './change';
import { emptyAnalystData } from './migrate';

const note = (id: string, text: string): Note => ({
  id,
  author: 'Ann',
  createdAt: 't',
  updatedAt: 't',
  target: { kind: 'cell', party: 'p', demand: 'd' },
  text,
});

/** A step an analyst (or an undo) can make to a list: add, replace, remove, or put an old list back. */
type Step = { op: 'add' | 'edit' | 'remove' | 'restore'; at: number; text: string };
const step = fc.record({
  op: fc.constantFrom<Step['op']>('add', 'edit', 'remove', 'restore'),
  at: fc.nat(50),
  text: fc.string({ maxLength: 5 }),
});

describe('the change between two versions of the analyst data', () => {
  it('turns the old version into the new one exactly, whatever the steps between them', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), fc.array(step, { maxLength: 10 }), (setup, steps) => {
        let nextId = 0;
        const run = (data: AnalystData, list: Step[], history: AnalystData[]) => {
          for (const s of list) {
            history.push(data);
            const notes = data.notes;
            if (s.op === 'add') data = { ...data, notes: [...notes, note(`n${nextId++}`, s.text)] };
            else if (s.op === 'edit' && notes.length) {
              const i = s.at % notes.length;
              data = { ...data, notes: notes.map((n, k) => (k === i ? { ...n, text: s.text } : n)) };
            } else if (s.op === 'remove' && notes.length) {
              data = { ...data, notes: notes.filter((_, k) => k !== s.at % notes.length) };
            } else if (s.op === 'restore' && history.length) {
              data = history[s.at % history.length]!; // undo to an older version
            }
          }
          return data;
        };
        const history: AnalystData[] = [];
        const before = run(emptyAnalystData(), setup, history);
        const after = run(before, steps, history);
        const change = diffAnalystData(before, after);
        const rebuilt = applyAnalystDataChange(before, change);
        expect(rebuilt).toEqual(after);
        // Only what changed travels: never more items than the two versions differ by.
        const sent = change.notes?.upsert.length ?? 0;
        expect(sent).toBeLessThanOrEqual(after.notes.filter((n) => !before.notes.includes(n)).length);
      }),
      { numRuns: 500 },
    );
  });

  it('names only the collections that changed, and an append as one item', () => {
    const before = {
      ...emptyAnalystData(),
      notes: Array.from({ length: 10_000 }, (_, i) => note(`n${i}`, 'x')),
    };
    const after = { ...before, notes: [...before.notes, note('new', 'y')] };
    expect(diffAnalystData(before, after)).toEqual({ notes: { upsert: [note('new', 'y')], remove: [] } });
    expect(diffAnalystData(before, before)).toEqual({});
  });
});

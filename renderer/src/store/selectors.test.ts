// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createStandpointStore } from '.';
import { NO_FILTERS } from './filters.slice';
import { summarizeEvidence } from '../../../shared/analyst/evidence';
import { buildGridModel, selectCell, selectDocumentIndex, selectEffective } from './selectors';
import { analystSnapshot, testMatrix } from './test-matrix';

const stamp = { author: 'Ann', createdAt: '2022-02-01T00:00:00Z', updatedAt: '2022-02-01T00:00:00Z' };

function storeWithMatrix() {
  const store = createStandpointStore();
  store.getState().setMatrix(testMatrix());
  return store;
}

const snapshot = analystSnapshot;

describe('grid model', () => {
  it('puts parties on rows and demands on columns, and swaps them when transposed', () => {
    const s = storeWithMatrix().getState();
    const m = buildGridModel(selectEffective(s), NO_FILTERS, false, selectDocumentIndex(s));
    expect(m.rows.map((r) => r.name)).toEqual(['United States', 'Russia']);
    expect(m.columns.map((c) => c.name)).toEqual(['NATO non-expansion', 'Missile deployment']);
    const t = buildGridModel(selectEffective(s), NO_FILTERS, true, selectDocumentIndex(s));
    expect(t.rowAxis).toBe('demand');
    expect(t.rows.map((r) => r.id)).toEqual(['nx', 'md']);
    expect(t.rows[0]!.cells['us']!.cell.stance).toBe('rejects');
  });

  it('counts a translation and its original as one source', () => {
    const s = storeWithMatrix().getState();
    const cell = selectCell(s, { party: 'us', demand: 'nx' })!;
    expect(summarizeEvidence(cell, selectDocumentIndex(s)).sources).toBe(2);
  });

  it('hides rows without a matching cell under a stance filter and dims the rest', () => {
    const s = storeWithMatrix().getState();
    const m = buildGridModel(
      selectEffective(s),
      { ...NO_FILTERS, stances: ['supports'] },
      false,
      selectDocumentIndex(s),
    );
    expect(m.rows.map((r) => r.id)).toEqual(['ru']);
    expect(m.rows[0]!.cells['nx']!.matches).toBe(true);
    expect(m.rows[0]!.cells['md']!.matches).toBe(false);
    expect(m.totalRows).toBe(2);
  });

  it('counts only evidence from the chosen source (with its translations) and date range', () => {
    const s = storeWithMatrix().getState();
    const docs = selectDocumentIndex(s);
    const bySource = buildGridModel(selectEffective(s), { ...NO_FILTERS, source: 'izv-ru' }, false, docs);
    expect(bySource.rows.map((r) => r.id)).toEqual(['us']);
    expect(bySource.rows[0]!.cells['nx']).toMatchObject({
      evidence: { citations: 2, sources: 1 },
      matches: true,
    });
    const byDate = buildGridModel(selectEffective(s), { ...NO_FILTERS, dateTo: '2022-01-12' }, false, docs);
    expect(byDate.rows.find((r) => r.id === 'us')!.cells['nx']!.evidence).toMatchObject({
      citations: 1,
      sources: 1,
    });
  });

  it('filters parties and demands by id', () => {
    const s = storeWithMatrix().getState();
    const m = buildGridModel(
      selectEffective(s),
      { ...NO_FILTERS, parties: ['ru'], demands: ['md'] },
      false,
      selectDocumentIndex(s),
    );
    expect(m.rows.map((r) => r.id)).toEqual(['ru']);
    expect(m.columns.map((c) => c.id)).toEqual(['md']);
  });
});

describe('analyst layer over the matrix', () => {
  it('shows the override as the stance and keeps the derived one beside it', () => {
    const store = storeWithMatrix();
    store.setState({
      analyst: snapshot({
        overrides: [
          { id: 'o1', ...stamp, party: 'us', demand: 'nx', stance: 'open', rationale: 'Talks resumed' },
        ],
        notes: [{ id: 'n1', ...stamp, target: { kind: 'cell', party: 'us', demand: 'nx' }, text: 'Check' }],
      }),
    });
    const cell = selectCell(store.getState(), { party: 'us', demand: 'nx' })!;
    expect(cell.stance).toBe('open');
    expect(cell.derivedStance).toBe('rejects');
    expect(cell.notes.map((n) => n.text)).toEqual(['Check']);
  });

  it('keeps a rejected citation in the cell but leaves it out of the count', () => {
    const store = storeWithMatrix();
    const key = testMatrix().cells[0]!.citations[0]!.key;
    store.setState({
      analyst: snapshot({ rejections: [{ id: 'r1', ...stamp, citationKey: key, reason: 'Misattributed' }] }),
    });
    const s = store.getState();
    const m = buildGridModel(selectEffective(s), NO_FILTERS, false, selectDocumentIndex(s));
    const view = m.rows[0]!.cells['nx']!;
    expect(view.cell.citations).toHaveLength(3);
    expect(view.cell.rejections[key]?.reason).toBe('Misattributed');
    // The rejected CNS quote was the only CNS source; the Izvestia original and translation count once.
    expect(view.evidence).toMatchObject({ citations: 2, sources: 1 });
  });

  it('counts an analyst citation on an empty cell as one citation from one source', () => {
    const store = storeWithMatrix();
    const quote = {
      document: 'cns',
      documentHash: 'a',
      start: 3,
      end: 9,
      quote: 'reason',
      prefix: '',
      suffix: '',
    };
    store.setState({
      analyst: {
        ...snapshot({
          citations: [
            { id: 'a1', ...stamp, party: 'us', demand: 'md', stance: 'open', anchor: quote, comment: '' },
          ],
        }),
        anchors: { a1: { status: 'anchored', start: 3, end: 9 } },
      },
    });
    const s = store.getState();
    const m = buildGridModel(selectEffective(s), NO_FILTERS, false, selectDocumentIndex(s));
    expect(m.rows[0]!.cells['md']!.evidence).toMatchObject({
      citations: 1,
      sources: 1,
      latest: '2022-01-11',
    });
  });

  it('memoises the effective matrix until the matrix or the analyst layer changes', () => {
    const store = storeWithMatrix();
    const first = selectEffective(store.getState());
    store.getState().toggleTransposed();
    expect(selectEffective(store.getState())).toBe(first);
    store.setState({ analyst: snapshot({}) });
    expect(selectEffective(store.getState())).not.toBe(first);
  });
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createStandpointStore } from '.';
import { filtersActive, NO_FILTERS } from './filters.slice';
import { topPanel } from './selection.slice';

describe('selection slice: the panel stack', () => {
  it('opens detail fresh, stacks a reader over it, and Esc returns to the detail', () => {
    const store = createStandpointStore();
    const s = () => store.getState();
    s().openDetail({ party: 'us', demand: 'nx' });
    expect(s().focused).toEqual({ party: 'us', demand: 'nx' });
    s().openReader('cns', { start: 1, end: 5 });
    expect(topPanel(s())).toEqual({ kind: 'reader', document: 'cns', focus: { start: 1, end: 5 } });
    s().openReader('izv');
    expect(s().panels).toHaveLength(2);
    s().closePanel();
    expect(topPanel(s())?.kind).toBe('detail');
    s().openDetail({ party: 'ru', demand: 'md' });
    expect(s().panels).toHaveLength(1);
    s().closeAllPanels();
    expect(topPanel(s())).toBeNull();
  });

  it('keeps one search panel on top however often search runs', () => {
    const store = createStandpointStore();
    store.getState().openSearch();
    store.getState().openSearch();
    expect(store.getState().panels).toEqual([{ kind: 'search' }]);
  });
});

describe('filters slice', () => {
  it('toggles stances and clears everything', () => {
    const store = createStandpointStore();
    const s = () => store.getState();
    expect(filtersActive(s().filters)).toBe(false);
    s().toggleStanceFilter('rejects');
    s().toggleStanceFilter('open');
    s().toggleStanceFilter('rejects');
    expect(s().filters.stances).toEqual(['open']);
    s().setFilter('dateFrom', '2022-01-01');
    expect(filtersActive(s().filters)).toBe(true);
    s().clearFilters();
    expect(s().filters).toEqual(NO_FILTERS);
  });

  it('forgets the sort on transpose, since row and column ids change meaning', () => {
    const store = createStandpointStore();
    store.getState().setSorting([{ id: 'nx', desc: false }]);
    store.getState().toggleTransposed();
    expect(store.getState()).toMatchObject({ transposed: true, sorting: [] });
  });
});

describe('analyst slice', () => {
  it('does not call main to undo when there is nothing to undo', async () => {
    const store = createStandpointStore();
    await store.getState().undo();
    expect(store.getState().analystError).toBeNull();
  });
});

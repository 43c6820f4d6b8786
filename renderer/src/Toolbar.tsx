import { useEffect, useRef, useState } from 'react';
import { useStandpoint } from './store';
import { plural } from './text/format';
import { WorkspaceBar } from './workspace/WorkspaceBar';

export function Toolbar() {
  const transposed = useStandpoint((s) => s.transposed);
  const toggleTransposed = useStandpoint((s) => s.toggleTransposed);
  const setDialog = useStandpoint((s) => s.setDialog);
  const canUndo = useStandpoint((s) => s.analyst?.canUndo ?? false);
  const canRedo = useStandpoint((s) => s.analyst?.canRedo ?? false);
  const undoLabel = useStandpoint((s) => s.analyst?.undoLabel ?? null);
  const redoLabel = useStandpoint((s) => s.analyst?.redoLabel ?? null);
  const undo = useStandpoint((s) => s.undo);
  const redo = useStandpoint((s) => s.redo);
  const stats = useStandpoint((s) => s.matrix?.stats ?? null);
  const mod = /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';
  return (
    <header className="toolbar">
      <h1 className="toolbar__title">Standpoint</h1>
      <WorkspaceBar />
      {stats && (
        <span className="toolbar__stats muted small num">
          {plural(stats.documents, 'document')} · {plural(stats.citations, 'citation')}
        </span>
      )}
      <SearchBox />
      <div className="toolbar__group">
        <button type="button" className="btn" aria-pressed={transposed} onClick={toggleTransposed}>
          ⇄ {transposed ? 'Demands as rows' : 'Parties as rows'}
        </button>
      </div>
      <div className="toolbar__group" role="group" aria-label="History">
        <button
          type="button"
          className="btn"
          disabled={!canUndo}
          onClick={() => void undo()}
          title={undoLabel ? `Undo ${undoLabel} (${mod}Z)` : `Nothing to undo (${mod}Z)`}
        >
          ↶ Undo
        </button>
        <button
          type="button"
          className="btn"
          disabled={!canRedo}
          onClick={() => void redo()}
          title={redoLabel ? `Redo ${redoLabel} (Shift+${mod}Z)` : `Nothing to redo (Shift+${mod}Z)`}
        >
          ↷ Redo
        </button>
      </div>
      <div className="toolbar__group">
        <button type="button" className="btn" onClick={() => setDialog('vocabulary')}>
          Vocabulary…
        </button>
        <button type="button" className="btn" onClick={() => setDialog('print')}>
          Print…
        </button>
        <button type="button" className="btn" onClick={() => setDialog('export')}>
          Export…
        </button>
        <button
          type="button"
          className="btn btn--quiet"
          onClick={() => setDialog('preferences')}
          title="Preferences"
          aria-label="Preferences"
        >
          ⚙
        </button>
        <button
          type="button"
          className="btn btn--quiet"
          onClick={() => setDialog('shortcuts')}
          title="Keyboard shortcuts (?)"
          aria-label="Keyboard shortcuts"
        >
          ?
        </button>
      </div>
    </header>
  );
}

/** Searching starts after the analyst pauses typing this long, and only from this many characters. */
export const SEARCH_DEBOUNCE_MS = 250;
const MIN_QUERY = 2;

function SearchBox() {
  const search = useStandpoint((s) => s.search);
  const request = useStandpoint((s) => s.searchFocusRequest);
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (request > 0) {
      input.current?.focus();
      input.current?.select();
    }
  }, [request]);
  // Search as you type: each pause runs the query; a slower earlier answer never replaces a later one.
  useEffect(() => {
    const q = query.trim();
    if (q.length < MIN_QUERY || q === useStandpoint.getState().searchQuery) return;
    const timer = setTimeout(() => void search(q), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, search]);
  return (
    <form
      role="search"
      className="toolbar__search"
      onSubmit={(e) => {
        e.preventDefault();
        if (query.trim()) void search(query.trim());
      }}
    >
      <label htmlFor="corpus-search" className="visually-hidden">
        Search the corpus
      </label>
      <input
        id="corpus-search"
        ref={input}
        type="search"
        placeholder="Search all documents  ( / )"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
    </form>
  );
}

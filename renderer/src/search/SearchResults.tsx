import { useStandpoint } from '../store';
import { selectDocumentIndex } from '../store/selectors';
import { formatDate } from '../text/format';

export function SearchResults() {
  const query = useStandpoint((s) => s.searchQuery);
  const hits = useStandpoint((s) => s.searchHits);
  const status = useStandpoint((s) => s.searchStatus);
  const error = useStandpoint((s) => s.searchError);
  const docs = useStandpoint(selectDocumentIndex);
  const openReader = useStandpoint((s) => s.openReader);
  return (
    <div className="search-results">
      <h2 className="panel__title">
        “{query}”{' '}
        <span className="muted num small">{status === 'ready' ? `${hits.length} documents` : ''}</span>
      </h2>
      {status === 'loading' && <p role="status">Searching…</p>}
      {status === 'error' && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {status === 'ready' && hits.length === 0 && <p className="muted">No document contains “{query}”.</p>}
      <ol className="hits" data-testid="search-hits">
        {hits.map((hit) => {
          const doc = docs.get(hit.document);
          return (
            <li key={hit.document} className="hit">
              <button
                type="button"
                className="link hit__title"
                onClick={() => openReader(hit.document, hit.snippets[0] ?? null)}
              >
                {hit.title}
              </button>
              <p className="small muted">
                {doc?.outlet ?? 'Unknown outlet'} · {formatDate(doc?.published)}
                {doc?.translationOf ? ' · translation' : ''}
              </p>
              {hit.snippets.map((sn, i) => (
                <button
                  key={i}
                  type="button"
                  className="hit__snippet"
                  onClick={() => openReader(hit.document, { start: sn.start, end: sn.end })}
                  title="Open the source here"
                >
                  {sn.before}
                  <mark>{sn.match}</mark>
                  {sn.after}
                </button>
              ))}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

import { sourceName } from '../../../shared/model';
import { useStandpoint } from '../store';
import { selectDocumentIndex } from '../store/selectors';
import { formatDate, plural } from '../text/format';

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
        <span className="muted num small">{status === 'ready' ? plural(hits.length, 'document') : ''}</span>
      </h2>
      <p role="status" className="small muted search-results__status">
        {status === 'loading' ? 'Searching…' : ''}
      </p>
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
                onClick={() => {
                  const first = hit.snippets[0];
                  openReader(hit.document, first ?? null, first ? findTerm(query, first) : query);
                }}
              >
                {hit.title}
              </button>
              <p className="small muted">
                {doc ? sourceName(doc) : hit.document} · {formatDate(doc?.published)}
                {doc?.translationOf ? ' · translation' : ''}
              </p>
              {hit.snippets.map((sn, i) => (
                <button
                  key={i}
                  type="button"
                  className="hit__snippet"
                  onClick={() =>
                    openReader(hit.document, { start: sn.start, end: sn.end }, findTerm(query, sn))
                  }
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

/**
 * What the reader's Find box should look for: the query when the text has it as typed, else the
 * word the search matched (a prefix, a typo, words far apart).
 */
export function findTerm(query: string, snippet: { before: string; match: string; after: string }): string {
  const around = `${snippet.before}${snippet.match}${snippet.after}`.toLowerCase();
  return around.includes(query.trim().toLowerCase()) ? query.trim() : snippet.match;
}

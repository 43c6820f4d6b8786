import { useMemo, useState } from 'react';
import { useStandpoint } from '../store';
import { buildGridModel, selectDocumentIndex, selectEffective } from '../store/selectors';
import { MatrixGrid } from './MatrixGrid';
import { DerivationStatus } from './DerivationStatus';
import { NoDocuments, WhyEmpty } from '../vocabulary/WhyEmpty';

/** The matrix with its loading, error, empty and problem states. */
export function MatrixView() {
  const status = useStandpoint((s) => s.matrixStatus);
  const error = useStandpoint((s) => s.matrixError);
  const loadMatrix = useStandpoint((s) => s.loadMatrix);
  const effective = useStandpoint(selectEffective);
  const documents = useStandpoint(selectDocumentIndex);
  const filters = useStandpoint((s) => s.filters);
  const transposed = useStandpoint((s) => s.transposed);
  const model = useMemo(
    () => buildGridModel(effective, filters, transposed, documents),
    [effective, filters, transposed, documents],
  );

  if (status === 'idle' || status === 'loading') return <DerivationStatus />;
  if (status === 'error' || !effective)
    return (
      <div className="state state--error" role="alert">
        <h2>The matrix could not be loaded</h2>
        <p>{error}</p>
        <button type="button" className="btn" onClick={() => void loadMatrix()}>
          Try again
        </button>
      </div>
    );
  if (effective.documents.length === 0)
    return (
      <>
        <NoDocuments />
        <Problems />
      </>
    );
  // No party or no demand in the vocabulary: nothing to show but why, and the way to define them.
  if (effective.parties.length === 0 || effective.demands.length === 0)
    return (
      <div className="matrix-view">
        <WhyEmpty />
        <Problems />
      </div>
    );
  return (
    <div className="matrix-view">
      <WhyEmpty />
      <Problems />
      {model.rows.length === 0 ? (
        <div className="state">
          <h2>No {model.rowAxis === 'party' ? 'parties' : 'demands'} match the filters</h2>
          <button type="button" className="btn" onClick={useStandpoint.getState().clearFilters}>
            Clear filters
          </button>
        </div>
      ) : (
        <>
          <p className="matrix-view__count small muted num" aria-live="polite">
            {model.rows.length === model.totalRows
              ? `${model.rows.length} ${model.rowAxis === 'party' ? 'parties' : 'demands'}`
              : `${model.rows.length} of ${model.totalRows} ${model.rowAxis === 'party' ? 'parties' : 'demands'}`}{' '}
            × {model.columns.length} {model.rowAxis === 'party' ? 'demands' : 'parties'} · arrows move, Enter
            opens a cell
          </p>
          <MatrixGrid model={model} />
        </>
      )}
    </div>
  );
}

const NO_PROBLEMS: never[] = [];

/** Per-document derivation problems: listed, never swallowed. */
function Problems() {
  const problems = useStandpoint((s) => s.matrix?.problems ?? NO_PROBLEMS);
  const [open, setOpen] = useState(false);
  if (problems.length === 0) return null;
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <div className="problems" role="region" aria-label="Derivation problems">
      <button type="button" className="link" aria-expanded={open} onClick={() => setOpen(!open)}>
        ⚠ {errors} errors and {problems.length - errors} warnings while deriving — {open ? 'hide' : 'show'}
      </button>
      {open && (
        <ul className="problems__list">
          {problems.map((p, i) => (
            <li key={i}>
              <span className={p.severity === 'error' ? 'error-text' : 'muted'}>{p.severity}</span>{' '}
              <code>{p.source}</code>: {withoutSource(p.message, p.source)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Messages often start with their file name already; the list shows it once, as code. */
function withoutSource(message: string, source: string): string {
  return message.startsWith(`${source}: `) ? message.slice(source.length + 2) : message;
}

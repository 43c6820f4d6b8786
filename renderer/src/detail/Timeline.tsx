import { STANCE_GLYPHS, STANCE_LABELS, type StanceAtDate } from '../../../shared/model';
import { formatDate } from '../text/format';

/**
 * The cell's stance by document date: a strip of dated marks, then the dated list. The strip shows
 * change at a glance, so a single date gets the list alone.
 */
export function Timeline({ timeline }: { timeline: StanceAtDate[] }) {
  if (timeline.length === 0) return <p className="muted small">No evidence yet.</p>;
  return (
    <div className="timeline">
      {timeline.length > 1 && (
        <ol className="timeline__strip" aria-hidden="true">
          {timeline.map((t, i) => (
            <li
              key={i}
              className={`stance-chip stance-${t.stance}`}
              title={`${formatDate(t.date)}: ${STANCE_LABELS[t.stance]}`}
            >
              {STANCE_GLYPHS[t.stance]}
            </li>
          ))}
        </ol>
      )}
      <ol className="timeline__list">
        {timeline.map((t, i) => (
          <li key={i}>
            <span className="num timeline__date">{formatDate(t.date)}</span>
            <span className={`stance-chip stance-${t.stance}`}>
              <span aria-hidden="true">{STANCE_GLYPHS[t.stance]}</span> {STANCE_LABELS[t.stance]}
            </span>
            <span className="muted small">
              {t.documents.length} {t.documents.length === 1 ? 'document' : 'documents'}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** In a cell's detail: a change waiting for review (accept/dismiss), and "Mark reviewed". */
import { STANCE_LABELS, type EffectiveCell } from '../../../shared/model';
import { useStandpoint } from '../store';
import { DecisionButtons } from './DecisionButtons';
import { formatTimestamp } from '../text/format';

export function ReviewSection({ cell }: { cell: EffectiveCell }) {
  const apply = useStandpoint((s) => s.applyAnalyst);
  const mark = useStandpoint((s) =>
    (s.analyst?.data.reviewMarks ?? []).find((m) => m.party === cell.party && m.demand === cell.demand),
  );
  const pending = cell.review?.pending ?? null;
  return (
    <section className="detail__section" aria-label="Review" data-testid="review-section">
      {pending && (
        <div className="review-item">
          <p>
            <strong>New evidence waits for review:</strong> {STANCE_LABELS[pending.fromStance]} →{' '}
            {STANCE_LABELS[pending.toStance]}, from {pending.documents.map((d) => `“${d.title}”`).join(', ')}.
            The cell shows {STANCE_LABELS[pending.fromStance]} until you accept.
          </p>
          <DecisionButtons suggestion={pending} />
        </div>
      )}
      <p className="small">
        {mark ? (
          <>
            Reviewed by {mark.author}, {formatTimestamp(mark.updatedAt)} ({STANCE_LABELS[mark.stance]}).{' '}
            <button
              type="button"
              className="link"
              onClick={() => void apply({ type: 'cell:unmark-reviewed', id: mark.id })}
            >
              Remove the mark
            </button>
          </>
        ) : (
          <button
            type="button"
            className="btn btn--quiet"
            title="A new document that changes this cell will then wait for your review"
            onClick={() => void apply({ type: 'cell:mark-reviewed', party: cell.party, demand: cell.demand })}
          >
            ✓ Mark reviewed
          </button>
        )}
      </p>
    </section>
  );
}

import { memo } from 'react';
import { STANCE_GLYPHS, STANCE_LABELS } from '../../../shared/model';
import type { CellView } from '../store/selectors';

/** One cell's face: glyph + word + colour (never colour alone), evidence counts and markers. */
export const StanceCell = memo(function StanceCell({ view }: { view: CellView }) {
  const { cell } = view;
  return (
    <div className={`stance-cell stance-${cell.stance}${view.matches ? '' : ' is-dimmed'}`}>
      <span className="stance-cell__stance">
        <span className="stance-glyph" aria-hidden="true">
          {STANCE_GLYPHS[cell.stance]}
        </span>
        {STANCE_LABELS[cell.stance]}
      </span>
      <span className="stance-cell__meta">
        {view.citations > 0 && (
          <span
            className="num"
            title={`${view.citations} citations from ${view.sources} independent sources`}
          >
            {view.citations}
            <span className="unit">cit</span> {view.sources}
            <span className="unit">src</span>
          </span>
        )}
        {cell.override && (
          <span
            className="marker marker--override"
            title={`Overridden by the analyst (derived: ${STANCE_LABELS[cell.derivedStance]})`}
          >
            ✎
          </span>
        )}
        {cell.review?.pending && (
          <span
            className="marker marker--review"
            title={`New evidence waits for review: ${STANCE_LABELS[cell.review.pending.fromStance]} → ${STANCE_LABELS[cell.review.pending.toStance]}`}
            data-testid="review-marker"
          >
            ⟳
          </span>
        )}
        {cell.notes.length > 0 && (
          <span className="marker marker--note" title={`${cell.notes.length} notes`}>
            ¶{cell.notes.length}
          </span>
        )}
      </span>
    </div>
  );
});

export function describeCell(rowName: string, colName: string, view: CellView | undefined): string {
  if (!view) return `${rowName} × ${colName}: no data`;
  const { cell } = view;
  const parts = [`${rowName} × ${colName}: ${STANCE_LABELS[cell.stance]}`];
  parts.push(`${view.citations} citations from ${view.sources} sources`);
  if (cell.override) parts.push(`overridden, derived ${STANCE_LABELS[cell.derivedStance]}`);
  if (cell.notes.length) parts.push(`${cell.notes.length} notes`);
  if (cell.review?.pending) parts.push('new evidence waits for review');
  if (!view.matches) parts.push('outside the filters');
  return parts.join(', ');
}

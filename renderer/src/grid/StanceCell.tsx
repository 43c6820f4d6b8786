import { memo } from 'react';
import { STANCE_GLYPHS, STANCE_LABELS } from '../../../shared/model';
import type { CellView } from '../store/selectors';
import { plural } from '../text/format';

/** One cell's face: glyph + word + colour (never colour alone), evidence counts and markers. */
export const StanceCell = memo(function StanceCell({ view }: { view: CellView }) {
  const { cell, evidence } = view;
  return (
    <div className={`stance-cell stance-${cell.stance}${view.matches ? '' : ' is-dimmed'}`}>
      <span className="stance-cell__stance">
        <span className="stance-glyph" aria-hidden="true">
          {STANCE_GLYPHS[cell.stance]}
        </span>
        {STANCE_LABELS[cell.stance]}
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
          <span className="marker marker--note" title={plural(cell.notes.length, 'analyst note')}>
            ¶{cell.notes.length}
          </span>
        )}
      </span>
      {evidence.citations > 0 && (
        <span className="stance-cell__meta num" title={evidenceSentence(view)}>
          {/* A narrow column shows the weight that matters most: independent sources. */}
          <span className="stance-cell__long">{plural(evidence.citations, 'citation')} · </span>
          {plural(evidence.sources, 'source')}
        </span>
      )}
    </div>
  );
});

function evidenceSentence({ evidence }: CellView): string {
  return `${plural(evidence.citations, 'citation')} from ${plural(evidence.sources, 'independent source')}`;
}

export function describeCell(rowName: string, colName: string, view: CellView | undefined): string {
  if (!view) return `${rowName} × ${colName}: no data`;
  const { cell } = view;
  const parts = [`${rowName} × ${colName}: ${STANCE_LABELS[cell.stance]}`];
  parts.push(evidenceSentence(view));
  if (cell.override) parts.push(`overridden, derived ${STANCE_LABELS[cell.derivedStance]}`);
  if (cell.notes.length) parts.push(plural(cell.notes.length, 'note'));
  if (cell.review?.pending) parts.push('new evidence waits for review');
  if (!view.matches) parts.push('outside the filters');
  return parts.join(', ');
}

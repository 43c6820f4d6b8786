import { useMemo } from 'react';
import { cellEvidence, evidenceTimeline, summarizeItems } from '../../../shared/analyst/evidence';
import type { EffectiveCell } from '../../../shared/model';
import { useStandpoint } from '../store';
import { selectDocumentIndex } from '../store/selectors';

/** The open cell's evidence as the grid, print and exports count it, and its timeline. */
export function useCellEvidence(cell: EffectiveCell) {
  const documents = useStandpoint(selectDocumentIndex);
  return useMemo(() => {
    const items = cellEvidence(cell, documents);
    return {
      summary: summarizeItems(items, documents),
      timeline: evidenceTimeline(items, documents),
    };
  }, [cell, documents]);
}

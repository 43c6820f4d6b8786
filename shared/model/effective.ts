import type { AnalystCitation, AnchorResolution, CitationRejection, Note, StanceOverride } from './analyst';
import type { MatrixCell, StanceMatrix } from './matrix';
import type { CellReview } from './review';
import type { Stance } from './stance';

/**
 * A matrix cell with the analyst layer laid over it: what the view, print and exports show.
 * `stance` is the effective stance (the override when there is one); `derivedStance` stays visible.
 */
export interface EffectiveCell extends MatrixCell {
  derivedStance: Stance;
  override: StanceOverride | null;
  /** Notes on the cell itself and on its citations. */
  notes: Note[];
  analystCitations: Array<AnalystCitation & { resolution: AnchorResolution }>;
  /** Rejections of this cell's derived citations, by citation key (kept, shown greyed out). */
  rejections: Record<string, CitationRejection>;
  /** What the review queue says about the cell; absent when it says nothing. */
  review?: CellReview;
}

export interface EffectiveMatrix extends Omit<StanceMatrix, 'cells'> {
  cells: EffectiveCell[];
}

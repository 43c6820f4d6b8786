import type { EffectiveCell } from '../../../shared/model';
import { useStandpoint } from '../store';
import { selectCell, selectNames } from '../store/selectors';
import type { CellRef } from '../store/types';
import { EvidenceList } from './EvidenceList';
import { MentionsSection } from './MentionsSection';
import { NotesSection } from './NotesSection';
import { OverrideSection } from './OverrideSection';
import { Timeline } from './Timeline';
import { useCellEvidence } from './useCellEvidence';
import { ReviewSection } from '../workspace/ReviewSection';
import './detail.css';

export function CellDetail({ cellRef }: { cellRef: CellRef }) {
  const cell = useStandpoint((s) => selectCell(s, cellRef));
  const names = useStandpoint(selectNames);
  const party = names.parties.get(cellRef.party) ?? cellRef.party;
  const demand = names.demands.get(cellRef.demand) ?? cellRef.demand;
  if (!cell) return <p className="muted">This cell is no longer in the matrix.</p>;
  // Keyed by cell: a half-typed note or form belongs to the cell it was typed in, never the next one.
  return <CellDetailOf key={`${cell.party}|${cell.demand}`} cell={cell} party={party} demand={demand} />;
}

function CellDetailOf({ cell, party, demand }: { cell: EffectiveCell; party: string; demand: string }) {
  const evidence = useCellEvidence(cell);
  return (
    <div className="detail" data-testid="cell-detail">
      <h2 className="panel__title">
        {party} <span className="muted">×</span> {demand}
      </h2>
      <ReviewSection cell={cell} />
      <OverrideSection cell={cell} evidence={evidence.summary} />
      <section className="detail__section" aria-label="Timeline">
        <h3>Timeline</h3>
        <Timeline timeline={evidence.timeline} />
      </section>
      <NotesSection notes={cell.notes} target={{ kind: 'cell', party: cell.party, demand: cell.demand }} />
      <EvidenceList cell={cell} evidence={evidence.summary} />
      <MentionsSection cell={cell} />
    </div>
  );
}

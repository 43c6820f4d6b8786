/** The review queue: what new documents would change in cells you worked on, and your decisions. */
import { STANCE_LABELS } from '../../../shared/model';
import { Modal } from '../dialogs/Modal';
import { useStandpoint } from '../store';
import { DecisionButtons } from './DecisionButtons';
import { selectNames } from '../store/selectors';
import { formatTimestamp } from '../text/format';
import { pendingSuggestions } from './review-count';
import { AgreementSummary } from './AgreementSummary';

export function ReviewDialog({ onClose }: { onClose: () => void }) {
  const analyst = useStandpoint((s) => s.analyst);
  const names = useStandpoint(selectNames);
  const openDetail = useStandpoint((s) => s.openDetail);
  const pending = pendingSuggestions(analyst);
  const decisions = [...(analyst?.data.reviewDecisions ?? [])].reverse();
  const cellName = (party: string, demand: string) =>
    `${names.parties.get(party) ?? party} × ${names.demands.get(demand) ?? demand}`;
  return (
    <Modal title="Review changes" onClose={onClose} wide>
      <AgreementSummary />
      <section aria-label="Waiting" data-testid="review-waiting">
        {pending.length === 0 ? (
          <p className="muted">
            Nothing waits for review. When a new document changes the stance of a cell you have worked on, the
            change waits here.
          </p>
        ) : (
          <ul className="review-list">
            {pending.map((s) => (
              <li key={s.id} className="review-item">
                <p>
                  <button
                    type="button"
                    className="link"
                    onClick={() => {
                      onClose();
                      openDetail({ party: s.party, demand: s.demand });
                    }}
                  >
                    <strong>{cellName(s.party, s.demand)}</strong>
                  </button>
                  :{' '}
                  <span className={`stance-chip stance-${s.fromStance}`}>{STANCE_LABELS[s.fromStance]}</span>{' '}
                  → <span className={`stance-chip stance-${s.toStance}`}>{STANCE_LABELS[s.toStance]}</span>
                </p>
                <p className="small muted">
                  {s.reason === 'edited' ? 'Edited' : 'New'}:{' '}
                  {s.documents.map((d) => `“${d.title}”`).join(', ')}
                </p>
                <ul className="small">
                  {s.citations.slice(0, 3).map((c) => (
                    <li key={c.key}>
                      <q>{c.quote}</q> ({STANCE_LABELS[c.stance]}, cue “{c.cue}”)
                    </li>
                  ))}
                </ul>
                <DecisionButtons suggestion={s} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {decisions.length > 0 && (
        <section aria-label="History" data-testid="review-history">
          <h3>Decided</h3>
          <ul className="small">
            {decisions.map((d) => (
              <li key={d.id}>
                {d.decision === 'accepted' ? 'Accepted' : 'Dismissed'} {cellName(d.party, d.demand)}:{' '}
                {STANCE_LABELS[d.fromStance]} → {STANCE_LABELS[d.toStance]} ({d.documents.join(', ')}) —{' '}
                {d.author}, {formatTimestamp(d.createdAt)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </Modal>
  );
}

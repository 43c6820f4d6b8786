/** Accept or dismiss one suggested change: an analyst action, so it is kept, in the history and undoable. */
import { STANCE_LABELS, type Suggestion } from '../../../shared/model';
import { useStandpoint } from '../store';

export function DecisionButtons({ suggestion }: { suggestion: Suggestion }) {
  const apply = useStandpoint((s) => s.applyAnalyst);
  const decide = (decision: 'accepted' | 'dismissed') =>
    void apply({ type: 'review:decide', suggestionId: suggestion.id, decision });
  return (
    <div className="form__actions">
      <button type="button" className="btn btn--primary" onClick={() => decide('accepted')}>
        Accept
      </button>
      <button type="button" className="btn" onClick={() => decide('dismissed')}>
        Dismiss (keep {STANCE_LABELS[suggestion.fromStance]})
      </button>
    </div>
  );
}

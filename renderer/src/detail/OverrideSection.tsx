import { InlineForm } from '../controls/InlineForm';
import { StanceSelect } from '../controls/StanceSelect';
import { useState } from 'react';
import { STANCE_GLYPHS, STANCE_LABELS, type EffectiveCell, type Stance } from '../../../shared/model';
import { useStandpoint } from '../store';
import type { EvidenceSummary } from '../../../shared/analyst/evidence';
import { formatTimestamp, plural } from '../text/format';
import { AuthorField } from '../controls/AuthorField';
import { useAuthorGate } from './useAuthorGate';

/** The stance, the derived stance beside any override, and the override form (rationale required). */
export function OverrideSection({ cell, evidence }: { cell: EffectiveCell; evidence: EvidenceSummary }) {
  const apply = useStandpoint((s) => s.applyAnalyst);
  const gate = useAuthorGate();
  const [editing, setEditing] = useState(false);
  const [stance, setStance] = useState<Stance>(cell.override?.stance ?? cell.stance);
  const [rationale, setRationale] = useState(cell.override?.rationale ?? '');
  const [tried, setTried] = useState(false);
  const o = cell.override;

  const save = async () => {
    setTried(true);
    if (!rationale.trim() || !(await gate.ensure())) return;
    const ok = await apply({
      type: 'override:set',
      party: cell.party,
      demand: cell.demand,
      stance,
      rationale: rationale.trim(),
    });
    if (ok) setEditing(false);
  };

  return (
    <section className="detail__section" aria-label="Stance and override">
      <div className="stance-line">
        <span className={`stance-chip stance-chip--big stance-${cell.stance}`} data-testid="effective-stance">
          <span aria-hidden="true">{STANCE_GLYPHS[cell.stance]}</span> {STANCE_LABELS[cell.stance]}
        </span>
        {o ? (
          <span className="small">
            analyst override · derived:{' '}
            <span className={`stance-chip stance-${cell.derivedStance}`} data-testid="derived-stance">
              <span aria-hidden="true">{STANCE_GLYPHS[cell.derivedStance]}</span>{' '}
              {STANCE_LABELS[cell.derivedStance]}
            </span>
          </span>
        ) : evidence.citations === 0 && cell.citations.length > 0 && cell.stance !== 'none' ? (
          // The derived stance stands until overridden, but nothing the analyst accepts backs it.
          <span className="small unbacked" data-testid="unbacked-stance">
            derived from {plural(cell.citations.length, 'citation')}, all rejected: override the stance to say
            what the sources show
          </span>
        ) : (
          <span className="small muted">
            backed by {plural(evidence.citations, 'citation')} · confidence{' '}
            {Math.round(cell.confidence * 100)}%
          </span>
        )}
      </div>
      {o && !editing && (
        <div className="override">
          <p className="override__rationale" data-testid="override-rationale">
            “{o.rationale}”
          </p>
          <p className="small muted">
            {o.author || 'Unknown analyst'}, {formatTimestamp(o.updatedAt)}
          </p>
        </div>
      )}
      {editing ? (
        <InlineForm submitLabel="Save override" onSubmit={save} onCancel={() => setEditing(false)}>
          <StanceSelect label="Overriding stance" value={stance} onChange={setStance} />
          <label>
            Rationale (required)
            <textarea
              value={rationale}
              onChange={(e) => setRationale(e.target.value)}
              aria-invalid={tried && !rationale.trim()}
              placeholder="Why the derived stance is wrong"
              autoFocus
            />
          </label>
          {tried && !rationale.trim() && (
            <p className="error-text small">Say why you override the derivation.</p>
          )}
          <AuthorField gate={gate} />
        </InlineForm>
      ) : (
        <div className="form__actions">
          <button
            type="button"
            className="btn"
            onClick={() => {
              setStance(o?.stance ?? cell.stance);
              setRationale(o?.rationale ?? '');
              setTried(false);
              setEditing(true);
            }}
          >
            ✎ {o ? 'Edit override' : 'Override stance…'}
          </button>
          {o && (
            <button
              type="button"
              className="btn btn--danger"
              onClick={() => void apply({ type: 'override:delete', id: o.id })}
            >
              Remove override
            </button>
          )}
        </div>
      )}
    </section>
  );
}

import { InlineForm } from '../controls/InlineForm';
import { StanceSelect } from '../controls/StanceSelect';
import { useState } from 'react';
import {
  sourceName,
  STANCE_GLYPHS,
  STANCE_LABELS,
  type EffectiveCell,
  type MatrixDocument,
  type Stance,
} from '../../../shared/model';
import { useStandpoint } from '../store';
import { formatDate } from '../text/format';

type AnalystCitationItem = EffectiveCell['analystCitations'][number];

/** One citation an analyst attached: its quote, anchoring state, and inline edit of stance and comment. */
export function AnalystCitationCard({
  citation: c,
  doc,
}: {
  citation: AnalystCitationItem;
  doc?: MatrixDocument;
}) {
  const apply = useStandpoint((s) => s.applyAnalyst);
  const openReader = useStandpoint((s) => s.openReader);
  const [editing, setEditing] = useState(false);
  const [stance, setStance] = useState<Stance>(c.stance);
  const [comment, setComment] = useState(c.comment);
  const orphaned = c.resolution.status === 'orphaned';

  const save = async () => {
    if (await apply({ type: 'citation:update', id: c.id, stance, comment: comment.trim() }))
      setEditing(false);
  };

  return (
    <div className={`citation${orphaned ? ' is-orphaned' : ''}`} data-testid="analyst-citation">
      <p className="citation__why small">
        <span className={`stance-chip stance-${c.stance}`}>
          <span aria-hidden="true">{STANCE_GLYPHS[c.stance]}</span> {STANCE_LABELS[c.stance]}
        </span>{' '}
        {c.author || 'Unknown analyst'} · {doc ? sourceName(doc) : c.anchor.document},{' '}
        {formatDate(doc?.published)}
        {orphaned && (
          <strong className="error-text"> · orphaned: the quote is no longer in the source</strong>
        )}
        {c.resolution.status === 'reanchored' && (
          <span className="muted"> · re-anchored after a text change</span>
        )}
      </p>
      <blockquote className="citation__quote">
        <mark className={`quote-mark stance-${c.stance}`}>{c.anchor.quote}</mark>
      </blockquote>
      {editing ? (
        <InlineForm submitLabel="Save citation" onSubmit={save} onCancel={() => setEditing(false)}>
          <StanceSelect label="Stance this quote shows" value={stance} onChange={setStance} />
          <label>
            Comment
            <textarea value={comment} onChange={(e) => setComment(e.target.value)} autoFocus />
          </label>
        </InlineForm>
      ) : (
        <>
          {c.comment && <p className="small">{c.comment}</p>}
          <div className="citation__actions">
            {!orphaned && (
              <button
                type="button"
                className="link"
                onClick={() =>
                  openReader(c.anchor.document, { start: c.resolution.start, end: c.resolution.end })
                }
              >
                Open source at quote
              </button>
            )}
            <button
              type="button"
              className="link"
              onClick={() => {
                setStance(c.stance);
                setComment(c.comment);
                setEditing(true);
              }}
            >
              Edit…
            </button>
            <button
              type="button"
              className="link btn--danger"
              onClick={() => void apply({ type: 'citation:delete', id: c.id })}
            >
              Remove
            </button>
          </div>
        </>
      )}
    </div>
  );
}

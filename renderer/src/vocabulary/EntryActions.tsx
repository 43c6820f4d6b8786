import { useState } from 'react';
import type { EntryStatus } from '../../../shared/vocabulary/entries';
import { ProblemList, RefusedChange } from './controls';

/**
 * Save (the editor's form submits), revert to the file, remove (asking first) or restore one entry, and main's answer when a
 * change was refused. The entry's own fields are the editor's.
 */
export function EntryActions({
  what,
  name,
  status,
  dirty,
  problems,
  error,
  onRevert,
  onRemove,
}: {
  what: 'party' | 'demand';
  name: string;
  status: EntryStatus;
  dirty: boolean;
  problems: readonly string[];
  error: string | null;
  onRevert: () => void;
  onRemove: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  if (status === 'removed')
    return (
      <div className="form__actions">
        <button type="button" className="btn btn--primary" onClick={onRevert}>
          Restore {what}
        </button>
        <RefusedChange error={error} verb="Not restored" />
      </div>
    );
  return (
    <>
      <ProblemList problems={problems} label="What keeps this from being saved" />
      <RefusedChange error={error} />
      {confirming ? (
        <div className="entry-confirm" role="alertdialog" aria-label={`Remove ${name}?`}>
          <p>
            Remove the {what} “{name}” from the vocabulary and the matrix? Notes, overrides and citations on
            it are kept and come back if you restore it or undo.
          </p>
          <div className="form__actions">
            <button
              type="button"
              className="btn btn--danger"
              onClick={() => {
                setConfirming(false);
                onRemove();
              }}
            >
              Remove {what}
            </button>
            <button type="button" className="btn" autoFocus onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
        </div>
      ) : (
        <div className="form__actions">
          <button type="submit" className="btn btn--primary" disabled={!dirty || problems.length > 0}>
            Save and derive again
          </button>
          {status === 'edited' && (
            <button type="button" className="btn" onClick={onRevert}>
              Revert to ontology.json
            </button>
          )}
          <button type="button" className="btn btn--danger" onClick={() => setConfirming(true)}>
            Remove {what}…
          </button>
          {dirty && <span className="small muted">Unsaved changes</span>}
        </div>
      )}
    </>
  );
}

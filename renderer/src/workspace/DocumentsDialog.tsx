/**
 * The workspace's documents: what each contributes, its problems, and Remove (asked first). The
 * analyst's items that pointed into a removed document stay, listed here as orphans.
 */
import { useCallback, useEffect, useState } from 'react';
import type { RequestReply } from '../../../shared/ipc/contract';
import { Modal } from '../dialogs/Modal';
import { platform } from '../platform';
import { useStandpoint } from '../store';
import { messageOf } from '../store/matrix.slice';
import { plural } from '../text/format';

type Listing = RequestReply<'documents:list'>;

export function DocumentsDialog({ onClose }: { onClose: () => void }) {
  const refresh = useStandpoint((s) => s.refreshAfterDocuments);
  const open = useStandpoint((s) => s.setWorkspaceDialog);
  const [listing, setListing] = useState<Listing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<string | null>(null);
  const load = useCallback(
    () => platform['documents:list']({}).then(setListing, (e: unknown) => setError(messageOf(e))),
    [],
  );
  useEffect(() => {
    void load();
  }, [load]);
  const remove = async (id: string) => {
    try {
      await platform['document:remove']({ id });
      setConfirm(null);
      await Promise.all([load(), refresh()]);
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <Modal title="Documents" onClose={onClose} wide>
      {error && (
        <p className="error-text small" role="alert">
          {error}
        </p>
      )}
      {listing && (
        <>
          <p className="small muted">
            {plural(listing.documents.length, 'document')}.{' '}
            {!listing.readOnly && (
              <button type="button" className="link" onClick={() => open('import')}>
                Add documents…
              </button>
            )}
          </p>
          <table className="documents-table" data-testid="documents-table">
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Outlet</th>
                <th scope="col">Published</th>
                <th scope="col">Lang.</th>
                <th scope="col" className="num">
                  Citations
                </th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {listing.documents.map((d) => (
                <tr key={d.id}>
                  <td>
                    {d.title}
                    {d.translationOf && (
                      <span className="small muted"> (translation of {d.translationOf})</span>
                    )}
                    {d.problems.map((p) => (
                      <div key={p} className="small warnings">
                        ⚠ {p}
                      </div>
                    ))}
                  </td>
                  <td>{d.outlet ?? '—'}</td>
                  <td className="num">{d.published ?? 'undated'}</td>
                  <td>{d.language}</td>
                  <td className="num">{d.citations}</td>
                  <td>
                    {!listing.readOnly &&
                      (confirm === d.id ? (
                        <span className="small">
                          Remove it? Your notes and citations in it are kept.{' '}
                          <button type="button" className="btn btn--danger" onClick={() => void remove(d.id)}>
                            Remove
                          </button>{' '}
                          <button type="button" className="btn" onClick={() => setConfirm(null)}>
                            Keep
                          </button>
                        </span>
                      ) : (
                        <button
                          type="button"
                          className="btn btn--quiet"
                          aria-label={`Remove ${d.title}`}
                          onClick={() => setConfirm(d.id)}
                        >
                          Remove…
                        </button>
                      ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {listing.orphans.length > 0 && (
            <section className="orphans">
              <h3>Your work whose source is gone ({listing.orphans.length})</h3>
              <p className="small muted">
                Kept, never deleted: delete them yourself if they are no longer needed.
              </p>
              <ul>
                {listing.orphans.map((o) => (
                  <li key={o.id} className="small">
                    <strong>{o.kind}</strong>: {o.text} — {o.why}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </Modal>
  );
}

/**
 * A folder, typed or chosen. Under Electron "Choose…" opens the system's folder dialog (in main);
 * in browser mode the page cannot open one for the server, so the folders are listed here through
 * the loopback bridge and the analyst walks to the one they want.
 */
import { useEffect, useState } from 'react';
import type { RequestReply } from '../../../shared/ipc/contract';
import { platform } from '../platform';
import { messageOf } from '../store/matrix.slice';
import { useStandpoint } from '../store';

type Listing = RequestReply<'folder:list'>;

export function FolderField({
  label,
  value,
  onChange,
  purpose,
}: {
  label: string;
  value: string;
  onChange: (path: string) => void;
  purpose: 'open' | 'create' | 'copy';
}) {
  const native = useStandpoint((s) => s.workspace?.nativeDialogs ?? false);
  const [browsing, setBrowsing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="folder-field">
      <label>
        {label}
        <span className="folder-field__row">
          <input
            type="text"
            value={value}
            onChange={(e) => onChange(e.target.value)}
            placeholder="/path/to/folder"
            spellCheck={false}
          />
          <button
            type="button"
            className="btn"
            onClick={async () => {
              setError(null);
              if (!native) return setBrowsing((b) => !b);
              try {
                const { path } = await platform['workspace:choose-folder']({ purpose });
                if (path) onChange(path);
              } catch (e) {
                setError(messageOf(e));
              }
            }}
          >
            {native ? 'Choose…' : browsing ? 'Hide folders' : 'Browse…'}
          </button>
        </span>
      </label>
      {error && <p className="error-text small">{error}</p>}
      {browsing && <FolderBrowser start={value} onPick={(p) => onChange(p)} />}
    </div>
  );
}

function FolderBrowser({ start, onPick }: { start: string; onPick: (path: string) => void }) {
  const [listing, setListing] = useState<Listing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const go = (path?: string) =>
    platform['folder:list']({ path }).then(
      (l) => {
        setListing(l);
        setError(null);
        onPick(l.path);
      },
      (e: unknown) => setError(messageOf(e)),
    );
  useEffect(() => {
    void go(start || undefined);
    // Only the first listing follows the typed path; after that the analyst walks.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <div className="folder-browser" data-testid="folder-browser">
      {error && <p className="error-text small">{error}</p>}
      {listing && (
        <>
          <p className="small">
            <code className="path">{listing.path}</code>
          </p>
          <ul className="folder-browser__list">
            {listing.parent && (
              <li>
                <button type="button" className="link" onClick={() => void go(listing.parent!)}>
                  ↑ Up
                </button>
              </li>
            )}
            {listing.folders.map((f) => (
              <li key={f.path}>
                <button type="button" className="link" onClick={() => void go(f.path)}>
                  📁 {f.name}
                </button>
                {f.isWorkspace && <span className="small muted"> (workspace)</span>}
              </li>
            ))}
            {listing.folders.length === 0 && <li className="small muted">No folders here.</li>}
          </ul>
        </>
      )}
    </div>
  );
}

/**
 * What the app is doing while the matrix is derived: how many documents of how many, polled from
 * main (a first start on a large corpus derives every document once; later starts read a cache).
 */
import { useEffect, useState } from 'react';
import type { RequestReply } from '../../../shared/ipc/contract';
import { platform } from '../platform';
import { plural } from '../text/format';

const POLL_MS = 400;

export function DerivationStatus() {
  const [progress, setProgress] = useState<RequestReply<'matrix:progress'> | null>(null);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const reply = await platform['matrix:progress']({});
        if (!stopped) setProgress(reply);
      } catch {
        // A missed poll only delays the figure; the matrix request reports real failures.
      }
      if (!stopped) timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);
  const counting = progress?.deriving && progress.total > 0;
  return (
    <div className="state" role="status" data-testid="derivation-status">
      <div className="spinner" aria-hidden="true" />
      {counting ? (
        <>
          <span>
            Deriving the stance matrix: {progress.done.toLocaleString('en')} of{' '}
            {plural(progress.total, 'document')}…
          </span>
          <progress max={progress.total} value={progress.done} aria-label="Documents derived" />
        </>
      ) : (
        'Deriving the stance matrix from the corpus…'
      )}
    </div>
  );
}

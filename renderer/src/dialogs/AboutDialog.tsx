import { useEffect, useState } from 'react';
import type { RequestReply } from '../../../shared/ipc/contract';
import { platform } from '../platform';
import { messageOf } from '../store/matrix.slice';
import { Modal } from './Modal';

/** What this copy of Standpoint is and where it keeps the analyst's work. */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const [info, setInfo] = useState<RequestReply<'app:info'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    platform['app:info']({}).then(setInfo, (e: unknown) => setError(messageOf(e)));
  }, []);
  return (
    <Modal title="About Standpoint" onClose={onClose}>
      <p>Standpoint tracks who stands where in a negotiation: a cited demand-by-party stance matrix.</p>
      <p className="muted small">
        Offline. Your notes and overrides are stored apart from the derived matrix.
      </p>
      {error && <p className="error-text small">{error}</p>}
      {info && (
        <dl className="facts small" data-testid="about-info">
          <dt>Version</dt>
          <dd>
            {info.version} ({info.transport === 'electron' ? 'desktop app' : 'browser mode'})
          </dd>
          <dt>Corpus</dt>
          <dd>
            <code>{info.corpusDir}</code>
          </dd>
          <dt>Your work</dt>
          <dd>
            <code>{info.dataDir}</code>
          </dd>
        </dl>
      )}
    </Modal>
  );
}

import { useEffect, useState } from 'react';
import type { RequestReply } from '../../../shared/ipc/contract';
import { formatPrintedAt } from '../../../shared/export/text';
import { platform } from '../platform';
import { messageOf } from '../store/matrix.slice';

type SnapshotList = RequestReply<'snapshots:list'>;

/** "Save as a snapshot named …" and "Include what changed since …" for a briefing. */
export function SnapshotFields({
  saveAs,
  onSaveAs,
  since,
  onSince,
}: {
  saveAs: string;
  onSaveAs: (name: string) => void;
  since: string;
  onSince: (id: string) => void;
}) {
  const [list, setList] = useState<SnapshotList | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    platform['snapshots:list']({}).then(setList, (e: unknown) => setError(messageOf(e)));
  }, []);
  return (
    <fieldset className="choice-list snapshot-fields">
      <legend>Briefing snapshots</legend>
      <label>
        Save this briefing as a snapshot named (optional)
        <input
          type="text"
          value={saveAs}
          onChange={(e) => onSaveAs(e.target.value)}
          maxLength={120}
          placeholder="e.g. Weekly brief, 14 Jan"
        />
      </label>
      <label>
        Include what changed since
        <select value={since} onChange={(e) => onSince(e.target.value)} disabled={!list?.snapshots.length}>
          <option value="">{list?.snapshots.length ? 'Do not compare' : 'No snapshot saved yet'}</option>
          {list?.snapshots.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({formatPrintedAt(s.createdAt)})
            </option>
          ))}
        </select>
      </label>
      {[...(list?.problems ?? []), ...(error ? [error] : [])].map((p) => (
        <p key={p} className="error-text small">
          {p}
        </p>
      ))}
    </fieldset>
  );
}

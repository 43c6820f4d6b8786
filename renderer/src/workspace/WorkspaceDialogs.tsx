/** New workspace, Open workspace (with recent ones and the example), Save a copy as workspace. */
import { useState, type FormEvent } from 'react';
import { Modal } from '../dialogs/Modal';
import { platform } from '../platform';
import { useStandpoint } from '../store';
import { messageOf } from '../store/matrix.slice';
import { FolderField } from './FolderField';
import { FormFooter } from './FormFooter';
import { reloadForWorkspace } from './workspace.slice';

function NameField({
  value,
  onChange,
  placeholder,
}: {
  value: string;
  onChange: (v: string) => void;
  placeholder?: string;
}) {
  return (
    <label>
      Name
      <input
        type="text"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        maxLength={200}
        placeholder={placeholder}
        required
      />
    </label>
  );
}

function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = (work: () => Promise<unknown>) => async (e?: FormEvent) => {
    e?.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await work();
      reloadForWorkspace();
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };
  return { busy, error, run };
}

export function NewWorkspaceDialog({ onClose }: { onClose: () => void }) {
  const [name, setName] = useState('');
  const [folder, setFolder] = useState('');
  const [template, setTemplate] = useState<'empty' | 'russia-west'>('empty');
  const { busy, error, run } = useSubmit();
  return (
    <Modal title="New workspace" onClose={onClose} wide>
      <form
        className="form"
        onSubmit={run(() =>
          platform['workspace:create']({ path: folder.trim(), name: name.trim(), template }),
        )}
      >
        <p className="small muted">
          A workspace is one negotiation: its documents, its parties and demands, and your work on them, in
          one folder.
        </p>
        <NameField value={name} onChange={setName} placeholder="e.g. EU–China trade dispute" />
        <FolderField label="Folder (new or empty)" value={folder} onChange={setFolder} purpose="create" />
        <fieldset className="form__row form__row--choices">
          <legend>Start from</legend>
          <label>
            <input
              type="radio"
              name="template"
              checked={template === 'empty'}
              onChange={() => setTemplate('empty')}
            />{' '}
            An empty negotiation (no parties or demands yet)
          </label>
          <label>
            <input
              type="radio"
              name="template"
              checked={template === 'russia-west'}
              onChange={() => setTemplate('russia-west')}
            />{' '}
            The Russia–West security demands (parties, demands and cues of the example)
          </label>
        </fieldset>
        <FormFooter
          error={error}
          submit={busy ? 'Creating…' : 'Create workspace'}
          disabled={busy || !name.trim() || !folder.trim()}
          onCancel={onClose}
        ></FormFooter>
      </form>
    </Modal>
  );
}

export function OpenWorkspaceDialog({ onClose }: { onClose: () => void }) {
  const workspace = useStandpoint((s) => s.workspace);
  const [folder, setFolder] = useState('');
  const { busy, error, run } = useSubmit();
  const recent = (workspace?.recent ?? []).filter((r) => r.path !== workspace?.root);
  return (
    <Modal title="Open workspace" onClose={onClose} wide>
      <form className="form" onSubmit={run(() => platform['workspace:open']({ path: folder.trim() }))}>
        {recent.length > 0 && (
          <section>
            <h3 className="small">Recent</h3>
            <ul className="recent-list">
              {recent.map((r) => (
                <li key={r.path}>
                  <button
                    type="button"
                    className="link"
                    disabled={busy}
                    onClick={() => void run(() => platform['workspace:open']({ path: r.path }))()}
                  >
                    {r.name}
                  </button>{' '}
                  <code className="path small muted">{r.path}</code>
                </li>
              ))}
            </ul>
          </section>
        )}
        <FolderField label="Workspace folder" value={folder} onChange={setFolder} purpose="open" />
        <FormFooter error={error} submit={'Open'} disabled={busy || !folder.trim()} onCancel={onClose}>
          {workspace?.kind !== 'example' && (
            <button
              type="button"
              className="btn"
              disabled={busy}
              onClick={() => void run(() => platform['workspace:open']({ example: true }))()}
            >
              Open the example
            </button>
          )}
        </FormFooter>
      </form>
    </Modal>
  );
}

export function CopyWorkspaceDialog({ onClose }: { onClose: () => void }) {
  const workspace = useStandpoint((s) => s.workspace);
  const [name, setName] = useState(workspace ? workspace.name.replace(/ \(example\)$/, '') : '');
  const [folder, setFolder] = useState('');
  const { busy, error, run } = useSubmit();
  return (
    <Modal title="Save a copy as workspace" onClose={onClose} wide>
      <form
        className="form"
        onSubmit={run(() => platform['workspace:copy']({ path: folder.trim(), name: name.trim() }))}
      >
        <p className="small muted">
          The copy holds this workspace’s documents, parties and demands, and your work on them; you can add
          documents to it. The copy opens when it is made.
        </p>
        <label>
          Name
          <input
            type="text"
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={200}
            required
          />
        </label>
        <FolderField label="Folder (new or empty)" value={folder} onChange={setFolder} purpose="copy" />
        <FormFooter
          error={error}
          submit={busy ? 'Copying…' : 'Save copy and open it'}
          disabled={busy || !name.trim() || !folder.trim()}
          onCancel={onClose}
        ></FormFooter>
      </form>
    </Modal>
  );
}

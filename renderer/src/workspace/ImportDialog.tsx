/**
 * Add documents: every file is read by main (text extracted, metadata prefilled, duplicates and
 * likely translations found) with progress and Cancel; then the analyst confirms title, outlet,
 * author, date, language and translationOf per file and adds them. A file that fails is listed
 * with its reason; the others go on.
 */
import { useEffect, useRef, useState } from 'react';
import type { RequestArgs } from '../../../shared/ipc/contract';
import { Modal } from '../dialogs/Modal';
import { platform } from '../platform';
import { useStandpoint } from '../store';
import { messageOf } from '../store/matrix.slice';
import { plural } from '../text/format';
import { uploadFile, type Prepared } from './read-files';
import type { ImportSource } from './workspace.slice';

type Meta = RequestArgs<'import:add'>['items'][number]['meta'];
type Ready = Extract<Prepared, { ok: true }>;
const ACCEPT = '.txt,.md,.html,.htm,.pdf,.docx';
const BATCH = 25;

interface Row {
  prepared: Prepared;
  meta: Meta | null;
  include: boolean;
}

export function ImportDialog({ onClose }: { onClose: () => void }) {
  const source = useStandpoint((s) => s.importSource);
  const startImport = useStandpoint((s) => s.startImport);
  const native = useStandpoint((s) => s.workspace?.nativeDialogs ?? false);
  const documents = useStandpoint((s) => s.matrix?.documents ?? []);
  const refresh = useStandpoint((s) => s.refreshAfterDocuments);
  const [rows, setRows] = useState<Row[]>([]);
  const [phase, setPhase] = useState<'choose' | 'reading' | 'confirm' | 'adding' | 'done'>(
    source ? 'reading' : 'choose',
  );
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [selected, setSelected] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<{ added: string[]; refused: string[]; suggestions: number } | null>(
    null,
  );
  const cancelled = useRef(false);

  const close = () => {
    cancelled.current = true;
    const leftover = rows.filter((r) => r.prepared.ok && phase !== 'done').map((r) => r.prepared.stagedId);
    if (leftover.length) void platform['import:discard']({ stagedIds: leftover });
    useStandpoint.setState({ importSource: null });
    onClose();
  };

  useEffect(() => {
    if (!source) return;
    cancelled.current = false;
    void read(source);
    // A new source starts a new reading; the functions it uses are stable for it.
  }, [source]);

  async function read(from: ImportSource) {
    setPhase('reading');
    setRows([]);
    const total = from.kind === 'files' ? from.files.length : from.staged.length;
    setProgress({ done: 0, total });
    const out: Row[] = [];
    for (let i = 0; i < total && !cancelled.current; i++) {
      let prepared: Prepared;
      const name = from.kind === 'files' ? from.files[i]!.name : from.staged[i]!.name;
      try {
        const stagedId =
          from.kind === 'files'
            ? await uploadFile(from.files[i]!, () => cancelled.current)
            : from.staged[i]!.stagedId;
        if (!stagedId) break;
        prepared = await platform['import:prepare']({ stagedId });
      } catch (e) {
        prepared = { ok: false, stagedId: '', fileName: name, error: `${name}: ${messageOf(e)}` };
      }
      out.push({
        prepared,
        meta: prepared.ok ? { ...prepared.proposed } : null,
        include: prepared.ok && !prepared.duplicateOf,
      });
      setProgress({ done: i + 1, total });
      if (i % 10 === 9 || i === total - 1) setRows([...out]);
    }
    setRows([...out]);
    setPhase(cancelled.current ? 'choose' : 'confirm');
  }

  async function add() {
    const chosen = rows.filter((r) => r.include && r.prepared.ok && r.meta);
    setPhase('adding');
    setProgress({ done: 0, total: chosen.length });
    const summary = { added: [] as string[], refused: [] as string[], suggestions: 0 };
    try {
      for (let i = 0; i < chosen.length && !cancelled.current; i += BATCH) {
        const items = chosen
          .slice(i, i + BATCH)
          .map((r) => ({ stagedId: r.prepared.stagedId, meta: r.meta! }));
        const reply = await platform['import:add']({ items });
        summary.added.push(...reply.added.map((a) => a.title));
        summary.refused.push(...reply.refused.map((r) => `${r.fileName}: ${r.reason}`));
        summary.suggestions += reply.suggestions;
        setProgress({ done: Math.min(i + BATCH, chosen.length), total: chosen.length });
      }
    } catch (e) {
      setError(messageOf(e));
    }
    setResult(summary);
    setPhase('done');
    await refresh();
  }

  const update = (i: number, patch: Partial<Meta>) =>
    setRows((all) => all.map((r, k) => (k === i && r.meta ? { ...r, meta: { ...r.meta, ...patch } } : r)));
  const row = rows[selected];
  const failed = rows.filter((r) => !r.prepared.ok);
  const batchIds = rows.filter((r) => r.prepared.ok && r.include).map((r) => r.meta!);

  return (
    <Modal title="Add documents" onClose={close} wide>
      <div className="import" data-testid="import-dialog">
        {phase === 'choose' && (
          <div className="import__choose">
            <p>
              Add articles as .txt, .md, .html, .pdf or .docx files. You can also drop files anywhere on the
              window.
            </p>
            {native ? (
              <button
                type="button"
                className="btn btn--primary"
                onClick={async () => {
                  try {
                    const { files } = await platform['import:choose-files']({});
                    if (files.length) startImport({ kind: 'staged', staged: files });
                  } catch (e) {
                    setError(messageOf(e));
                  }
                }}
              >
                Choose files…
              </button>
            ) : (
              <label className="btn btn--primary">
                Choose files…
                <input
                  type="file"
                  multiple
                  accept={ACCEPT}
                  className="visually-hidden"
                  data-testid="import-files"
                  onChange={(e) =>
                    e.target.files?.length && startImport({ kind: 'files', files: [...e.target.files] })
                  }
                />
              </label>
            )}
          </div>
        )}
        {(phase === 'reading' || phase === 'adding') && (
          <div className="import__progress" role="status">
            <p>
              {phase === 'reading' ? 'Reading' : 'Adding'} {progress.done} of {progress.total}…
            </p>
            <progress max={progress.total || 1} value={progress.done} />
            <button
              type="button"
              className="btn"
              onClick={() => {
                cancelled.current = true;
              }}
            >
              Cancel
            </button>
          </div>
        )}
        {phase === 'confirm' && (
          <div className="import__confirm">
            <ul className="import__files" aria-label="Files">
              {rows.map((r, i) => (
                <li key={i} className={i === selected ? 'is-selected' : ''}>
                  <label className="import__include">
                    <input
                      type="checkbox"
                      aria-label={`Add ${r.prepared.fileName}`}
                      checked={r.include}
                      disabled={!r.prepared.ok}
                      onChange={(e) =>
                        setRows((all) =>
                          all.map((x, k) => (k === i ? { ...x, include: e.target.checked } : x)),
                        )
                      }
                    />
                  </label>
                  <button type="button" className="link import__file" onClick={() => setSelected(i)}>
                    {statusGlyph(r.prepared)} {r.prepared.fileName}
                  </button>
                </li>
              ))}
            </ul>
            <div className="import__detail">
              {row && !row.prepared.ok && <p className="error-text">{row.prepared.error}</p>}
              {row?.prepared.ok && row.meta && (
                <FileForm
                  prepared={row.prepared}
                  meta={row.meta}
                  onChange={(patch) => update(selected, patch)}
                  documents={documents}
                  batch={batchIds}
                />
              )}
            </div>
          </div>
        )}
        {phase === 'confirm' && failed.length > 0 && (
          <p className="small error-text">
            {failed.length === 1 ? '1 file' : `${failed.length} files`} could not be read and will not be
            added (see each for the reason).
          </p>
        )}
        {phase === 'done' && result && (
          <div className="import__result" role="status" data-testid="import-result">
            <p>
              Added {plural(result.added.length, 'document')}.
              {result.suggestions > 0 &&
                ` ${plural(result.suggestions, 'change')} to cells you worked on ${result.suggestions === 1 ? 'waits' : 'wait'} in Review.`}
            </p>
            {result.refused.length > 0 && (
              <ul className="small">
                {result.refused.map((r) => (
                  <li key={r}>Not added: {r}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        {error && (
          <p className="error-text small" role="alert">
            {error}
          </p>
        )}
        <div className="form__actions">
          {phase === 'confirm' && (
            <button
              type="button"
              className="btn btn--primary"
              disabled={!rows.some((r) => r.include)}
              onClick={() => void add()}
            >
              Add {plural(rows.filter((r) => r.include).length, 'document')}
            </button>
          )}
          <button type="button" className="btn" onClick={close}>
            {phase === 'done' ? 'Close' : 'Cancel'}
          </button>
        </div>
      </div>
    </Modal>
  );
}

function statusGlyph(p: Prepared): string {
  if (!p.ok) return '✕';
  if (p.duplicateOf) return '⧉';
  if (p.resembles.length) return '≈';
  if (p.warnings.length) return '⚠';
  return '✓';
}

function FileForm({
  prepared,
  meta,
  onChange,
  documents,
  batch,
}: {
  prepared: Ready;
  meta: Meta;
  onChange: (patch: Partial<Meta>) => void;
  documents: Array<{ id: string; title: string }>;
  batch: Meta[];
}) {
  const others = [
    ...documents,
    ...batch.filter((b) => b.id !== meta.id).map((b) => ({ id: b.id, title: `${b.title} (in this import)` })),
  ];
  const field = (key: 'title' | 'outlet' | 'author', label: string) => (
    <label>
      {label}
      <input
        type="text"
        value={meta[key] ?? ''}
        onChange={(e) => onChange({ [key]: key === 'title' ? e.target.value : e.target.value || null })}
      />
      {prepared.sources[key] && <span className="small muted"> from {prepared.sources[key]}</span>}
    </label>
  );
  return (
    <div className="form" data-testid="import-file-form">
      <p className="small muted">
        {prepared.fileName} · {prepared.format.toUpperCase()} · {prepared.characters.toLocaleString('en')}{' '}
        characters
      </p>
      {prepared.duplicateOf && (
        <p className="error-text small" role="alert">
          The same text is already in the workspace as “{prepared.duplicateOf.title}” (
          {prepared.duplicateOf.id}); it will not be added.
        </p>
      )}
      {prepared.resembles.map((r) => (
        <p key={r.id} className="import__resembles small" data-testid="resembles">
          {r.kind === 'translation' ? 'Looks like a translation of' : 'Nearly the same as'} “{r.title}”:{' '}
          {r.reasons.join('; ')}.{' '}
          {meta.translationOf !== r.id ? (
            <button type="button" className="btn" onClick={() => onChange({ translationOf: r.id })}>
              Link as translation of it
            </button>
          ) : (
            <strong>Linked as its translation.</strong>
          )}
        </p>
      ))}
      {prepared.warnings.map((w) => (
        <p key={w} className="small warnings">
          ⚠ {w}
        </p>
      ))}
      {field('title', 'Title')}
      {field('outlet', 'Outlet')}
      {field('author', 'Author')}
      <label>
        Published
        <input
          type="date"
          value={meta.published ?? ''}
          onChange={(e) => onChange({ published: e.target.value || null })}
        />
        {prepared.sources.published && (
          <span className="small muted"> from {prepared.sources.published}</span>
        )}
      </label>
      <label>
        Language
        <input
          type="text"
          value={meta.language}
          onChange={(e) => onChange({ language: e.target.value.trim() })}
          maxLength={20}
        />
        {prepared.sources.language && <span className="small muted"> from {prepared.sources.language}</span>}
      </label>
      <label>
        Translation of
        <select
          value={meta.translationOf ?? ''}
          onChange={(e) => onChange({ translationOf: e.target.value || null })}
        >
          <option value="">— an original —</option>
          {others.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
      </label>
      <details>
        <summary className="small">The text that will be stored (first lines)</summary>
        <pre className="import__preview">{prepared.preview}</pre>
      </details>
    </div>
  );
}

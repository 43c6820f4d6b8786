import { useState } from 'react';
import { EXPORT_FORMATS } from '../../../shared/ipc/schemas';
import { platform } from '../platform';
import { useStandpoint } from '../store';
import { messageOf } from '../store/matrix.slice';
import type { ExportFormat, ExportOptions } from '../store/types';
import { ChoiceList } from './ChoiceList';
import { Modal } from './Modal';
import { keyJudgementsOf } from '../../../shared/export/key-judgements';
import { DEFAULT_EXPORT_OPTIONS } from '../../../shared/export/types';
import { leaveOutEmpty } from '../../../shared/export/prepare';
import { selectEffective } from '../store/selectors';
import { plural } from '../text/format';
import { KeyJudgementsField } from './KeyJudgementsField';
import { printMatrix, screenSelection } from './print';
import { SnapshotFields } from './SnapshotFields';

const FORMAT_LABELS: Record<ExportFormat, string> = {
  pdf: 'PDF (print layout)',
  md: 'Markdown brief',
  csv: 'CSV, one row per cell',
  'csv-long': 'CSV, one row per citation',
  xlsx: 'Excel workbook (matrix and citations)',
  json: 'JSON (everything)',
};

/** Turns the export reply into a file the browser downloads. */
export function downloadExport(result: {
  filename: string;
  mime: string;
  encoding: 'utf8' | 'base64';
  content: string;
}) {
  const data =
    result.encoding === 'base64'
      ? Uint8Array.from(atob(result.content), (ch) => ch.charCodeAt(0))
      : result.content;
  const url = URL.createObjectURL(new Blob([data], { type: result.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = result.filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * What following the screen will print, counted as the export counts it: "3 parties × 3 demands, in
 * the order on screen; 21 parties with no position left out."
 */
function describeScreenShape(screen: { parties: string[]; demands: string[] }, omitEmpty: boolean): string {
  const effective = selectEffective(useStandpoint.getState());
  const ids = (all: string[]) => all.map((id) => ({ id }));
  const kept =
    omitEmpty && effective
      ? leaveOutEmpty(effective, ids(screen.parties), ids(screen.demands))
      : { parties: screen.parties, demands: screen.demands, omitted: { parties: [], demands: [] } };
  const shape = `${plural(kept.parties.length, 'party', 'parties')} × ${plural(kept.demands.length, 'demand')}, in the order on screen`;
  const left = [
    kept.omitted.parties.length ? plural(kept.omitted.parties.length, 'party', 'parties') : '',
    kept.omitted.demands.length ? plural(kept.omitted.demands.length, 'demand') : '',
  ].filter(Boolean);
  return left.length ? `${shape}; ${left.join(' and ')} with no position left out.` : `${shape}.`;
}

/** Print and export share one options form: in print mode it prints the paper layout instead. */
export function ExportDialog({ mode, onClose }: { mode: 'print' | 'export'; onClose: () => void }) {
  const printing = mode === 'print';
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [options, setOptions] = useState<ExportOptions>(() => ({ ...DEFAULT_EXPORT_OPTIONS }));
  // Print what the screen shows, in its order, unless the analyst chooses otherwise.
  const [follow, setFollow] = useState(true);
  const [screen] = useState(screenSelection);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [saveAs, setSaveAs] = useState('');
  const [since, setSince] = useState('');
  const [fromNotes] = useState(() => {
    const s = useStandpoint.getState();
    const m = selectEffective(s);
    if (!m) return [];
    const pick = <T extends { id: string }>(all: T[], ids: string[]) =>
      ids.map((id) => all.find((x) => x.id === id)!).filter(Boolean);
    return keyJudgementsOf(m, pick(m.parties, screen.parties), pick(m.demands, screen.demands));
  });
  const [judgements, setJudgements] = useState(() => fromNotes.join('\n'));
  const set = <K extends keyof ExportOptions>(key: K, value: ExportOptions[K]) =>
    setOptions((o) => ({ ...o, [key]: value }));
  const matrix = useStandpoint((s) => s.matrix);
  const chosen = follow ? screen : { parties: options.parties, demands: options.demands };
  const nothingChosen = chosen.parties?.length === 0 || chosen.demands?.length === 0;

  const run = async () => {
    const final: ExportOptions = {
      ...options,
      ...chosen,
      keyJudgements: judgements
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
      ...(saveAs.trim() ? { saveSnapshot: saveAs.trim() } : {}),
      ...(since ? { changesSince: since } : {}),
    };
    if (printing) {
      onClose();
      await printMatrix(final);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await platform['export:build']({ format, options: final });
      downloadExport(result);
      setWarnings(result.warnings);
      if (final.saveSnapshot)
        useStandpoint.getState().setFlash(`Saved the snapshot “${final.saveSnapshot}”.`);
      if (result.warnings.length === 0) onClose();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title={printing ? 'Print the matrix' : 'Export the matrix'} onClose={onClose} wide>
      <form
        className="form form--grid"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        {!printing && (
          <label>
            Format
            <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
              {EXPORT_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {FORMAT_LABELS[f]}
                </option>
              ))}
            </select>
          </label>
        )}
        <div className="form__row">
          <TextField
            label="Title"
            value={options.title}
            onChange={(v) => set('title', v)}
            placeholder="Stance matrix"
          />
          <TextField
            label="Classification line"
            value={options.classification}
            onChange={(v) => set('classification', v)}
            placeholder="None"
          />
        </div>
        <div className="form__row">
          <label>
            Paper
            <select
              value={options.paper}
              onChange={(e) => set('paper', e.target.value as ExportOptions['paper'])}
            >
              <option value="a4">A4</option>
              <option value="letter">Letter</option>
            </select>
          </label>
          <label>
            Orientation
            <select
              value={options.orientation}
              onChange={(e) => set('orientation', e.target.value as ExportOptions['orientation'])}
            >
              <option value="landscape">Landscape</option>
              <option value="portrait">Portrait</option>
            </select>
          </label>
        </div>
        <KeyJudgementsField value={judgements} onChange={setJudgements} fromNotes={fromNotes.length} />
        <div className="form__checks">
          <Check
            label="Include citations"
            checked={options.includeCitations}
            onChange={(v) => set('includeCitations', v)}
          />
          <Check
            label="Include notes and overrides"
            checked={options.includeNotes}
            onChange={(v) => set('includeNotes', v)}
          />
          <Check
            label="Leave out parties and demands with no position"
            checked={options.omitEmpty ?? true}
            onChange={(v) => set('omitEmpty', v)}
          />
          <Check
            label="Follow the matrix on screen (its order and filters)"
            checked={follow}
            onChange={setFollow}
          />
        </div>
        {follow ? (
          <p className="small muted" data-testid="follows-screen">
            {describeScreenShape(screen, options.omitEmpty ?? true)}
          </p>
        ) : (
          matrix && (
            <div className="form__row--choices">
              <ChoiceList
                legend="Parties"
                items={matrix.parties.map((p) => ({ id: p.id, label: p.name }))}
                selected={options.parties}
                onChange={(parties) => set('parties', parties)}
              />
              <ChoiceList
                legend="Demands"
                items={matrix.demands.map((d) => ({ id: d.id, label: d.title }))}
                selected={options.demands}
                onChange={(demands) => set('demands', demands)}
              />
            </div>
          )
        )}
        <SnapshotFields saveAs={saveAs} onSaveAs={setSaveAs} since={since} onSince={setSince} />
        {nothingChosen && (
          <p role="alert" className="error-text small">
            Choose at least one party and one demand.
          </p>
        )}
        {error && (
          <p role="alert" className="error-text">
            {error}
          </p>
        )}
        {warnings.length > 0 && (
          <div role="status" className="warnings small">
            Exported with warnings:
            <ul>
              {warnings.slice(0, 10).map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="form__actions">
          <button type="submit" className="btn btn--primary" disabled={busy || nothingChosen}>
            {printing ? 'Print' : busy ? 'Exporting…' : 'Export'}
          </button>
          <button type="button" className="btn" onClick={onClose}>
            {warnings.length ? 'Close' : 'Cancel'}
          </button>
        </div>
      </form>
    </Modal>
  );
}

function TextField({
  label,
  value,
  onChange,
  placeholder,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
}) {
  return (
    <label className="grow">
      {label}
      <input type="text" value={value} onChange={(e) => onChange(e.target.value)} placeholder={placeholder} />
    </label>
  );
}

function Check({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}

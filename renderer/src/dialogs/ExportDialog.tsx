import { useState } from 'react';
import { EXPORT_FORMATS } from '../../../shared/ipc/schemas';
import { platform } from '../platform';
import { useStandpoint } from '../store';
import { messageOf } from '../store/matrix.slice';
import type { ExportFormat, ExportOptions } from '../store/types';
import { ChoiceList } from './ChoiceList';
import { Modal } from './Modal';
import { defaultExportOptions, printMatrix } from './print';

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

/** Print and export share one options form: in print mode it prints the paper layout instead. */
export function ExportDialog({ mode, onClose }: { mode: 'print' | 'export'; onClose: () => void }) {
  const printing = mode === 'print';
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [options, setOptions] = useState<ExportOptions>(defaultExportOptions);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  const set = <K extends keyof ExportOptions>(key: K, value: ExportOptions[K]) =>
    setOptions((o) => ({ ...o, [key]: value }));
  const matrix = useStandpoint((s) => s.matrix);
  const nothingChosen = options.parties?.length === 0 || options.demands?.length === 0;

  const run = async () => {
    if (printing) {
      onClose();
      await printMatrix(options);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await platform['export:build']({ format, options });
      downloadExport(result);
      setWarnings(result.warnings);
      if (result.warnings.length === 0) onClose();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title={printing ? 'Print the matrix' : 'Export the matrix'} onClose={onClose}>
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
        <label>
          Title
          <input
            type="text"
            value={options.title}
            onChange={(e) => set('title', e.target.value)}
            placeholder="Stance matrix"
          />
        </label>
        <label>
          Classification line
          <input
            type="text"
            value={options.classification}
            onChange={(e) => set('classification', e.target.value)}
            placeholder="None"
          />
        </label>
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
        <label className="check">
          <input
            type="checkbox"
            checked={options.includeCitations}
            onChange={(e) => set('includeCitations', e.target.checked)}
          />
          Include citations
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={options.includeNotes}
            onChange={(e) => set('includeNotes', e.target.checked)}
          />
          Include notes and overrides
        </label>
        {matrix && (
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
        )}
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

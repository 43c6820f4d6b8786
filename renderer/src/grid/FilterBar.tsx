import { useEffect, useMemo, useRef, useState } from 'react';
import { sourceName } from '../../../shared/model';
import { useStandpoint } from '../store';
import { filtersActive } from '../store/filters.slice';
import { DateField } from './DateField';
import { Legend } from './Legend';

export function FilterBar() {
  const matrix = useStandpoint((s) => s.matrix);
  const filters = useStandpoint((s) => s.filters);
  const setFilter = useStandpoint((s) => s.setFilter);
  const clearFilters = useStandpoint((s) => s.clearFilters);
  const sources = useMemo(
    () =>
      (matrix?.documents ?? [])
        .filter((d) => !d.translationOf)
        .map((d) => ({ id: d.id, label: `${sourceName(d)} — ${d.title}` }))
        .sort((a, b) => collator.compare(a.label, b.label)),
    [matrix],
  );
  if (!matrix) return null;
  return (
    <div className="filterbar" role="toolbar" aria-label="Filters">
      <MultiPick
        label="Parties"
        options={matrix.parties.map((p) => ({ id: p.id, label: p.name }))}
        chosen={filters.parties}
        onChange={(ids) => setFilter('parties', ids)}
      />
      <MultiPick
        label="Demands"
        options={matrix.demands.map((d) => ({ id: d.id, label: d.title }))}
        chosen={filters.demands}
        onChange={(ids) => setFilter('demands', ids)}
      />
      <label className="filterbar__field">
        <span>Source</span>
        <select
          value={filters.source ?? ''}
          onChange={(e) => setFilter('source', e.target.value || null)}
          aria-label="Only evidence from source"
        >
          <option value="">All sources</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <span className="filterbar__field">
        <span aria-hidden="true">From</span>
        <DateField
          label="Evidence published from"
          value={filters.dateFrom}
          onChange={(date) => setFilter('dateFrom', date)}
        />
        <span aria-hidden="true">to</span>
        <DateField
          label="Evidence published until"
          value={filters.dateTo}
          onChange={(date) => setFilter('dateTo', date)}
        />
      </span>
      {filtersActive(filters) && (
        <button type="button" className="btn btn--quiet" onClick={clearFilters}>
          Clear filters
        </button>
      )}
      <Legend />
    </div>
  );
}

const collator = new Intl.Collator('en');

interface Option {
  id: string;
  label: string;
}

/** A compact multi-choice: a disclosure with a type-to-narrow list of checkboxes. Empty = all. */
function MultiPick({
  label,
  options,
  chosen,
  onChange,
}: {
  label: string;
  options: Option[];
  chosen: string[];
  onChange: (ids: string[]) => void;
}) {
  const [narrow, setNarrow] = useState('');
  // Two hundred checkboxes are only worth building while the list is open.
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (!open) return;
    // A popover closes when the analyst clicks elsewhere, as menus do.
    const onDown = (e: MouseEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) ref.current.open = false;
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);
  const shown = narrow
    ? options.filter((o) => o.label.toLowerCase().includes(narrow.toLowerCase()))
    : options;
  // Nothing chosen means everything is shown, so every box is ticked; the last ticked box stays.
  const ticked = new Set(chosen.length ? chosen : options.map((o) => o.id));
  const toggle = (id: string, on: boolean) => {
    const next = options.map((o) => o.id).filter((x) => (x === id ? on : ticked.has(x)));
    if (next.length === 0) return;
    onChange(next.length === options.length ? [] : next);
  };
  const summary =
    chosen.length === 0
      ? `all ${options.length}`
      : chosen.length === 1
        ? (options.find((o) => o.id === chosen[0])?.label ?? '1')
        : `${chosen.length} of ${options.length}`;
  return (
    <details className="multipick" ref={ref} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="btn">
        {label}: <strong>{summary}</strong> ▾
      </summary>
      {open && (
        <div className="multipick__popover" role="group" aria-label={`Show ${label.toLowerCase()}`}>
          <input
            type="search"
            placeholder={`Narrow ${label.toLowerCase()}…`}
            value={narrow}
            onChange={(e) => setNarrow(e.target.value)}
            aria-label={`Narrow ${label.toLowerCase()}`}
          />
          <div className="multipick__actions">
            <button type="button" className="link" onClick={() => onChange([])}>
              Show all
            </button>
          </div>
          <ul className="multipick__list">
            {shown.map((o) => (
              <li key={o.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={ticked.has(o.id)}
                    disabled={ticked.size === 1 && ticked.has(o.id)}
                    title={ticked.size === 1 && ticked.has(o.id) ? 'At least one stays shown' : undefined}
                    onChange={(e) => toggle(o.id, e.target.checked)}
                  />
                  {o.label}
                </label>
              </li>
            ))}
          </ul>
        </div>
      )}
    </details>
  );
}

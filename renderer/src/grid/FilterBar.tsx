import { useEffect, useMemo, useRef, useState } from 'react';
import { useStandpoint } from '../store';
import { filtersActive } from '../store/filters.slice';
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
        .map((d) => ({ id: d.id, label: `${d.outlet ?? 'Unknown outlet'} — ${d.title}` }))
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
      <label className="filterbar__field">
        <span>From</span>
        <input
          type="date"
          value={filters.dateFrom ?? ''}
          onChange={(e) => setFilter('dateFrom', e.target.value || null)}
          aria-label="Evidence published from"
        />
      </label>
      <label className="filterbar__field">
        <span>to</span>
        <input
          type="date"
          value={filters.dateTo ?? ''}
          onChange={(e) => setFilter('dateTo', e.target.value || null)}
          aria-label="Evidence published until"
        />
      </label>
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
  const summary =
    chosen.length === 0
      ? 'all'
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
                    checked={chosen.includes(o.id)}
                    onChange={(e) =>
                      onChange(e.target.checked ? [...chosen, o.id] : chosen.filter((id) => id !== o.id))
                    }
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

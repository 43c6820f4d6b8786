/** Small pieces the Vocabulary view's editors and suggestion cards share. */

/** A labelled choice of one party or demand, by id. */
export function EntrySelect({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: string;
  onChange: (id: string) => void;
  options: ReadonlyArray<{ id: string; label: string }>;
}) {
  return (
    <label className="small">
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** What keeps a form from being saved, each problem on its own line. */
export function ProblemList({ problems, label }: { problems: readonly string[]; label?: string }) {
  if (problems.length === 0) return null;
  return (
    <ul className="entry-problems small" role="alert" aria-label={label}>
      {problems.map((p) => (
        <li key={p} className="error-text">
          {p}
        </li>
      ))}
    </ul>
  );
}

/** Main's answer when it refused a change. */
export function RefusedChange({ error, verb = 'Not saved' }: { error: string | null; verb?: string }) {
  if (!error) return null;
  return (
    <p className="error-text small" role="alert">
      {verb}: {error}
    </p>
  );
}

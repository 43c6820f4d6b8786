/**
 * A checklist of parties or demands for print and export. `selected` undefined means "all", so an
 * export made with everything ticked keeps following the matrix as it grows.
 */
export function ChoiceList({
  legend,
  items,
  selected,
  onChange,
}: {
  legend: string;
  items: Array<{ id: string; label: string }>;
  selected: string[] | undefined;
  onChange: (selected: string[] | undefined) => void;
}) {
  const chosen = new Set(selected ?? items.map((i) => i.id));
  const toggle = (id: string, on: boolean) => {
    const next = items.map((i) => i.id).filter((x) => (x === id ? on : chosen.has(x)));
    onChange(next.length === items.length ? undefined : next);
  };
  return (
    <fieldset className="choice-list">
      <legend>
        {legend}{' '}
        <span className="muted">
          ({chosen.size} of {items.length})
        </span>
      </legend>
      <div className="choice-list__actions small">
        <button type="button" className="link" onClick={() => onChange(undefined)}>
          All
        </button>
        <button type="button" className="link" onClick={() => onChange([])}>
          None
        </button>
      </div>
      <div className="choice-list__items">
        {items.map((item) => (
          <label key={item.id} className="check">
            <input
              type="checkbox"
              checked={chosen.has(item.id)}
              onChange={(e) => toggle(item.id, e.target.checked)}
            />
            {item.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

import type { OfficialDraft } from '../../../shared/vocabulary/drafts';

const EMPTY: OfficialDraft = { name: '', aliases: '', role: '', from: '', to: '' };

/** The people who speak for a party: name, other spellings, office, and the dates of the office. */
export function OfficialsField({
  value,
  onChange,
}: {
  value: OfficialDraft[];
  onChange: (officials: OfficialDraft[]) => void;
}) {
  const set = (i: number, patch: Partial<OfficialDraft>) =>
    onChange(value.map((o, k) => (k === i ? { ...o, ...patch } : o)));
  return (
    <fieldset className="officials">
      <legend>
        Officials <span className="muted num">({value.length})</span>
      </legend>
      {value.length > 0 && (
        <table className="officials__table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Other spellings (comma-separated)</th>
              <th scope="col">Office</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {value.map((o, i) => (
              <tr key={i}>
                <td>
                  <input
                    type="text"
                    aria-label={`Official ${i + 1} name`}
                    value={o.name}
                    onChange={(e) => set(i, { name: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    type="text"
                    aria-label={`Official ${i + 1} other spellings`}
                    value={o.aliases}
                    onChange={(e) => set(i, { aliases: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    type="text"
                    aria-label={`Official ${i + 1} office`}
                    value={o.role}
                    onChange={(e) => set(i, { role: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    type="date"
                    aria-label={`Official ${i + 1} in office from`}
                    value={o.from}
                    onChange={(e) => set(i, { from: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    type="date"
                    aria-label={`Official ${i + 1} in office until`}
                    value={o.to}
                    onChange={(e) => set(i, { to: e.target.value })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="btn btn--quiet btn--danger"
                    aria-label={`Remove official ${o.name || i + 1}`}
                    onClick={() => onChange(value.filter((_, k) => k !== i))}
                  >
                    ✕
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="btn" onClick={() => onChange([...value, EMPTY])}>
        Add official
      </button>
    </fieldset>
  );
}

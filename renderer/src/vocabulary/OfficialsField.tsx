import type { OfficialDraft } from '../../../shared/vocabulary/drafts';

const EMPTY: OfficialDraft = { name: '', aliases: '', role: '', from: '', to: '' };

/** Each column: the field, its heading, its name for a screen reader, the kind of input. */
const COLUMNS: Array<[keyof OfficialDraft, string, string, 'text' | 'date']> = [
  ['name', 'Name', 'name', 'text'],
  ['aliases', 'Other spellings (comma-separated)', 'other spellings', 'text'],
  ['role', 'Office', 'office', 'text'],
  ['from', 'From', 'in office from', 'date'],
  ['to', 'To', 'in office until', 'date'],
];

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
              {COLUMNS.map(([field, heading]) => (
                <th key={field} scope="col">
                  {heading}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {value.map((o, i) => (
              <tr key={i}>
                {COLUMNS.map(([field, , name, type]) => (
                  <td key={field}>
                    <input
                      type={type}
                      aria-label={`Official ${i + 1} ${name}`}
                      value={o[field]}
                      onChange={(e) => set(i, { [field]: e.target.value })}
                    />
                  </td>
                ))}
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

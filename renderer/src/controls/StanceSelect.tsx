import { STANCE_GLYPHS, STANCE_LABELS, STANCES, type Stance } from '../../../shared/model';

/** A labelled choice of stance, each shown with its glyph as in the matrix. */
export function StanceSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: Stance;
  onChange: (stance: Stance) => void;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value as Stance)}>
        {STANCES.map((s) => (
          <option key={s} value={s}>
            {STANCE_GLYPHS[s]} {STANCE_LABELS[s]}
          </option>
        ))}
      </select>
    </label>
  );
}

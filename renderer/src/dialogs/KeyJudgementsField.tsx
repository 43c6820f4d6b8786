import { useId } from 'react';

/**
 * The "Key judgements" box of the briefing, one judgement per line: filled from the cell notes the
 * analyst marked as key, edited here for this print only (the notes themselves do not change).
 */
export function KeyJudgementsField({
  value,
  onChange,
  fromNotes,
}: {
  value: string;
  onChange: (value: string) => void;
  /** How many lines came from notes marked as key, to say where the text came from. */
  fromNotes: number;
}) {
  const hint = useId();
  return (
    <label className="key-judgements-field">
      Key judgements (one per line; printed first)
      <textarea
        value={value}
        onChange={(e) => onChange(e.target.value)}
        rows={Math.min(8, Math.max(3, value.split('\n').length + 1))}
        placeholder="None yet. Mark a cell note as a key judgement (★), or write one here."
        aria-describedby={hint}
      />
      <span id={hint} className="small muted">
        {fromNotes
          ? `${fromNotes} from notes marked ★ key. Edits here change this briefing only.`
          : 'Edits here change this briefing only.'}
      </span>
    </label>
  );
}

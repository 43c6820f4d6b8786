import { useId } from 'react';
import { readPhraseLines } from '../../../shared/vocabulary/ids';

/**
 * A list of phrasings typed one per line: the count, and each problem named under the field. The
 * text stays as typed; `readPhraseLines` turns it into the list when the entry is saved.
 */
export function PhraseField({
  label,
  hint,
  value,
  onChange,
  rows = 4,
}: {
  label: string;
  hint?: string;
  value: string;
  onChange: (text: string) => void;
  rows?: number;
}) {
  const id = useId();
  const { phrases, problems } = readPhraseLines(value);
  return (
    <div className="phrase-field">
      <label htmlFor={id}>
        {label} <span className="muted num">({phrases.length})</span>
      </label>
      {hint && (
        <p className="phrase-field__hint small muted" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <textarea
        id={id}
        rows={rows}
        value={value}
        spellCheck={false}
        aria-describedby={hint ? `${id}-hint` : undefined}
        aria-invalid={problems.length > 0}
        onChange={(e) => onChange(e.target.value)}
      />
      {problems.map((p) => (
        <p key={p} className="error-text small" role="alert">
          {label}: {p}
        </p>
      ))}
    </div>
  );
}

export const linesOf = (list: readonly string[] | undefined): string => (list ?? []).join('\n');

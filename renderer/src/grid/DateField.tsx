import { useEffect, useState } from 'react';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2022-01-11" when it names a real calendar day, else null. */
export function parseIsoDate(text: string): string | null {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
    ? text.trim()
    : null;
}

/**
 * A date typed as YYYY-MM-DD: one Tab stop (Chromium's date input takes three, one per part), and
 * a half-typed date never filters the matrix; it is marked invalid until it names a real day.
 */
export function DateField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string | null;
  onChange: (date: string | null) => void;
}) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  const invalid = text.trim() !== '' && parseIsoDate(text) === null;
  return (
    <input
      type="text"
      inputMode="numeric"
      className="date-field"
      placeholder="YYYY-MM-DD"
      aria-label={label}
      aria-invalid={invalid}
      title={invalid ? 'Type a date as YYYY-MM-DD, e.g. 2022-01-14' : undefined}
      value={text}
      maxLength={10}
      onChange={(e) => {
        setText(e.target.value);
        const trimmed = e.target.value.trim();
        if (trimmed === '') onChange(null);
        else {
          const date = parseIsoDate(trimmed);
          if (date) onChange(date);
        }
      }}
    />
  );
}

import { useEffect, useRef } from 'react';
import { useStandpoint } from '../store';

/** Find in document: Enter for next, Shift+Enter for previous. */
export function FindBar({
  value,
  onChange,
  count,
  index,
  onMove,
}: {
  value: string;
  onChange: (v: string) => void;
  count: number;
  index: number;
  onMove: (delta: number) => void;
}) {
  const request = useStandpoint((s) => s.findFocusRequest);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (request > 0) input.current?.focus();
  }, [request]);
  return (
    <div className="findbar" role="search" aria-label="Find in document">
      <input
        ref={input}
        type="search"
        placeholder="Find in document"
        aria-label="Find in document"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onMove(e.shiftKey ? -1 : 1);
          }
        }}
      />
      <span className="small muted num" aria-live="polite">
        {value ? (count ? `${index + 1} of ${count}` : 'not found') : ''}
      </span>
      <button
        type="button"
        className="btn btn--quiet"
        disabled={!count}
        onClick={() => onMove(-1)}
        aria-label="Previous match"
      >
        ↑
      </button>
      <button
        type="button"
        className="btn btn--quiet"
        disabled={!count}
        onClick={() => onMove(1)}
        aria-label="Next match"
      >
        ↓
      </button>
    </div>
  );
}

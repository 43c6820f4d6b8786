import { useEffect, useId, useRef } from 'react';
import type { AuthorGate } from '../detail/useAuthorGate';

/** "Your name", inside a form whose item must record an author and none is set yet. */
export function AuthorField({ gate }: { gate: AuthorGate }) {
  const hint = useId();
  const input = useRef<HTMLInputElement>(null);
  // A save tried without a name: the name is what stands between the analyst and the save.
  useEffect(() => {
    if (gate.asked > 0) input.current?.focus();
  }, [gate.asked]);
  if (!gate.missing) return null;
  const empty = gate.asked > 0 && !gate.name.trim();
  return (
    <label className="author-field">
      Your name (recorded on everything you add; asked once)
      <input
        ref={input}
        type="text"
        value={gate.name}
        onChange={(e) => gate.setName(e.target.value)}
        maxLength={120}
        autoComplete="name"
        aria-invalid={empty}
        aria-describedby={empty ? hint : undefined}
      />
      {empty && (
        <span id={hint} className="error-text small">
          Type your name, then save again: what you wrote is kept.
        </span>
      )}
    </label>
  );
}

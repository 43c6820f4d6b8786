/**
 * Unsaved work in the Vocabulary view's editors: an editor reports that its form differs from the
 * entry, and leaving it (closing the view, Esc, another entry or tab) first says so; doing it again
 * discards the draft, as the message says.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';

export const UnsavedContext = createContext<(dirty: boolean) => void>(() => {});

/** Called by an editor with whether its form holds unsaved changes. */
export function useReportUnsaved(dirty: boolean): void {
  const report = useContext(UnsavedContext);
  useEffect(() => {
    report(dirty);
    return () => report(false);
  }, [dirty, report]);
}

/** The view's side: `guard(leave)` leaves at once, or after a warning when a draft would be lost. */
export function useUnsavedGuard() {
  const dirty = useRef(false);
  const [warning, setWarning] = useState(false);
  const report = useCallback((d: boolean) => {
    dirty.current = d;
    if (!d) setWarning(false);
  }, []);
  const guard = (leave: () => void): boolean => {
    if (dirty.current && !warning) {
      setWarning(true);
      return false;
    }
    setWarning(false);
    dirty.current = false;
    leave();
    return true;
  };
  return { report, guard, warning };
}

/**
 * The vocabulary the view shows: ontology.json (fetched once per opening) with the analyst's edits
 * laid over it, as the derivation reads it. Memoised on the file and the edits, so typing in an
 * editor never recomputes it.
 */
import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import { checkStoredOntologyEdits } from '../../../shared/analyst/stored-edits';
import { vocabularyEntries, type VocabularyEntries } from '../../../shared/vocabulary/entries';
import { useAuthorGate, type AuthorGate } from '../detail/useAuthorGate';
import { useStandpoint } from '../store';
import type { AnalystAction } from '../store/types';

const NO_EDITS: never[] = [];

export function useVocabularyEntries(): VocabularyEntries | null {
  const file = useStandpoint((s) => s.vocabularyFile);
  const edits = useStandpoint((s) => s.analyst?.data.ontologyEdits ?? NO_EDITS);
  return useMemo(
    () => (file ? vocabularyEntries(file.ontology, checkStoredOntologyEdits(edits).usable) : null),
    [file, edits],
  );
}

/**
 * The view's one "Your name" field: every change asks it for the author (set once, then remembered).
 */
export const VocabularyAuthorGate = createContext<AuthorGate | null>(null);

/**
 * Applies a vocabulary change as an analyst action (undoable, re-derives the matrix), then calls
 * `onChanged`. `run` resolves whether main accepted it; `error` holds main's message naming what was
 * wrong, until the next try.
 */
export function useVocabularyChange(onChanged: () => void = () => {}) {
  const apply = useStandpoint((s) => s.applyAnalyst);
  const own = useAuthorGate();
  const gate = useContext(VocabularyAuthorGate) ?? own;
  const [error, setError] = useState<string | null>(null);
  const run = async (action: AnalystAction): Promise<boolean> => {
    if (!(await gate.ensure())) return false;
    setError(null);
    const ok = await apply(action);
    if (ok) onChanged();
    else setError(useStandpoint.getState().analystError);
    return ok;
  };
  return { run, error };
}

/** True from a change until the re-derived matrix arrives, to say the matrix is being derived. */
export function useDerivingAgain(): [boolean, () => void] {
  const matrix = useStandpoint((s) => s.matrix);
  const [pendingSince, setPendingSince] = useState<typeof matrix | undefined>(undefined);
  useEffect(() => {
    if (pendingSince !== undefined && matrix !== pendingSince) setPendingSince(undefined);
  }, [matrix, pendingSince]);
  return [pendingSince !== undefined, () => setPendingSince(matrix)];
}

import { useStandpoint } from '../store';

/**
 * Every analyst item records its author, so the first change asks for a name (set once in
 * Preferences). Returns a guard: true when an author is set, otherwise opens Preferences.
 */
export function useAuthorGate(): () => boolean {
  const author = useStandpoint((s) => s.preferences.author);
  const setDialog = useStandpoint((s) => s.setDialog);
  return () => {
    if (author.trim()) return true;
    setDialog('preferences');
    return false;
  };
}

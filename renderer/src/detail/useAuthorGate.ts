import { useState } from 'react';
import { useStandpoint } from '../store';

export interface AuthorGate {
  /** No name is set yet: the form shows an AuthorField and asks for one. */
  missing: boolean;
  name: string;
  setName: (name: string) => void;
  /** How often the analyst tried to save without a name (the field says so and takes focus). */
  asked: number;
  /** True once an author is set: saves the typed name first if needed. Never clears the form. */
  ensure: () => Promise<boolean>;
}

/**
 * Every analyst item records its author. Where none is set yet, the form that creates the item asks
 * for the name inline (AuthorField), and saving the form saves the name first and then the item, so
 * the analyst's first note or citation is never lost to a detour through Preferences.
 */
export function useAuthorGate(): AuthorGate {
  const author = useStandpoint((s) => s.preferences.author);
  const savePreferences = useStandpoint((s) => s.savePreferences);
  const [name, setName] = useState('');
  const [asked, setAsked] = useState(0);
  const missing = !author.trim();
  return {
    missing,
    name,
    setName,
    asked,
    ensure: async () => {
      if (!missing) return true;
      if (!name.trim()) {
        setAsked((n) => n + 1);
        return false;
      }
      return savePreferences({ author: name.trim() });
    },
  };
}

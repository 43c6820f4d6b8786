import { useEffect } from 'react';
import { useStandpoint } from './store';

/** "system" leaves the OS in charge (prefers-color-scheme); light or dark pins it. */
export function useTheme() {
  const theme = useStandpoint((s) => s.preferences.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}

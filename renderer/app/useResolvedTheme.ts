import { useEffect, useState } from 'react';
import type { Theme } from '../../shared/schema/common';

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

/** "system" follows the OS live, so a facilitator switching the laptop to dark mode sees it at once. */
export function useResolvedTheme(theme: Theme): 'light' | 'dark' {
  const [systemDark, setSystemDark] = useState(() => darkQuery().matches);
  useEffect(() => {
    const query = darkQuery();
    const onChange = () => setSystemDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  if (theme === 'system') return systemDark ? 'dark' : 'light';
  return theme;
}

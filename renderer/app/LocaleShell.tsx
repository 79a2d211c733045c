import { useEffect, useMemo, type ReactNode } from 'react';
import type { Lang, Theme } from '../../shared/schema/common';
import { createLocale } from './createLocale';
import { LocaleContext } from './LocaleContext';
import { useResolvedTheme } from './useResolvedTheme';

export function LocaleShell({ lang, theme, children }: { lang: Lang; theme: Theme; children: ReactNode }) {
  const resolved = useResolvedTheme(theme);
  const locale = useMemo(() => createLocale(lang), [lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    document.documentElement.dataset.theme = resolved;
  }, [resolved]);
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

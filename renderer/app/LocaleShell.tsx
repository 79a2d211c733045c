import { useEffect, useMemo, type ReactNode } from 'react';
import type { Lang, Theme } from '../../shared/schema/common';
import { createLocale } from './createLocale';
import { LocaleContext } from './LocaleContext';
import { useResolvedTheme } from './useResolvedTheme';
import { whenIdle } from './whenIdle';

export function LocaleShell({ lang, theme, children }: { lang: Lang; theme: Theme; children: ReactNode }) {
  const resolved = useResolvedTheme(theme);
  const locale = useMemo(() => createLocale(lang), [lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    document.documentElement.dataset.theme = resolved;
  }, [resolved]);
  // The browser loads its date data on the first date formatted, tens of milliseconds on a slow
  // laptop; done while the studio sits idle, the interview list does not pay for it on its click.
  useEffect(() => whenIdle(() => void locale.formatDate(new Date(0), { dateStyle: 'medium', timeStyle: 'short' })), [locale]);
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

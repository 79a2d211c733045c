import { useEffect, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { catalogues } from '../../shared/i18n/translate';
import type { Lang, Theme } from '../../shared/schema/common';
import { useResolvedTheme } from './useResolvedTheme';

export function LocaleShell({ lang, theme, children }: { lang: Lang; theme: Theme; children: ReactNode }) {
  const resolved = useResolvedTheme(theme);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    document.documentElement.dataset.theme = resolved;
  }, [resolved]);
  return (
    <IntlProvider locale={lang} messages={catalogues[lang]} defaultLocale="en">
      {children}
    </IntlProvider>
  );
}

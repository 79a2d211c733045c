import { useEffect, useMemo, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { catalogues } from '../../shared/i18n/translate';
import type { Lang, Theme } from '../../shared/schema/common';
import { journeyMessages } from '../features/journeys/journeyMessages';
import { useResolvedTheme } from './useResolvedTheme';

export function LocaleShell({ lang, theme, children }: { lang: Lang; theme: Theme; children: ReactNode }) {
  const resolved = useResolvedTheme(theme);
  const messages = useMemo(() => ({ ...catalogues[lang], ...journeyMessages[lang] }), [lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    document.documentElement.dataset.theme = resolved;
  }, [resolved]);
  return (
    <IntlProvider locale={lang} messages={messages} defaultLocale="en">
      {children}
    </IntlProvider>
  );
}

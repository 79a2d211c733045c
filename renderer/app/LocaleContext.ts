import { createContext, useContext } from 'react';
import type { Translator } from '../../shared/i18n/createTranslator';
import type { Lang } from '../../shared/schema/common';

/** The interface language with its message and date formatters, shared by the whole page. */
export interface Locale {
  lang: Lang;
  t: Translator;
  formatDate(value: Date | number, options: Intl.DateTimeFormatOptions): string;
}

export const LocaleContext = createContext<Locale | null>(null);

export function useLocale(): Locale {
  const locale = useContext(LocaleContext);
  if (!locale) throw new Error('useLocale outside LocaleShell');
  return locale;
}

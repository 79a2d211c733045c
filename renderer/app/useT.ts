import type { MessageValues } from '../../shared/i18n/createTranslator';
import type { MessageKey } from '../../shared/i18n/translate';
import { useLocale } from './LocaleContext';

export type TranslateValues = MessageValues;
export type Translate = (key: MessageKey, values?: TranslateValues) => string;

/** Keys are checked against en.json at compile time, so a typo fails tsc instead of showing a raw key. */
export function useT(): Translate {
  return useLocale().t;
}

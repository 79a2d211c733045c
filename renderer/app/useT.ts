import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { MessageKey } from '../../shared/i18n/translate';

export type TranslateValues = Record<string, string | number | Date>;
export type Translate = (key: MessageKey, values?: TranslateValues) => string;

/** Keys are checked against en.json at compile time, so a typo fails tsc instead of showing a raw key. */
export function useT(): Translate {
  const intl = useIntl();
  return useCallback((key, values) => intl.formatMessage({ id: key }, values), [intl]);
}

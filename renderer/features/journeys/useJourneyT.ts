import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { TranslateValues } from '../../app/useT';
import type { JourneyMessageKey } from './journeyMessages';

export type JourneyTranslate = (key: JourneyMessageKey, values?: TranslateValues) => string;

/** Keys are checked against messages.en.json, so a typo fails tsc instead of showing a raw key. */
export function useJourneyT(): JourneyTranslate {
  const intl = useIntl();
  return useCallback((key, values) => intl.formatMessage({ id: key }, values), [intl]);
}

import type { TranslateValues } from '../../app/useT';
import { useLocale } from '../../app/LocaleContext';
import type { JourneyMessageKey } from './journeyMessages';

export type JourneyTranslate = (key: JourneyMessageKey, values?: TranslateValues) => string;

/** Keys are checked against messages.en.json, so a typo fails tsc instead of showing a raw key. */
export function useJourneyT(): JourneyTranslate {
  return useLocale().t;
}

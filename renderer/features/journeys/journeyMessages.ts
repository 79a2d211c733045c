import type { Lang } from '../../../shared/schema/common';
import en from './messages.en.json';
import pl from './messages.pl.json';

export type JourneyMessageKey = keyof typeof en;

/** The journey maps' own catalogue pair, merged into the app's messages by LocaleShell. */
export const journeyMessages: Record<Lang, Record<string, string>> = { en, pl };

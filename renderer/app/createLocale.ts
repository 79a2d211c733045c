import { createTranslator } from '../../shared/i18n/createTranslator';
import { catalogues } from '../../shared/i18n/translate';
import type { Lang } from '../../shared/schema/common';
import { journeyMessages } from '../features/journeys/journeyMessages';
import type { Locale } from './LocaleContext';

/**
 * Messages are parsed once per key and date formats built once per set of options: a list of
 * hundreds of interviews formats each row's date and counts, and the cost per call is what remains.
 */
export function createLocale(lang: Lang): Locale {
  const dateFormats = new Map<string, Intl.DateTimeFormat>();
  return {
    lang,
    t: createTranslator(lang, { ...catalogues[lang], ...journeyMessages[lang] }, { ...catalogues.en, ...journeyMessages.en }),
    formatDate(value, options) {
      const key = JSON.stringify(options);
      let format = dateFormats.get(key);
      if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(lang, options)));
      return format.format(value);
    },
  };
}

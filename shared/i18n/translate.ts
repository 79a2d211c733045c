import { IntlMessageFormat } from 'intl-messageformat';
import type { Lang } from '../schema/common';
import en from './en.json';
import pl from './pl.json';

export type MessageKey = keyof typeof en;
export const catalogues: Record<Lang, Record<string, string>> = { en, pl };

const cache = new Map<string, IntlMessageFormat>();

/** Formats a catalogue message; an unknown key falls back to English, then to the key itself. */
export function translate(lang: Lang, key: string, params?: Record<string, string | number>): string {
  const source = catalogues[lang][key] ?? catalogues.en[key];
  if (source === undefined) return key;
  const cacheKey = `${lang}\u0000${key}`;
  let format = cache.get(cacheKey);
  if (!format) {
    // Catalogue texts are plain ICU messages: "<command>" in a usage line is text, not markup.
    format = new IntlMessageFormat(source, lang, undefined, { ignoreTag: true });
    cache.set(cacheKey, format);
  }
  return String(format.format(params));
}

/** Picks pl or en from an OS/browser locale string such as "pl-PL" or "en_US.UTF-8". */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^pl([-_.]|$)/i.test(locale) ? 'pl' : 'en';
}

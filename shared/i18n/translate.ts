import type { Lang } from '../schema/common';
import en from './en.json';
import pl from './pl.json';
import { createTranslator, type Translator } from './createTranslator';

export type MessageKey = keyof typeof en;
export const catalogues: Record<Lang, Record<string, string>> = { en, pl };

const translators: Partial<Record<Lang, Translator>> = {};

/** Formats a catalogue message; an unknown key falls back to English, then to the key itself. */
export function translate(lang: Lang, key: string, params?: Record<string, string | number>): string {
  const translator = (translators[lang] ??= createTranslator(lang, catalogues[lang], catalogues.en));
  return translator(key, params);
}

/** Picks pl or en from an OS/browser locale string such as "pl-PL" or "en_US.UTF-8". */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^pl([-_.]|$)/i.test(locale) ? 'pl' : 'en';
}

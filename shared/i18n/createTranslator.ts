import { IntlMessageFormat } from 'intl-messageformat';

export type MessageValues = Record<string, string | number | Date>;
export type Translator = (key: string, values?: MessageValues) => string;

/**
 * Formats messages of one catalogue, each parsed once on first use; an unknown key falls back to
 * the fallback catalogue, then to the key itself.
 */
export function createTranslator(lang: string, messages: Record<string, string>, fallback: Record<string, string> = {}): Translator {
  const parsed = new Map<string, IntlMessageFormat>();
  return (key, values) => {
    let format = parsed.get(key);
    if (!format) {
      const source = messages[key] ?? fallback[key];
      if (source === undefined) return key;
      // Catalogue texts are plain ICU messages: "<command>" in a usage line is text, not markup.
      format = new IntlMessageFormat(source, lang, undefined, { ignoreTag: true });
      parsed.set(key, format);
    }
    return String(format.format(values));
  };
}

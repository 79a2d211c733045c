import { IntlMessageFormat } from 'intl-messageformat';

export type MessageValues = Record<string, string | number | Date>;
export type Translator = (key: string, values?: MessageValues) => string;

type Part = string | { arg: string };

/**
 * A message with no ICU syntax beyond `{name}` placeholders, split into text and placeholders;
 * null for anything else (plural, select, number or date arguments, quoting with ').
 */
function simpleParts(source: string): Part[] | null {
  if (source.includes("'")) return null;
  const parts: Part[] = [];
  let at = 0;
  for (const match of source.matchAll(/\{([^{}]*)\}/g)) {
    const name = match[1]!.trim();
    if (!/^[\p{L}\p{N}_-]+$/u.test(name)) return null;
    parts.push(source.slice(at, match.index), { arg: name });
    at = match.index + match[0].length;
  }
  const rest = source.slice(at);
  if (rest.includes('{') || rest.includes('}') || parts.some((p) => typeof p === 'string' && (p.includes('{') || p.includes('}')))) return null;
  parts.push(rest);
  return parts;
}

/**
 * Formats messages of one catalogue, each parsed once on first use; an unknown key falls back to
 * the fallback catalogue, then to the key itself. Plain text, and `{name}` placeholders given
 * strings, are put together directly: building the first ICU formatter asks the browser for its
 * number locales, which costs tens of milliseconds on a slow laptop before the first screen.
 */
export function createTranslator(lang: string, messages: Record<string, string>, fallback: Record<string, string> = {}): Translator {
  const simple = new Map<string, Part[] | null>();
  const parsed = new Map<string, IntlMessageFormat>();
  return (key, values) => {
    // Keys can come from outside (an operation's name): never read one off Object.prototype.
    const source = Object.hasOwn(messages, key) ? messages[key] : Object.hasOwn(fallback, key) ? fallback[key] : undefined;
    if (typeof source !== 'string') return key;
    let parts = simple.get(key);
    if (parts === undefined) simple.set(key, (parts = simpleParts(source)));
    if (parts && parts.every((p) => typeof p === 'string' || typeof values?.[p.arg] === 'string')) {
      return parts.map((p) => (typeof p === 'string' ? p : (values![p.arg] as string))).join('');
    }
    let format = parsed.get(key);
    if (!format) {
      // Catalogue texts are plain ICU messages: "<command>" in a usage line is text, not markup.
      format = new IntlMessageFormat(source, lang, undefined, { ignoreTag: true });
      parsed.set(key, format);
    }
    try {
      return String(format.format(values));
    } catch {
      // A message missing one of its values must still say something: an error being worded
      // must never become an error of its own.
      return source;
    }
  };
}

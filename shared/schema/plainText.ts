import type { z } from 'zod';

// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const LINE_CONTROLS = /[\u0000-\u001f\u007f-\u009f]/;
// Tab and line breaks belong in text of several lines; every other control character does not.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const TEXT_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** Half of a surrogate pair without its other half: not a character, and SQLite would store U+FFFD. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const isWellFormed = (s: string): boolean => !LONE_SURROGATE.test(s);
export const isOneLine = (s: string): boolean => !LINE_CONTROLS.test(s);
export const hasNoStrayControls = (s: string): boolean => !TEXT_CONTROLS.test(s);

/**
 * The one rule for text a person typed or a file brought: no control characters (NUL, BEL, ESC…)
 * and no broken characters. A single line (a name, a place) has no line breaks or tabs either;
 * text of several lines (a consent note, a quote) keeps them.
 */
export function plainText<T extends z.ZodString>(schema: T, lines: 'one' | 'several'): T {
  return schema
    .refine(lines === 'one' ? isOneLine : hasNoStrayControls, 'text_control_chars')
    .refine(isWellFormed, 'text_broken_characters') as T;
}

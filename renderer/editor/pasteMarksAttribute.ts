/**
 * The attribute that carries, past the sanitiser, what a pasted style attribute meant. The
 * style attribute itself never reaches a DOM parser: the studio's content security policy would
 * report each one.
 */
export const PASTE_MARKS_ATTR = 'data-paste-marks';

/** A b, strong, i, em or u whose own style cancels it, like Google Docs' wrapper around a whole paste. */
export const UNWRAP = 'unwrap';
/** Word's bullet or number glyph, which Word's own HTML lists carry as text. */
export const LIST_GLYPH = 'list-glyph';
/** A Word list paragraph: `list:<list id>:<list instance>:<level>`. */
export const LIST_PREFIX = 'list:';

const CANCELS: Record<string, 'bold' | 'italic' | 'underline'> = { b: 'bold', strong: 'bold', i: 'italic', em: 'italic', u: 'underline' };
// Their children are rows, items or lists, not text; Google Docs styles an li for its bullet, and its runs carry their own.
const NOT_TEXT = new Set(['html', 'body', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'br']);

/**
 * The marks attribute to stand in place of a style attribute on a start tag, or '' when the
 * style meant nothing the note keeps. Only fixed words are written, never text of the paste.
 */
export function pasteMarksAttribute(tagName: string, css: string): string {
  let bold: boolean | undefined;
  let italic: boolean | undefined;
  let underline: boolean | undefined;
  let list = '';
  let glyph = false;
  for (const [name, value] of declarations(css)) {
    if (name === 'font-weight') bold = isBold(value) ?? bold;
    else if (name === 'font-style') italic = value === 'normal' ? false : /^(italic|oblique)\b/.test(value) || italic;
    else if (name === 'text-decoration' || name === 'text-decoration-line') underline = decorationUnderline(value) ?? underline;
    else if (name === 'mso-list') {
      const word = /^l(\d+)\s+level(\d+)\s+lfo(\d+)$/.exec(value);
      list = word ? `${LIST_PREFIX}${word[1]}:${word[3]}:${word[2]}` : '';
      glyph = value === 'ignore';
    }
  }
  const marks: string[] = [];
  if (!NOT_TEXT.has(tagName)) {
    if (bold && CANCELS[tagName] !== 'bold') marks.push('b');
    if (italic && CANCELS[tagName] !== 'italic') marks.push('i');
    if (underline && CANCELS[tagName] !== 'underline') marks.push('u');
  }
  const cancels = CANCELS[tagName];
  if (cancels && { bold, italic, underline }[cancels] === false) marks.push(UNWRAP);
  if (list && tagName === 'p') marks.push(list);
  if (glyph && tagName === 'span') marks.push(LIST_GLYPH);
  return marks.length > 0 ? `${PASTE_MARKS_ATTR}="${marks.join(' ')}"` : '';
}

function isBold(value: string): boolean | undefined {
  if (value === 'bold' || value === 'bolder') return true;
  if (value === 'normal' || value === 'lighter') return false;
  const weight = /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isNaN(weight) ? undefined : weight >= 600;
}

function decorationUnderline(value: string): boolean | undefined {
  const words = value.split(/\s+/);
  if (words.includes('underline')) return true;
  return words.includes('none') ? false : undefined;
}

const READ = new Set(['font-weight', 'font-style', 'text-decoration', 'text-decoration-line', 'mso-list']);

/**
 * Name and value of each declaration read here, lower-cased, `!important` dropped; a ';' in
 * quotes or brackets does not end one. Google Docs writes a dozen on every run, hence the skip.
 */
function declarations(css: string): [string, string][] {
  const found: [string, string][] = [];
  if (!/font-weight|font-style|text-decoration|mso-list/i.test(css)) return found;
  let start = 0;
  while (start < css.length) {
    const end = declarationEnd(css, start);
    const colon = css.indexOf(':', start);
    if (colon >= 0 && colon < end) {
      const name = css.slice(start, colon).trim().toLowerCase();
      if (READ.has(name)) found.push([name, css.slice(colon + 1, end).replace(/!\s*important\s*$/i, '').trim().toLowerCase()]);
    }
    start = end + 1;
  }
  return found;
}

/** Where the declaration from `start` ends: the next ';' outside quotes and brackets, or the end. */
function declarationEnd(css: string, start: number): number {
  let depth = 0;
  for (let i = start; i < css.length; i++) {
    const c = css.charCodeAt(i);
    if (c === 0x22 || c === 0x27) {
      for (i++; i < css.length && css.charCodeAt(i) !== c; i++) if (css.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x28) depth++;
    else if (c === 0x29) depth = Math.max(0, depth - 1);
    else if (c === 0x3b && depth === 0) return i;
  }
  return css.length;
}

/**
 * Where a Markdown text may be cut into parts that each parse as they would within the whole.
 *
 * micromark keeps one list of events for everything under lists and quotes and edits it whole
 * for each line, so a long document with many lists takes time by the square of its length
 * (400 KB of notes, 2 s). Parts of a few kilobytes keep that square small. A cut goes only
 * after a blank line, before a line that starts at its first column and is no list item: there
 * every list, quote, paragraph and indented code block has ended. Fenced code and the HTML
 * blocks that run over blank lines (script, pre, style, textarea, comments …) are never cut.
 * Reference links may be defined anywhere, so a text that seems to define one is kept whole.
 */

const FENCE = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/;
const BLANK = /^[ \t]*$/;
const LIST_ITEM = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const RAW_HTML: Array<[RegExp, string[]]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, ['</script>', '</pre>', '</style>', '</textarea>']],
  [/^ {0,3}<!--/, ['-->']],
  [/^ {0,3}<\?/, ['?>']],
  [/^ {0,3}<![A-Za-z]/, ['>']],
  [/^ {0,3}<!\[CDATA\[/, [']]>']],
];

/** Whether "[…]:" appears within a line anywhere: one pass, so a line of "]:" costs no more than its length. */
function mayDefineReferences(text: string): boolean {
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) open = false;
    else if (c === 91) open = true;
    else if (c === 93 && open && text.charCodeAt(i + 1) === 58) return true;
  }
  return false;
}

const endsRaw = (line: string, ends: string[]) => {
  const lower = line.toLowerCase();
  return ends.some((end) => lower.includes(end));
};

export function markdownParts(text: string, targetChars = 8 * 1024): string[] {
  if (text.length <= targetChars || mayDefineReferences(text)) return [text];
  const parts: string[] = [];
  let partStart = 0;
  let fence: { char: string; length: number } | null = null;
  let raw: string[] | null = null;
  let afterBlank = false;
  for (let from = 0; from < text.length; ) {
    const newline = text.indexOf('\n', from);
    const end = newline < 0 ? text.length : newline + 1;
    const line = text.slice(from, newline < 0 ? text.length : newline).replace(/\r$/, '');
    const lineStart = from;
    from = end;
    if (fence) {
      const close = FENCE.exec(line);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length && BLANK.test(line.slice(close[0].length))) fence = null;
      continue;
    }
    if (raw) {
      if (endsRaw(line, raw)) raw = null;
      continue;
    }
    if (BLANK.test(line)) {
      afterBlank = true;
      continue;
    }
    const first = line.charCodeAt(0);
    if (afterBlank && lineStart - partStart >= targetChars && first !== 32 && first !== 9 && !LIST_ITEM.test(line)) {
      parts.push(text.slice(partStart, lineStart));
      partStart = lineStart;
    }
    afterBlank = false;
    const open = FENCE.exec(line);
    if (open) {
      fence = { char: open[1]![0]!, length: open[1]!.length };
      continue;
    }
    for (const [start, ends] of RAW_HTML) {
      const match = start.exec(line);
      if (match) {
        if (!endsRaw(line.slice(match[0].length), ends)) raw = ends;
        break;
      }
    }
  }
  parts.push(text.slice(partStart));
  return parts;
}

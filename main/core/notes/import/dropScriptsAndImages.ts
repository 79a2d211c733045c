/**
 * Removes HTML blocks of `tag` as Markdown reads them: from a line that opens one (up to three
 * spaces in) to the end of the line that closes it. A tag named inside a sentence is a sentence's
 * words and stays. One forward pass.
 */
function withoutBlocks(source: string, tag: string): string {
  const open = new RegExp(`^ {0,3}<${tag}\\b`, 'gim');
  const close = new RegExp(`</${tag}\\s*>`, 'gi');
  let out = '';
  let kept = 0;
  for (let start = open.exec(source); start; start = open.exec(source)) {
    close.lastIndex = start.index;
    const end = close.exec(source);
    if (!end) break;
    const lineEnd = source.indexOf('\n', end.index);
    out += source.slice(kept, start.index);
    kept = open.lastIndex = lineEnd < 0 ? source.length : lineEnd;
  }
  return out + source.slice(kept);
}

/**
 * Removes `![alt](address)` runs. Each search for a closing bracket or parenthesis goes on from
 * where the last one ended, so a 20 MB line of unclosed `![` costs one pass, not one per `![`.
 */
function withoutImages(source: string): string {
  let out = '';
  let kept = 0;
  let from = 0;
  let bracket = -1;
  let paren = -1;
  for (;;) {
    const start = source.indexOf('![', from);
    if (start < 0) break;
    if (bracket < start + 2) bracket = source.indexOf(']', start + 2);
    if (bracket < 0) break;
    if (source[bracket + 1] !== '(') {
      from = start + 2;
      continue;
    }
    if (paren < bracket + 2) paren = source.indexOf(')', bracket + 2);
    if (paren < 0) break;
    out += source.slice(kept, start);
    kept = from = paren + 1;
  }
  return out + source.slice(kept);
}

/**
 * Markdown's HTML blocks and images have no place in a note. Lexical's importer reads neither: a
 * script or style block would go in as its source text, and an image as "!" followed by a link
 * to the picture's address (for a Word document's pictures, their whole data). Images are
 * dropped, as for pasted HTML.
 */
export function dropScriptsAndImages(markdown: string): string {
  return withoutImages(withoutBlocks(withoutBlocks(markdown, 'script'), 'style'));
}

/** Removes every `<tag …>…</tag>` run; an unclosed one stays as text. Plain scans, no backtracking on a 20 MB file. */
function withoutElement(source: string, tag: string): string {
  const open = new RegExp(`<${tag}\\b`, 'gi');
  const close = new RegExp(`</${tag}\\s*>`, 'gi');
  let out = '';
  let kept = 0;
  for (let start = open.exec(source); start; start = open.exec(source)) {
    close.lastIndex = start.index;
    const end = close.exec(source);
    if (!end) break;
    out += source.slice(kept, start.index);
    kept = open.lastIndex = end.index + end[0].length;
  }
  return out + source.slice(kept);
}

const IMAGE = /!\[[^\]\n]*\]\([^)\n]*\)/g;

/**
 * Markdown's raw HTML and images have no place in a note. Lexical's importer reads neither: a
 * script or style block would go in as its source text, and an image as "!" followed by a link
 * to the picture's address. Images are dropped, as for pasted HTML and Word documents.
 */
export function dropScriptsAndImages(markdown: string): string {
  return withoutElement(withoutElement(markdown, 'script'), 'style').replace(IMAGE, '');
}

import { Tokenizer, TokenizerMode, type TokenHandler } from 'parse5';

/** Elements whose content the HTML parser reads as text, not as tags; the tokenizer is told so, as a parser would. */
type Mode = (typeof TokenizerMode)[keyof typeof TokenizerMode];

const TEXT_CONTENT: Record<string, Mode> = {
  title: TokenizerMode.RCDATA,
  textarea: TokenizerMode.RCDATA,
  style: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT,
  iframe: TokenizerMode.RAWTEXT,
  noembed: TokenizerMode.RAWTEXT,
  noframes: TokenizerMode.RAWTEXT,
  script: TokenizerMode.SCRIPT_DATA,
  plaintext: TokenizerMode.PLAINTEXT,
};

const FOREIGN_ROOTS = new Set(['svg', 'math']);

/**
 * Pasted HTML without its style attributes, and otherwise exactly as it came. The studio's
 * content security policy refuses inline styles, and Chromium reports each refused attribute as
 * soon as any parser in the page meets it: a Google Docs or web page paste carries one on nearly
 * every element, and tens of thousands of reports took longer than the paste itself. The
 * attributes are found by parse5's tokenizer (so a "style=" in the text is left alone) and cut
 * out of the string before the page's parser sees it. What `replace` answers for a style (the
 * tag's name and the attribute's value) is put in its place; it must be markup that is safe there.
 */
export function dropStyleAttributes(html: string, replace?: (tagName: string, css: string) => string): string {
  if (!/style/i.test(html)) return html;
  const cuts: number[] = [];
  const replacements: string[] = [];
  let foreignDepth = 0;
  const ignore = () => undefined;
  const handler: TokenHandler = {
    onStartTag(token) {
      const at = token.location?.attrs?.style;
      if (at) {
        cuts.push(at.startOffset, at.endOffset);
        replacements.push(replace?.(token.tagName, token.attrs.find((attr) => attr.name === 'style')?.value ?? '') ?? '');
      }
      if (FOREIGN_ROOTS.has(token.tagName)) {
        if (!token.selfClosing) foreignDepth++;
      } else if (foreignDepth === 0 && TEXT_CONTENT[token.tagName] !== undefined) {
        tokenizer.state = TEXT_CONTENT[token.tagName]!;
      }
      tokenizer.inForeignNode = foreignDepth > 0;
    },
    onEndTag(token) {
      if (FOREIGN_ROOTS.has(token.tagName) && foreignDepth > 0) foreignDepth--;
      tokenizer.inForeignNode = foreignDepth > 0;
    },
    onComment: ignore,
    onDoctype: ignore,
    onEof: ignore,
    onCharacter: ignore,
    onNullCharacter: ignore,
    onWhitespaceCharacter: ignore,
  };
  const tokenizer = new Tokenizer({ sourceCodeLocationInfo: true }, handler);
  tokenizer.write(html, true);
  if (cuts.length === 0) return html;
  const kept: string[] = [];
  let from = 0;
  for (let i = 0; i < cuts.length; i += 2) {
    kept.push(html.slice(from, cuts[i]), replacements[i / 2]!);
    from = cuts[i + 1]!;
  }
  kept.push(html.slice(from));
  return kept.join('');
}

import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { MAX_NOTE_DEPTH } from '../../../../shared/schema/notes';

/** The part of mdast (the Markdown syntax tree standard) a note can hold. */
export type PhrasingContent =
  | { type: 'text'; value: string }
  | { type: 'inlineCode'; value: string }
  | { type: 'break' }
  | { type: 'emphasis' | 'strong'; children: PhrasingContent[] }
  | { type: 'link'; url: string; title: string | null; children: PhrasingContent[] };
export interface List {
  type: 'list';
  ordered: boolean;
  start: number | null;
  children: ListItem[];
}
export interface ListItem {
  type: 'listItem';
  children: Block[];
}
export type Block =
  | { type: 'paragraph'; children: PhrasingContent[] }
  | { type: 'heading'; depth: number; children: PhrasingContent[] }
  | { type: 'code'; value: string }
  | { type: 'blockquote'; children: Block[] }
  | List
  | ListItem;
export interface Root {
  type: 'root';
  children: Block[];
}
export type Nodes = Root | Block | PhrasingContent;

type Parent = { children: unknown[] };

/**
 * Deeper than a note may nest, so that markdown-it's own cut-off (it drops what lies beyond its
 * limit) is only ever reached by a text the depth check then refuses whole.
 */
export const PARSER_NESTING = MAX_NOTE_DEPTH + 20;

// CommonMark as specified, HTML recognised (so script and style blocks are known and dropped),
// no typographic replacements or bare-address links.
const parser = new MarkdownIt('commonmark', { html: true });
// Not in the published option types, though the parser reads it from its options.
(parser.options as { maxNesting: number }).maxNesting = PARSER_NESTING;
// Every link is read as a link, so that one to an unsafe address keeps its words and loses the
// address (the note's own check decides), instead of staying as its Markdown source text.
parser.validateLink = () => true;

function inlineTree(tokens: Token[], into: PhrasingContent[]): void {
  const stack: Parent[] = [{ children: into }];
  const top = () => stack[stack.length - 1]!.children as PhrasingContent[];
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'text_special':
        top().push({ type: 'text', value: token.content });
        break;
      case 'code_inline':
        top().push({ type: 'inlineCode', value: token.content });
        break;
      case 'softbreak':
        // CommonMark renders a soft line break as a space.
        top().push({ type: 'text', value: ' ' });
        break;
      case 'hardbreak':
        top().push({ type: 'break' });
        break;
      case 'em_open':
      case 'strong_open':
      case 'link_open': {
        const node: PhrasingContent =
          token.type === 'link_open'
            ? { type: 'link', url: token.attrGet('href') ?? '', title: token.attrGet('title'), children: [] }
            : { type: token.type === 'em_open' ? 'emphasis' : 'strong', children: [] };
        top().push(node);
        stack.push(node);
        break;
      }
      case 'em_close':
      case 'strong_close':
      case 'link_close':
        if (stack.length > 1) stack.pop();
        break;
      default:
        // Images and inline HTML leave nothing behind.
        break;
    }
  }
}

/**
 * Markdown read as CommonMark by markdown-it, whose parser runs in time linear in its input, and
 * shaped as mdast by a loop over its tokens (no recursion, whatever the nesting). Reference links
 * arrive resolved; HTML blocks, rules and images are left out here.
 */
export function parseMarkdown(source: string): Root {
  const root: Root = { type: 'root', children: [] };
  const stack: Parent[] = [root];
  const top = () => stack[stack.length - 1]!.children as Block[];
  const open = (node: Block) => {
    top().push(node);
    stack.push(node as Parent);
  };
  for (const token of parser.parse(source, {})) {
    switch (token.type) {
      case 'paragraph_open':
        open({ type: 'paragraph', children: [] });
        break;
      case 'heading_open':
        open({ type: 'heading', depth: Number(token.tag.slice(1)) || 1, children: [] });
        break;
      case 'blockquote_open':
        open({ type: 'blockquote', children: [] });
        break;
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const ordered = token.type === 'ordered_list_open';
        const start = ordered ? Number(token.attrGet('start') ?? 1) : null;
        open({ type: 'list', ordered, start: Number.isFinite(start) ? start : 1, children: [] });
        break;
      }
      case 'list_item_open':
        open({ type: 'listItem', children: [] });
        break;
      case 'inline':
        inlineTree(token.children ?? [], stack[stack.length - 1]!.children as PhrasingContent[]);
        break;
      case 'fence':
      case 'code_block':
        top().push({ type: 'code', value: token.content.replace(/\n$/, '') });
        break;
      default:
        if (token.nesting === -1 && stack.length > 1) stack.pop();
        // Rules and HTML blocks leave nothing behind.
        break;
    }
  }
  return root;
}

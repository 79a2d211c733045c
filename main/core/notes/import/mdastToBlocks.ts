import { isSafeNoteUrl } from '../../../../shared/notes/noteNodes';
import { MAX_NOTE_DEPTH, type LexicalNodeJson } from '../../../../shared/schema/notes';
import { AppFailure } from '../../appFailure';
import { paragraph, textNode } from '../notesDocument';
import type { Block, List, Nodes, PhrasingContent, Root } from './markdownTree';
import type { NoteBudget } from './noteBudget';

const BOLD = 1;
const ITALIC = 2;
const CODE = 16;

const LINEBREAK: LexicalNodeJson = { type: 'linebreak', version: 1 };
const element = { direction: null, format: '', indent: 0, version: 1 };

/**
 * How deep the Markdown tree nests, by a loop: the conversion below recurses, which is safe only
 * for a tree no deeper than a note may be. A note made from it is never deeper than the tree.
 */
function nestsWithin(tree: Root, limit: number): boolean {
  const stack: Array<[Nodes, number]> = [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return false;
    if ('children' in node) for (const child of node.children) stack.push([child, depth + 1]);
  }
  return true;
}

/**
 * Markdown's syntax tree as a note, in exactly the nodes the editor makes: headings, paragraphs,
 * bold, italic and code text, web and e-mail links, lists in lists and quotes. Images, HTML
 * (scripts and styles with it), link definitions and rules have no place in a note and go;
 * code blocks become plain paragraphs. A soft line break is a space, as CommonMark renders it.
 */
export function mdastToBlocks(tree: Root, budget: NoteBudget): LexicalNodeJson[] {
  if (!nestsWithin(tree, MAX_NOTE_DEPTH)) throw new AppFailure('import_refused', { details: 'validation.notes_too_deep' });
  const text = (value: string, format: number, out: LexicalNodeJson[]) => {
    if (!value) return;
    const last = out.at(-1);
    budget.spend(value.length);
    if (last?.type === 'text' && last.format === format) last.text += value;
    else out.push(textNode(value, format));
  };

  const link = (url: string | undefined, title: string | null | undefined, children: PhrasingContent[], format: number, out: LexicalNodeJson[]) => {
    if (!isSafeNoteUrl(url)) return inline(children, format, out);
    const words = inline(children, format, []);
    if (!words.length) return out;
    budget.spend(0);
    out.push({ type: 'link', children: words, ...element, rel: 'noreferrer', target: null, title: title ?? null, url: url!.trim() });
    return out;
  };

  function inline(nodes: PhrasingContent[], format: number, out: LexicalNodeJson[]): LexicalNodeJson[] {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          text(node.value, format, out);
          break;
        case 'inlineCode':
          text(node.value, format | CODE, out);
          break;
        case 'emphasis':
          inline(node.children, format | ITALIC, out);
          break;
        case 'strong':
          inline(node.children, format | BOLD, out);
          break;
        case 'break':
          budget.spend(0);
          out.push(LINEBREAK);
          break;
        case 'link':
          link(node.url, node.title, node.children, format, out);
          break;
        default:
          break;
      }
    }
    return out;
  }

  /** A block's words as one run of inline nodes, for the blocks a list item or quote may hold. */
  function runOf(node: Block, out: LexicalNodeJson[]): LexicalNodeJson[] {
    const joined = (parts: LexicalNodeJson[][]) => {
      for (const part of parts) {
        if (!part.length) continue;
        if (out.length) out.push(LINEBREAK);
        out.push(...part);
      }
      return out;
    };
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        return joined([inline(node.children, 0, [])]);
      case 'code':
        return joined([codeLines(node.value)]);
      case 'blockquote':
      case 'list':
      case 'listItem':
        return joined(node.children.map((child) => runOf(child as Block, [])));
      default:
        return out;
    }
  }

  function codeLines(value: string): LexicalNodeJson[] {
    const out: LexicalNodeJson[] = [];
    value.split('\n').forEach((line, i) => {
      if (i > 0) {
        budget.spend(0);
        out.push(LINEBREAK);
      }
      text(line, 0, out);
    });
    return out.length && out.every((node) => node === LINEBREAK) ? [] : out;
  }

  function list(node: List, indent: number): LexicalNodeJson {
    const ordered = node.ordered === true;
    const start = ordered ? (node.start ?? 1) : 1;
    const items: LexicalNodeJson[] = [];
    let value = start;
    const item = (children: LexicalNodeJson[]) => {
      budget.spend(0);
      items.push({ type: 'listitem', children, ...element, indent, value });
    };
    for (const entry of node.children) {
      let words: LexicalNodeJson[] = [];
      let made = false;
      for (const child of entry.children) {
        if (child.type !== 'list') {
          runOf(child, words);
          continue;
        }
        if (words.length) item(words);
        if (words.length) value += 1;
        words = [];
        made = true;
        // The editor keeps a nested list in an item of its own, which takes the next item's number.
        item([list(child, indent + 1)]);
      }
      if (words.length || !made) {
        item(words);
        value += 1;
      }
    }
    budget.spend(0);
    return { type: 'list', children: items, ...element, listType: ordered ? 'number' : 'bullet', start, tag: ordered ? 'ol' : 'ul' };
  }

  function blocks(nodes: Block[], out: LexicalNodeJson[], inQuote: boolean): LexicalNodeJson[] {
    const push = (block: LexicalNodeJson) => {
      budget.block();
      out.push(block);
    };
    for (const node of nodes) {
      switch (node.type) {
        case 'heading': {
          const words = inline(node.children, 0, []);
          if (words.length) push(inQuote ? { type: 'quote', children: words, ...element } : { type: 'heading', children: words, ...element, tag: `h${node.depth}` });
          break;
        }
        case 'paragraph':
        case 'code': {
          const words = node.type === 'code' ? codeLines(node.value) : inline(node.children, 0, []);
          if (words.length) push(inQuote ? { type: 'quote', children: words, ...element } : paragraph(words));
          break;
        }
        case 'blockquote':
          blocks(node.children, out, true);
          break;
        case 'list':
          push(list(node, 0));
          break;
        default:
          break;
      }
    }
    return out;
  }

  return blocks(tree.children, [], false);
}

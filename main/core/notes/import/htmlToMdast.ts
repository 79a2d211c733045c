import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { AppFailure } from '../../appFailure';
import { PARSER_NESTING, type Block, type ListItem, type PhrasingContent, type Root } from './markdownTree';

type Node = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (node: Node): node is Element => 'tagName' in node;
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value ?? null;

const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const BLOCKS = new Set(['p', 'div', 'ul', 'ol', 'li', 'blockquote', 'pre', 'table', 'tr', 'section', 'article', ...Object.keys(HEADINGS)]);

const tooDeep = () => new AppFailure('import_refused', { details: 'validation.notes_too_deep' });

/** Words of an inline run, whitespace collapsed as a browser shows it. */
function inline(nodes: Node[], depth: number): PhrasingContent[] {
  if (depth > PARSER_NESTING) throw tooDeep();
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    if (node.nodeName === '#text') {
      const value = (node as DefaultTreeAdapterMap['textNode']).value.replace(/\s+/g, ' ');
      if (value) out.push({ type: 'text', value });
    } else if (isElement(node)) {
      const tag = node.tagName;
      if (tag === 'br') out.push({ type: 'break' });
      else if (tag === 'strong' || tag === 'b') out.push({ type: 'strong', children: inline(node.childNodes, depth + 1) });
      else if (tag === 'em' || tag === 'i') out.push({ type: 'emphasis', children: inline(node.childNodes, depth + 1) });
      else if (tag === 'code') out.push({ type: 'inlineCode', value: textOf(node) });
      else if (tag === 'a' && attr(node, 'href')) out.push({ type: 'link', url: attr(node, 'href')!, title: attr(node, 'title'), children: inline(node.childNodes, depth + 1) });
      // Pictures, scripts and styles carry no words a note keeps; an anchor without a link (a Word
      // bookmark) and any other element keep only their words.
      else if (tag !== 'img' && tag !== 'script' && tag !== 'style') out.push(...inline(node.childNodes, depth + 1));
    }
  }
  return out;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return isElement(node) ? node.childNodes.map(textOf).join('') : '';
}

/**
 * Blocks of a run of nodes: block elements become blocks, and inline nodes between them are
 * gathered into a paragraph, as a browser lays them out.
 */
function blocks(nodes: Node[], depth: number): Block[] {
  if (depth > PARSER_NESTING) throw tooDeep();
  const out: Block[] = [];
  let loose: Node[] = [];
  const flushLoose = () => {
    const children = inline(loose, depth + 1);
    if (children.some((c) => c.type !== 'text' || c.value.trim())) out.push({ type: 'paragraph', children });
    loose = [];
  };
  for (const node of nodes) {
    if (!isElement(node) || !BLOCKS.has(node.tagName)) {
      loose.push(node);
      continue;
    }
    flushLoose();
    const tag = node.tagName;
    if (HEADINGS[tag]) out.push({ type: 'heading', depth: HEADINGS[tag]!, children: inline(node.childNodes, depth + 1) });
    else if (tag === 'ul' || tag === 'ol') {
      const items: ListItem[] = node.childNodes.filter((c): c is Element => isElement(c) && c.tagName === 'li').map((li) => ({ type: 'listItem', children: blocks(li.childNodes, depth + 1) }));
      const start = Number(attr(node, 'start') ?? 1);
      out.push({ type: 'list', ordered: tag === 'ol', start: Number.isFinite(start) ? start : 1, children: items });
    } else if (tag === 'blockquote') out.push({ type: 'blockquote', children: blocks(node.childNodes, depth + 1) });
    else if (tag === 'pre') out.push({ type: 'code', value: textOf(node) });
    else if (tag === 'tr') {
      // A table row reads as one line, its cells apart.
      const cells = node.childNodes.filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th')).map((c) => textOf(c).replace(/\s+/g, ' ').trim());
      if (cells.some(Boolean)) out.push({ type: 'paragraph', children: [{ type: 'text', value: cells.join(' · ') }] });
    } else if (tag === 'table') out.push(...blocks(rowsOf(node), depth + 1));
    else out.push(...blocks(node.childNodes, depth + 1));
  }
  flushLoose();
  return out;
}

/** A table's rows, whether or not they sit in a tbody or thead. */
const rowsOf = (table: Element): Node[] =>
  table.childNodes.flatMap((c) => (isElement(c) && (c.tagName === 'tbody' || c.tagName === 'thead' || c.tagName === 'tfoot') ? c.childNodes : [c]));

/** HTML (as mammoth makes it from a Word file) as the part of mdast a note can hold. */
export function htmlToMdast(html: string): Root {
  return { type: 'root', children: blocks(parseFragment(html).childNodes, 0) };
}

import { SaxesParser, type SaxesTagNS } from 'saxes';
import { AppFailure } from '../../appFailure';
import { PARSER_NESTING, type Block, type List, type ListItem, type PhrasingContent, type Root } from './markdownTree';

const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const STYLE = 'urn:oasis:names:tc:opendocument:xmlns:style:1.0';
const FO = 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0';
const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';
const TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0';
const XLINK = 'http://www.w3.org/1999/xlink';

const unreadable = () => new AppFailure('invalid_input', { details: 'import.odtUnreadable' });

type Inline = { kind: 'inline'; children: PhrasingContent[] };
type Frame =
  | { kind: 'skip' }
  | { kind: 'pass' }
  | { kind: 'text-body'; blocks: Block[] }
  | { kind: 'list'; list: List }
  | { kind: 'item'; item: ListItem }
  | { kind: 'para'; heading: number | null; children: PhrasingContent[] }
  | { kind: 'span'; wrap: 'strong' | 'emphasis' | 'both' | null; children: PhrasingContent[] }
  | { kind: 'link'; url: string; children: PhrasingContent[] }
  | { kind: 'row'; cells: string[] }
  | { kind: 'cell'; text: string };

const attr = (tag: SaxesTagNS, ns: string, local: string) => Object.values(tag.attributes).find((a) => a.uri === ns && a.local === local)?.value;

/**
 * The body of an OpenDocument text (content.xml of an .odt, as LibreOffice or pandoc write it) as
 * the part of mdast a note can hold: headings, paragraphs, lists (numbered or not, nested), bold,
 * italic, links, line breaks and tables as lines of cells. A document type declaration is refused:
 * ODF has none, and with none there are no entities to expand or fetch.
 */
export function odtToMdast(xml: string): Root {
  const bold = new Set<string>();
  const italic = new Set<string>();
  const numbered = new Set<string>();
  const root: Frame = { kind: 'text-body', blocks: [] };
  const stack: Frame[] = [];
  let styleName: string | null = null;
  let inBody = false;
  const parser = new SaxesParser({ xmlns: true });
  const top = () => stack[stack.length - 1];
  const inlineTarget = (): Inline | null => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const f = stack[i]!;
      if (f.kind === 'skip') return null;
      if (f.kind === 'para' || f.kind === 'span' || f.kind === 'link') return { kind: 'inline', children: f.children };
      if (f.kind === 'cell' || f.kind === 'row' || f.kind === 'text-body' || f.kind === 'item' || f.kind === 'list') return null;
    }
    return null;
  };
  const blockTarget = (): Block[] => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const f = stack[i]!;
      if (f.kind === 'item') return f.item.children;
      if (f.kind === 'text-body') return f.blocks;
    }
    return (root as { blocks: Block[] }).blocks;
  };
  const cell = (): { text: string } | null => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.kind === 'cell') return stack[i] as { text: string };
    return null;
  };

  parser.on('doctype', () => {
    throw unreadable();
  });
  parser.on('opentag', (tag) => {
    if (stack.length > PARSER_NESTING) throw new AppFailure('import_refused', { details: 'validation.notes_too_deep' });
    const { uri, local } = tag;
    // Styles are read before the body: which automatic styles are bold, italic or a numbered list.
    if (uri === STYLE && local === 'style') styleName = attr(tag, STYLE, 'name') ?? null;
    if (uri === STYLE && local === 'text-properties' && styleName) {
      if (attr(tag, FO, 'font-weight') === 'bold') bold.add(styleName);
      if (attr(tag, FO, 'font-style') === 'italic') italic.add(styleName);
    }
    if (uri === TEXT && local === 'list-style') styleName = attr(tag, STYLE, 'name') ?? null;
    if (uri === TEXT && local === 'list-level-style-number' && styleName) numbered.add(styleName);
    if (uri === OFFICE && local === 'text') {
      inBody = true;
      stack.push(root);
      return;
    }
    if (!inBody) return;
    const parent = top();
    if (parent?.kind === 'skip' || (uri === OFFICE && local === 'annotation') || (uri === TEXT && (local === 'note' || local === 'tracked-changes' || local === 'table-of-content'))) {
      stack.push({ kind: 'skip' });
      return;
    }
    if (uri === TEXT && (local === 'p' || local === 'h')) {
      const level = local === 'h' ? Math.min(6, Math.max(1, Number(attr(tag, TEXT, 'outline-level') ?? 1) || 1)) : null;
      stack.push({ kind: 'para', heading: level, children: [] });
    } else if (uri === TEXT && local === 'list') {
      const style = attr(tag, TEXT, 'style-name');
      const outer = [...stack].reverse().find((f): f is { kind: 'list'; list: List } => f.kind === 'list');
      const list: List = { type: 'list', ordered: style ? numbered.has(style) : (outer?.list.ordered ?? false), start: 1, children: [] };
      stack.push({ kind: 'list', list });
    } else if (uri === TEXT && (local === 'list-item' || local === 'list-header')) stack.push({ kind: 'item', item: { type: 'listItem', children: [] } });
    else if (uri === TEXT && local === 'span') {
      const style = attr(tag, TEXT, 'style-name') ?? '';
      const b = bold.has(style);
      const i = italic.has(style);
      stack.push({ kind: 'span', wrap: b && i ? 'both' : b ? 'strong' : i ? 'emphasis' : null, children: [] });
    } else if (uri === TEXT && local === 'a') stack.push({ kind: 'link', url: attr(tag, XLINK, 'href') ?? '', children: [] });
    else if (uri === TABLE && local === 'table-row') stack.push({ kind: 'row', cells: [] });
    else if (uri === TABLE && local === 'table-cell') stack.push({ kind: 'cell', text: '' });
    else {
      const target = inlineTarget();
      const c = cell();
      if (uri === TEXT && local === 'line-break') target?.children.push({ type: 'break' });
      else if (uri === TEXT && (local === 's' || local === 'tab')) {
        const spaces = local === 'tab' ? ' ' : ' '.repeat(Math.min(100, Number(attr(tag, TEXT, 'c') ?? 1) || 1));
        if (c) c.text += spaces;
        else target?.children.push({ type: 'text', value: spaces });
      }
      stack.push({ kind: 'pass' });
    }
  });
  parser.on('text', (text) => {
    if (!inBody || !text) return;
    const c = cell();
    if (c) {
      c.text += text;
      return;
    }
    inlineTarget()?.children.push({ type: 'text', value: text });
  });
  parser.on('closetag', (tag) => {
    if (tag.uri === STYLE && tag.local === 'style') styleName = null;
    if (!inBody) return;
    if (tag.uri === OFFICE && tag.local === 'text') {
      inBody = false;
      stack.pop();
      return;
    }
    const frame = stack.pop();
    if (!frame) return;
    const inline = inlineTarget();
    if (frame.kind === 'para') {
      if (cell()) cell()!.text += frame.children.map(plain).join('');
      else if (frame.children.some((c) => c.type !== 'text' || c.value.trim())) {
        blockTarget().push(frame.heading ? { type: 'heading', depth: frame.heading, children: frame.children } : { type: 'paragraph', children: frame.children });
      }
    } else if (frame.kind === 'span') {
      const wrapped: PhrasingContent[] =
        frame.wrap === 'both' ? [{ type: 'strong', children: [{ type: 'emphasis', children: frame.children }] }] : frame.wrap ? [{ type: frame.wrap, children: frame.children }] : frame.children;
      inline?.children.push(...wrapped);
    } else if (frame.kind === 'link') inline?.children.push(frame.url ? { type: 'link', url: frame.url, title: null, children: frame.children } : { type: 'text', value: frame.children.map(plain).join('') });
    else if (frame.kind === 'item') (top() as { list?: List }).list?.children.push(frame.item);
    else if (frame.kind === 'list' && frame.list.children.length) blockTarget().push(frame.list);
    else if (frame.kind === 'cell') (top() as { cells?: string[] }).cells?.push(frame.text.replace(/\s+/g, ' ').trim());
    else if (frame.kind === 'row' && frame.cells.some(Boolean)) blockTarget().push({ type: 'paragraph', children: [{ type: 'text', value: frame.cells.join(' · ') }] });
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    if (e instanceof AppFailure) throw e;
    throw unreadable();
  }
  return { type: 'root', children: (root as { blocks: Block[] }).blocks };
}

function plain(node: PhrasingContent): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  return node.children.map(plain).join('');
}

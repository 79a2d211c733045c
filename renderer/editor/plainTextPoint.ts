import { $getRoot, $isElementNode, $isLineBreakNode, $isTextNode, type LexicalNode } from 'lexical';

const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem']);

/**
 * The text node and offset at a position of the note's plain text, counted the way the core's
 * readNotes counts it (blocks on their own lines), so a search hit's offset lands on its words.
 */
export function $plainTextPoint(offset: number): { key: string; offset: number } | null {
  let length = 0;
  let last = '';
  let found: { key: string; offset: number } | null = null;
  let lastText: { key: string; size: number } | null = null;

  const walk = (node: LexicalNode): void => {
    if (found) return;
    if ($isTextNode(node)) {
      const size = node.getTextContentSize();
      if (offset <= length + size) {
        found = { key: node.getKey(), offset: Math.max(0, offset - length) };
        return;
      }
      length += size;
      if (size) last = node.getTextContent().slice(-1);
      lastText = { key: node.getKey(), size };
      return;
    }
    if ($isLineBreakNode(node)) {
      length += 1;
      last = '\n';
      return;
    }
    if (!$isElementNode(node)) return;
    const isBlock = BLOCKS.has(node.getType());
    if (isBlock && length > 0 && last !== '\n') {
      length += 1;
      last = '\n';
    }
    for (const child of node.getChildren()) walk(child);
    if (isBlock && last !== '\n') {
      length += 1;
      last = '\n';
    }
  };
  walk($getRoot());
  if (found) return found;
  const tail = lastText as { key: string; size: number } | null;
  return tail ? { key: tail.key, offset: tail.size } : null;
}

import { $isMarkNode, type MarkNode } from '@lexical/mark';
import { $isElementNode, type LexicalNode } from 'lexical';

/** Every highlight mark in and under `node`, in document order. */
export function $marksIn(node: LexicalNode, out: MarkNode[] = []): MarkNode[] {
  if ($isMarkNode(node)) out.push(node);
  if ($isElementNode(node)) for (const child of node.getChildren()) $marksIn(child, out);
  return out;
}

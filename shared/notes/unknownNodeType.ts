import type { LexicalNodeJson } from '../schema/notes';
import { NOTE_NODE_TYPES } from './noteNodes';

/**
 * The first node type in a stored note that this version does not know, or null. Lexical's parser
 * does not refuse such a note: it keeps the blocks before the unknown node and drops the rest, so
 * a note is checked before it is opened, or a save would make the loss permanent.
 */
export function unknownNodeType(root: LexicalNodeJson): string | null {
  // A loop, not recursion: a tampered note may nest deeper than the call stack goes.
  const stack: LexicalNodeJson[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (!NOTE_NODE_TYPES.has(node.type)) return node.type;
    if (Array.isArray(node.children)) for (const child of node.children) stack.push(child);
  }
  return null;
}

import type { BaseSerializedNode } from '@lexical/clipboard';
import { NOTE_NODE_TYPES } from '../../shared/notes/noteNodes';

const MIME = 'application/x-lexical-editor';
/** As much as a whole note may weigh. */
const MAX_CHARS = 24 * 1024 * 1024;
const MAX_NODES = 500_000;
/** Lists nested inside lists, deeper than any note needs and far from what the core's check can walk. */
const MAX_DEPTH = 32;

export const hasOwnClipboardFlavour = (data: DataTransfer | null): boolean => Boolean(data?.types.includes(MIME));

/**
 * Whether every node is a note node other than the root, no deeper than MAX_DEPTH, MAX_NODES in
 * all. A pasted "root" would be the note's own live root to Lexical.
 */
function fits(nodes: unknown[]): nodes is BaseSerializedNode[] {
  // A loop, not recursion: a crafted payload may nest deeper than the call stack goes.
  const stack: Array<[unknown, number]> = nodes.map((node) => [node, 1]);
  let count = 0;
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (++count > MAX_NODES || depth > MAX_DEPTH || typeof node !== 'object' || node === null) return false;
    const { type, children } = node as { type?: unknown; children?: unknown };
    if (typeof type !== 'string' || type === 'root' || !NOTE_NODE_TYPES.has(type)) return false;
    if (children === undefined) continue;
    if (!Array.isArray(children)) return false;
    for (const child of children) stack.push([child, depth + 1]);
  }
  return true;
}

/**
 * The nodes a note editor put on the clipboard itself (copy or cut inside a note), or null when the
 * clipboard holds none, holds another editor's, or holds anything but note nodes of a sane size.
 * Any web page can put this flavour on the clipboard, so it is checked as strictly as pasted HTML.
 */
export function ownClipboardNodes(data: DataTransfer | null, namespace: string): BaseSerializedNode[] | null {
  const text = data?.getData(MIME);
  if (!text || text.length > MAX_CHARS) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null) return null;
  const { namespace: from, nodes } = json as { namespace?: unknown; nodes?: unknown };
  if (from !== namespace || !Array.isArray(nodes) || !fits(nodes)) return null;
  return nodes;
}

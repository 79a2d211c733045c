import type { BaseSerializedNode } from '@lexical/clipboard';

const MIME = 'application/x-lexical-editor';
/** As much as a whole note may weigh. */
const MAX_CHARS = 24 * 1024 * 1024;

const MAX_BLOCKS = 200_000;

const isNode = (node: unknown): node is BaseSerializedNode =>
  typeof node === 'object' && node !== null && typeof (node as { type?: unknown }).type === 'string';

/**
 * The nodes a note editor put on the clipboard itself (copy or cut inside a note), or null when the
 * clipboard holds none, holds another editor's, or holds something malformed. Only their shape is
 * checked here; the editor then refuses any node type it does not know.
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
  if (from !== namespace || !Array.isArray(nodes) || nodes.length > MAX_BLOCKS || !nodes.every(isNode)) return null;
  return nodes;
}

import { createYjsBinding } from '@lexical/yjs';
import { $getNodeByKey, createEditor, type LexicalNode, type NodeKey } from 'lexical';
import { Doc } from 'yjs';

type SyncChild = (
  this: unknown,
  binding: unknown,
  index: number,
  key: NodeKey,
  prevNodeMap: Map<NodeKey, LexicalNode>,
  dirtyElements: Map<NodeKey, unknown>,
  dirtyLeaves: Set<NodeKey>,
) => void;

let installed = false;

/**
 * @lexical/yjs (0.52, 0.53) writes a local change into Yjs by walking every block of the note and
 * comparing each one's properties and text with its previous state, whether it changed or not: in
 * a 20,000-word note that walk was most of the binding's time per key, and grew with the note. A
 * block or text Lexical did not mark dirty, and that is the very same node object as before, has
 * nothing to write: the walk now passes it by. Anything else (a new, moved, replaced or dirty
 * node, or a whole new editor state, whose nodes are all new objects) goes through as before.
 * Installed once, on the binding's element class; a release without that method is left as it is.
 */
export function syncChangedNodesOnly(): void {
  if (installed) return;
  installed = true;
  const doc = new Doc();
  const probe = createYjsBinding({ editor: createEditor(), id: 'probe', doc, docMap: new Map([['probe', doc]]) });
  const elementClass = Object.getPrototypeOf(probe.root) as { _syncChildFromLexical?: SyncChild };
  const original = elementClass._syncChildFromLexical;
  if (typeof original !== 'function') return;
  elementClass._syncChildFromLexical = function (binding, index, key, prevNodeMap, dirtyElements, dirtyLeaves) {
    if (!dirtyElements.has(key) && !dirtyLeaves.has(key) && prevNodeMap.get(key) === $getNodeByKey(key)) return;
    original.call(this, binding, index, key, prevNodeMap, dirtyElements, dirtyLeaves);
  };
}

import type { LexicalEditor } from 'lexical';

/** Where @lexical/react's collaboration publishes the note's Yjs UndoManager on its editor. */
const COLLAB_UNDO_MANAGER = Symbol.for('@lexical/yjs/UndoManager');

/**
 * Ends the undo step being gathered, so the next change is a step of its own. Yjs joins changes
 * made within half a second into one step: without this, making a highlight right after typing
 * would be undone together with the words typed.
 */
export function undoBoundary(editor: LexicalEditor): void {
  const manager = (editor as unknown as Record<symbol, { stopCapturing(): void } | undefined>)[COLLAB_UNDO_MANAGER];
  manager?.stopCapturing();
}

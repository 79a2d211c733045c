import type { LexicalNodeJson, NotesChanges, NotesDocument } from '../schema/notes';

/**
 * The note `changes` describe, built from the stored note they were made against; null when they
 * do not fit it (another block count, or a run past its end), so nothing is guessed.
 */
export function applyNotesChanges(stored: NotesDocument, changes: NotesChanges): NotesDocument | null {
  const kept = stored.editorState.root.children ?? [];
  if (kept.length !== changes.baseBlocks) return null;
  const children: LexicalNodeJson[] = [];
  for (const part of changes.blocks) {
    if (!Array.isArray(part)) {
      children.push(part);
      continue;
    }
    const [start, count] = part;
    if (start + count > kept.length) return null;
    for (let i = start; i < start + count; i++) children.push(kept[i]!);
  }
  return { ...stored, editorState: { ...stored.editorState, root: { ...changes.root, children } } };
}

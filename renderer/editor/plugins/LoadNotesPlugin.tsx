import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { useEffect } from 'react';
import { unknownNodeType } from '../../../shared/notes/unknownNodeType';
import type { NotesDocument } from '../../../shared/schema/notes';

export const LOAD_TAG = 'journey-load';

interface LoadNotesPluginProps {
  notes: NotesDocument | null;
  /** The note's plain text, shown when the stored state cannot be read. */
  fallbackText: string;
  onUnreadable(): void;
}

function $fillPlainText(text: string) {
  const root = $getRoot();
  root.clear();
  for (const line of text.split('\n')) {
    const paragraph = $createParagraphNode();
    if (line) paragraph.append($createTextNode(line));
    root.append(paragraph);
  }
  if (root.isEmpty()) root.append($createParagraphNode());
}

/**
 * Puts the stored note into the editor once. A note this editor cannot parse (a node type it
 * does not know, a damaged state) opens as its plain text so the interview stays usable.
 *
 * It loads in a passive effect placed after the editor's own plugins, so their node transforms
 * are registered on an empty editor: registering a transform on a loaded one re-runs it over
 * every node of its type, which costs a whole extra update of a long note and looks like an edit.
 */
export function LoadNotesPlugin({ notes, fallbackText, onUnreadable }: LoadNotesPluginProps) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const known = notes !== null && unknownNodeType(notes.editorState.root) === null;
    let readable = known || (notes === null && fallbackText === '');
    if (notes && known) {
      try {
        const state = editor.parseEditorState(notes.editorState as unknown as Parameters<typeof editor.parseEditorState>[0]);
        if (state.isEmpty()) throw new Error('empty editor state');
        editor.setEditorState(state, { tag: 'history-merge' });
        return;
      } catch {
        readable = false;
      }
    }
    editor.update(() => $fillPlainText(fallbackText), { tag: [LOAD_TAG, 'history-merge'], discrete: true });
    if (!readable) onUnreadable();
    // Loads once per mounted editor; a reloaded interview mounts a new one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor]);
  return null;
}

import { $unwrapMarkNode } from '@lexical/mark';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, HISTORIC_TAG, HISTORY_MERGE_TAG, type EditorState } from 'lexical';
import { useEffect, useRef } from 'react';
import { $marksIn } from '../marksIn';

const markIds = (state: EditorState) => state.read(() => new Set($marksIn($getRoot()).flatMap((mark) => mark.getIDs())));
const textOf = (state: EditorState) => state.read(() => $getRoot().getTextContent());

interface StaleMarksProps {
  /** Whether a highlight id still exists; null while the highlights are not loaded yet. */
  known: ((id: string) => boolean) | null;
  /**
   * An undo or redo took these highlights' marks out or put them back and changed no words: the
   * making of a highlight undone or redone. Told before stale marks are looked for, so an id it
   * makes known again keeps its mark.
   */
  onMarksOnly?: (removed: string[], added: string[]) => void;
}

/**
 * Undo can bring back the mark of a highlight that was removed since: a mark nothing answers to
 * when clicked. After each undo or redo, such marks are taken out again, folded into the same
 * history step so the next undo still goes further back.
 */
export function StaleMarksPlugin({ known, onMarksOnly }: StaleMarksProps) {
  const [editor] = useLexicalComposerContext();
  const current = useRef({ known, onMarksOnly });
  useEffect(() => {
    current.current = { known, onMarksOnly };
  });
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState, prevEditorState, tags }) => {
        if (!tags.has(HISTORIC_TAG)) return;
        const { onMarksOnly: marksOnly } = current.current;
        if (marksOnly) {
          const before = markIds(prevEditorState);
          const after = markIds(editorState);
          const removed = [...before].filter((id) => !after.has(id));
          const added = [...after].filter((id) => !before.has(id));
          if ((removed.length > 0 || added.length > 0) && textOf(prevEditorState) === textOf(editorState)) marksOnly(removed, added);
        }
        const isKnown = current.current.known;
        if (!isKnown) return;
        const stale = editorState.read(() => $marksIn($getRoot()).some((mark) => mark.getIDs().some((id) => !isKnown(id))));
        if (!stale) return;
        editor.update(
          () => {
            for (const mark of $marksIn($getRoot())) {
              for (const id of mark.getIDs()) if (!isKnown(id)) mark.deleteID(id);
              if (mark.getIDs().length === 0) $unwrapMarkNode(mark);
            }
          },
          { tag: HISTORY_MERGE_TAG },
        );
      }),
    [editor],
  );
  return null;
}

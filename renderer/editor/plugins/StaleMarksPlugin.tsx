import { $unwrapMarkNode } from '@lexical/mark';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, HISTORIC_TAG, HISTORY_MERGE_TAG } from 'lexical';
import { useEffect, useRef } from 'react';
import { $marksIn } from '../marksIn';

/**
 * Undo can bring back the mark of a highlight that was removed since: a mark nothing answers to
 * when clicked. After each undo or redo, such marks are taken out again, folded into the same
 * history step so the next undo still goes further back. `known` says whether a highlight id
 * still exists; null while the highlights are not loaded yet.
 */
export function StaleMarksPlugin({ known }: { known: ((id: string) => boolean) | null }) {
  const [editor] = useLexicalComposerContext();
  const current = useRef(known);
  useEffect(() => {
    current.current = known;
  });
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState, tags }) => {
        const isKnown = current.current;
        if (!isKnown || !tags.has(HISTORIC_TAG)) return;
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

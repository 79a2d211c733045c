import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { LOAD_TAG } from './LoadNotesPlugin';

/** Tag for edits that are saved by their own operation (creating a highlight saves the note itself). */
export const SELF_SAVING_TAG = 'journey-self-saving';

/**
 * Reports edits of the content, not selection moves or the initial load: only those need a save.
 * It hands over nothing but the fact of a change, so typing costs no serialisation.
 */
export function ChangePlugin({ onChange }: { onChange(): void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        if (prevEditorState.isEmpty() || tags.has(LOAD_TAG) || tags.has(SELF_SAVING_TAG)) return;
        onChange();
      }),
    [editor, onChange],
  );
  return null;
}

import { $isMarkNode, MarkNode } from '@lexical/mark';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey } from 'lexical';
import { useEffect, useRef } from 'react';

/** Highlight id → the colour of its first tag, or null for an untagged highlight. */
export type MarkColours = ReadonlyMap<string, string | null>;

function paint(element: HTMLElement, ids: string[], colours: MarkColours) {
  element.dataset.highlightIds = ids.join(' ');
  const colour = ids.map((id) => colours.get(id)).find((c) => c);
  // A custom property set from script is allowed by the content security policy; the class reads it.
  if (colour) element.style.setProperty('--mark-colour', colour);
  else element.style.removeProperty('--mark-colour');
  element.classList.toggle('note-mark-tagged', Boolean(colour));
}

/**
 * Gives every highlight mark its highlight ids (for clicks and jumps) and its tag's colour.
 * Marks are painted when Lexical creates or updates them, and all again when colours change.
 */
export function MarkStylePlugin({ colours }: { colours: MarkColours }) {
  const [editor] = useLexicalComposerContext();
  const current = useRef(colours);

  useEffect(
    () =>
      editor.registerMutationListener(MarkNode, (mutations) => {
        editor.getEditorState().read(() => {
          for (const [key, kind] of mutations) {
            if (kind === 'destroyed') continue;
            const node = $getNodeByKey(key);
            const element = editor.getElementByKey(key);
            if ($isMarkNode(node) && element) paint(element, node.getIDs(), current.current);
          }
        });
      }),
    [editor],
  );

  useEffect(() => {
    current.current = colours;
    const root = editor.getRootElement();
    root?.querySelectorAll<HTMLElement>('mark[data-highlight-ids]').forEach((element) => {
      paint(element, (element.dataset.highlightIds ?? '').split(' ').filter(Boolean), colours);
    });
  }, [editor, colours]);

  return null;
}

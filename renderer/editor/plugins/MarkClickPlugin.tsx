import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';

/** Reports a click on a highlight mark: its ids and where it sits on screen (the keyboard path is the Highlight key). */
export function MarkClickPlugin({ onMark }: { onMark(ids: string[], rect: DOMRect): void }) {
  const [editor] = useLexicalComposerContext();
  const handler = useRef(onMark);
  useEffect(() => {
    handler.current = onMark;
  });
  useEffect(
    () =>
      editor.registerRootListener((root) => {
        const onClick = (event: MouseEvent) => {
          const mark = (event.target as HTMLElement | null)?.closest<HTMLElement>('mark[data-highlight-ids]');
          if (!mark) return;
          // A click that finishes a text selection is for highlighting, not for opening the mark.
          if (!window.getSelection()?.isCollapsed) return;
          handler.current((mark.dataset.highlightIds ?? '').split(' ').filter(Boolean), mark.getBoundingClientRect());
        };
        root?.addEventListener('click', onClick);
        return () => root?.removeEventListener('click', onClick);
      }),
    [editor],
  );
  return null;
}

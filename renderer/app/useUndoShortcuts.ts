import { useEffect } from 'react';
import { isTextEditing } from './isTextEditing';

interface Steps {
  undo(): void;
  redo(): void;
}

/**
 * Ctrl/Cmd+Z undoes this window's last change in the core, Shift+Ctrl/Cmd+Z and Ctrl+Y redo it.
 * A focused text field or editor keeps the keys for its own undo; an open dialog keeps them too.
 */
export function useUndoShortcuts({ undo, redo }: Steps): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      // A list box has no undo of its own: there, the keys are the project's.
      const ownUndo = isTextEditing(e.target) && !(e.target instanceof HTMLSelectElement);
      if (!(e.ctrlKey || e.metaKey) || e.altKey || ownUndo) return;
      if (document.querySelector('dialog[open]')) return;
      const key = e.key.toLowerCase();
      const isRedo = (key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey && e.ctrlKey);
      const isUndo = key === 'z' && !e.shiftKey;
      if (!isUndo && !isRedo) return;
      e.preventDefault();
      if (isRedo) redo();
      else undo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);
}

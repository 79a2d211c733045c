import { useEffect } from 'react';
import type { UndoEntry } from './undoStack';
import { useUndoStack } from './UndoContext';

/** Text fields keep their own native undo; the project's history applies everywhere else. */
function isTextEditing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(target.type);
  return false;
}

interface Handlers {
  onDone(kind: 'undo' | 'redo', entry: UndoEntry | null): void;
  onFailed(error: unknown): void;
}

export function useUndoShortcuts({ onDone, onFailed }: Handlers): void {
  const stack = useUndoStack();
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isTextEditing(e.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const key = e.key.toLowerCase();
      const redo = (key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey && e.ctrlKey);
      const undo = key === 'z' && !e.shiftKey;
      if (!undo && !redo) return;
      e.preventDefault();
      const kind = redo ? 'redo' : 'undo';
      (redo ? stack.redo() : stack.undo()).then((entry) => onDone(kind, entry), onFailed);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [stack, onDone, onFailed]);
}

import { useEffect } from 'react';
import { isTextEditing } from '../../app/isTextEditing';

/** Ctrl/Cmd+K from anywhere, "/" when not typing: the quickest way to find a quote during a workshop. */
export function useSearchShortcut(onSearch: () => void): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (document.querySelector('dialog[open]')) return;
      const modK = (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k';
      const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTextEditing(e.target);
      if (!modK && !slash) return;
      e.preventDefault();
      onSearch();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onSearch]);
}

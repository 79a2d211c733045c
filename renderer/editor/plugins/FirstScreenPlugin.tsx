import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

/** Events after which the browser must know where every block of the note is. */
const INTERACTIONS = ['keydown', 'pointerdown', 'mousedown', 'focusin', 'beforeinput', 'paste', 'drop', 'wheel'] as const;

/**
 * A long note opens at its first screen: while it loads, the browser lays out only the blocks
 * near the window (`data-first-screen` in editor.css), so the text appears a layout sooner.
 * Right after that first frame, or at the first key, click or scroll if one comes earlier, the
 * whole note is laid out, so caret keys and clicks always move through real positions.
 */
export function FirstScreenPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let root: HTMLElement | null = null;
    let frame = 0;
    let timer = 0;
    const release = () => {
      if (!root) return;
      root.removeAttribute('data-first-screen');
      for (const type of INTERACTIONS) root.removeEventListener(type, release, true);
      window.cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      root = null;
      frame = 0;
    };
    const offRoot = editor.registerRootListener((next) => {
      release();
      if (!next || !editor.getEditorState().isEmpty()) return;
      root = next;
      root.setAttribute('data-first-screen', '');
      for (const type of INTERACTIONS) root.addEventListener(type, release, true);
    });
    const offUpdate = editor.registerUpdateListener(({ editorState }) => {
      if (!root || editorState.isEmpty() || frame) return;
      // A timeout set in the frame callback runs once that frame has been drawn.
      frame = window.requestAnimationFrame(() => (timer = window.setTimeout(release, 0)));
    });
    return () => {
      offRoot();
      offUpdate();
      release();
    };
  }, [editor]);
  return null;
}

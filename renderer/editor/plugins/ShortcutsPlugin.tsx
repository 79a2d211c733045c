import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_NORMAL, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect, useRef } from 'react';
import { $currentBlockKind, setBlockKind, type BlockKind } from '../blockFormat';

interface ShortcutsPluginProps {
  onHighlight(): void;
  onTimestamp(): void;
  onLink(): void;
}

const blockKeys: Record<string, BlockKind> = { 'alt+Digit1': 'h1', 'alt+Digit2': 'h2', 'alt+Digit0': 'paragraph', 'shift+Digit7': 'number', 'shift+Digit8': 'bullet', 'shift+Digit9': 'quote' };

/**
 * Keys for the toolbar's actions. Codes (not characters) are matched so that Polish keyboard
 * layouts, where Alt+digit may type a character, still reach the same action.
 */
export function ShortcutsPlugin(props: ShortcutsPluginProps) {
  const [editor] = useLexicalComposerContext();
  const handlers = useRef(props);
  useEffect(() => {
    handlers.current = props;
  });
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (!(event.ctrlKey || event.metaKey)) return false;
          const key = event.key.toLowerCase();
          if (!event.shiftKey && !event.altKey && key === 'h') {
            event.preventDefault();
            handlers.current.onHighlight();
            return true;
          }
          if (event.shiftKey && !event.altKey && event.code === 'KeyE') {
            event.preventDefault();
            handlers.current.onTimestamp();
            return true;
          }
          if (event.shiftKey && !event.altKey && event.code === 'KeyK') {
            event.preventDefault();
            handlers.current.onLink();
            return true;
          }
          const combo = `${event.altKey ? 'alt+' : ''}${event.shiftKey ? 'shift+' : ''}${event.code}`;
          const kind = blockKeys[combo];
          if (!kind) return false;
          event.preventDefault();
          const current = editor.getEditorState().read(() => $currentBlockKind());
          setBlockKind(editor, kind, current);
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor],
  );
  return null;
}

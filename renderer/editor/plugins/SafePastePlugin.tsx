import { $insertGeneratedNodes } from '@lexical/clipboard';
import { $generateNodesFromDOM } from '@lexical/html';
import { $isLinkNode } from '@lexical/link';
import { $isMarkNode } from '@lexical/mark';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_HIGH,
  PASTE_COMMAND,
  type LexicalNode,
} from 'lexical';
import { useEffect } from 'react';
import { isSafeNoteUrl } from '../../../shared/notes/noteNodes';

/** Pasted formatting that must not survive into a note: inline styles, unsafe links, foreign highlight marks. */
function $clean(node: LexicalNode): LexicalNode[] {
  if ($isTextNode(node)) {
    node.setStyle('');
    return [node];
  }
  if (!$isElementNode(node)) return [node];
  for (const child of node.getChildren()) $clean(child);
  if ('setTextStyle' in node && typeof node.setTextStyle === 'function') node.setTextStyle('');
  // A copied mark would claim a highlight id that already belongs to other words.
  if ($isMarkNode(node) || ($isLinkNode(node) && !isSafeNoteUrl(node.getURL()))) {
    const children = node.getChildren();
    if (node.getParent()) {
      for (const child of children) node.insertBefore(child);
      node.remove();
    }
    return children;
  }
  return [node];
}

/**
 * Word, Google Docs and web pages paste rich HTML: it is sanitised first and only then turned
 * into note nodes, so scripts, styles and remote images never reach the editor. Plain text
 * takes Lexical's own path.
 */
export function SafePastePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = event instanceof ClipboardEvent ? event.clipboardData : null;
          const html = data?.getData('text/html');
          if (!html) return false;
          event.preventDefault();
          // The sanitiser and its HTML tokenizer are a third of the editor's code and only a rich paste needs them.
          void import('../sanitizePastedHtml').then(({ sanitizePastedHtml }) => {
            const dom = new DOMParser().parseFromString(sanitizePastedHtml(html), 'text/html');
            editor.update(() => {
              const selection = $getSelection();
              if (!$isRangeSelection(selection)) return;
              const nodes = $generateNodesFromDOM(editor, dom).flatMap($clean);
              $insertGeneratedNodes(editor, nodes, selection);
            });
          });
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}

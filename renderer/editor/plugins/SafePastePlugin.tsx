import { $generateNodesFromSerializedNodes, $insertDataTransferForPlainText, $insertGeneratedNodes } from '@lexical/clipboard';
import { $generateNodesFromDOM } from '@lexical/html';
import { $isLinkNode } from '@lexical/link';
import { $isMarkNode } from '@lexical/mark';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_HIGH,
  PASTE_COMMAND,
  type LexicalNode,
} from 'lexical';
import { useEffect, useRef } from 'react';
import { isSafeNoteUrl } from '../../../shared/notes/noteNodes';
import { $marksIn } from '../marksIn';
import { hasOwnClipboardFlavour, ownClipboardNodes } from '../ownClipboardNodes';

/**
 * Pasted formatting that must not survive into a note: inline styles, unsafe links, foreign
 * highlight marks. `keepMark` says which highlight ids may come along (the words of a cut).
 */
function $clean(node: LexicalNode, keepMark: (id: string) => boolean = () => false): LexicalNode[] {
  if ($isTextNode(node)) {
    node.setStyle('');
    return [node];
  }
  if (!$isElementNode(node)) return [node];
  for (const child of node.getChildren()) $clean(child, keepMark);
  if ('setTextStyle' in node && typeof node.setTextStyle === 'function') node.setTextStyle('');
  // A copied mark would claim a highlight id that already belongs to other words.
  if ($isMarkNode(node)) for (const id of node.getIDs()) if (!keepMark(id)) node.deleteID(id);
  if (($isMarkNode(node) && node.getIDs().length === 0) || ($isLinkNode(node) && !isSafeNoteUrl(node.getURL()))) {
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
 * takes Lexical's own path. Words cut from a note and pasted back come as the editor's own
 * nodes, and keep their highlight when `isHighlight` knows its id and no other words carry it.
 */
export function SafePastePlugin({ namespace, isHighlight }: { namespace: string; isHighlight?: ((id: string) => boolean) | null }) {
  const [editor] = useLexicalComposerContext();
  const known = useRef(isHighlight);
  useEffect(() => {
    known.current = isHighlight;
  });
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = event instanceof ClipboardEvent ? event.clipboardData : null;
          const own = ownClipboardNodes(data, namespace);
          const selection = $getSelection();
          if (own && $isRangeSelection(selection)) {
            // Command listeners run inside an editor update: the nodes go in at once.
            const isHighlight = known.current ?? (() => false);
            const present = new Set($marksIn($getRoot()).flatMap((mark) => mark.getIDs()));
            let nodes: LexicalNode[] | null = null;
            try {
              nodes = $generateNodesFromSerializedNodes(own);
            } catch {
              // A node type this editor does not know: the HTML of the same copy goes the sanitised way.
            }
            if (nodes) {
              event.preventDefault();
              $insertGeneratedNodes(editor, nodes.flatMap((node) => $clean(node, (id) => isHighlight(id) && !present.has(id))), selection);
              return true;
            }
          }
          const html = data?.getData('text/html');
          if (!html) {
            // Lexical's own importer would take its JSON flavour as it is: one declined above goes in as plain text.
            if (!data || !hasOwnClipboardFlavour(data) || !$isRangeSelection(selection)) return false;
            event.preventDefault();
            $insertDataTransferForPlainText(data, selection);
            return true;
          }
          event.preventDefault();
          // The sanitiser and its HTML tokenizer are a third of the editor's code and only a rich paste needs them.
          void import('../sanitizePastedHtml').then(({ sanitizePastedHtml }) => {
            const dom = new DOMParser().parseFromString(sanitizePastedHtml(html), 'text/html');
            editor.update(() => {
              const selection = $getSelection();
              if (!$isRangeSelection(selection)) return;
              const nodes = $generateNodesFromDOM(editor, dom).flatMap((node) => $clean(node));
              $insertGeneratedNodes(editor, nodes, selection);
            });
          });
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor, namespace],
  );
  return null;
}

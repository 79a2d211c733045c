import { $createLinkNode, $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { $createTextNode, $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';

/**
 * Links the selected words to `url`. With nothing selected and the caret outside a link, the
 * address goes in at the caret as the link's own words: Lexical's toggle would link the whole
 * run of text around the caret instead.
 */
export function applyLink(editor: LexicalEditor, url: string): void {
  editor.update(() => {
    const selection = $getSelection();
    if ($isRangeSelection(selection) && selection.isCollapsed()) {
      const node = selection.anchor.getNode();
      if (!$isLinkNode(node) && !$isLinkNode(node.getParent())) {
        // With the rel a toggled link gets, so both kinds of link are saved alike.
        selection.insertNodes([$createLinkNode(url, { rel: 'noreferrer' }).append($createTextNode(url))]);
        return;
      }
    }
    // Through the command, so the link plugin's own check of the address applies as well.
    editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
  });
}

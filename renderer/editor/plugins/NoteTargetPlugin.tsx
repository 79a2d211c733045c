import { $isMarkNode } from '@lexical/mark';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $isElementNode, $setSelection, $createRangeSelection, type LexicalNode } from 'lexical';
import { useEffect } from 'react';
import { $restoreCaretPlace, type CaretPlace } from '../caretPlace';
import { $plainTextPoint } from '../plainTextPoint';

/**
 * `start`: the note itself (a new interview, a search hit on a title). `caret`: where the typist
 * was in the note this one replaces (read again after another window saved it); null for its end.
 */
export type NoteTarget =
  | { kind: 'highlight'; highlightId: string }
  | { kind: 'offset'; offset: number }
  | { kind: 'start' }
  | { kind: 'caret'; place: CaretPlace | null };

function $findMark(node: LexicalNode, id: string): LexicalNode | null {
  if ($isMarkNode(node) && node.hasID(id)) return node;
  if (!$isElementNode(node)) return null;
  for (const child of node.getChildren()) {
    const found = $findMark(child, id);
    if (found) return found;
  }
  return null;
}

const FLASH_MS = 1_600;

/**
 * Opens the note at a place, with the keyboard: a highlight's mark or a search hit's offset
 * scrolls into view and briefly flashes so the eye finds it on a projector; the note's start or
 * the typist's caret just takes the keys, so what is typed next lands in the note.
 */
export function NoteTargetPlugin({ target, nonce }: { target: NoteTarget | null; nonce: number }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (!target) return;
    if (target.kind === 'start') {
      editor.focus(undefined, { defaultSelection: 'rootStart' });
      return;
    }
    if (target.kind === 'caret') {
      editor.update(() => $restoreCaretPlace(target.place), { discrete: true });
      editor.focus();
      return;
    }
    let elementKey: string | null = null;
    editor.update(
      () => {
        let key: string | null = null;
        let offset = 0;
        if (target.kind === 'highlight') {
          const mark = $findMark($getRoot(), target.highlightId);
          if (!mark || !$isElementNode(mark)) return;
          elementKey = mark.getKey();
          const first = mark.getFirstDescendant();
          if (!first) return;
          key = first.getKey();
        } else {
          const point = $plainTextPoint(target.offset);
          if (!point) return;
          key = point.key;
          offset = point.offset;
          elementKey = point.key;
        }
        const selection = $createRangeSelection();
        selection.anchor.set(key, offset, 'text');
        selection.focus.set(key, offset, 'text');
        $setSelection(selection);
      },
      { tag: 'skip-scroll-into-view', discrete: true },
    );
    const element = elementKey ? editor.getElementByKey(elementKey) : null;
    editor.focus(undefined, { defaultSelection: 'rootStart' });
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    element.classList.add('note-flash');
    const timer = window.setTimeout(() => element.classList.remove('note-flash'), FLASH_MS);
    return () => window.clearTimeout(timer);
    // The nonce makes the same target jump again when asked twice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, nonce]);
  return null;
}

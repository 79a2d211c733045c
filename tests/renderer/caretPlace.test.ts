import { createHeadlessEditor } from '@lexical/headless';
import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { noteNodes } from '../../shared/notes/noteNodes';
import { $readCaretPlace, $restoreCaretPlace, findCaret, type CaretPlace } from '../../renderer/editor/caretPlace';

describe('findCaret: the caret of a note given up, in the note read again', () => {
  it('stays at the end of the paragraph being typed when another window wrote more into it', () => {
    const place = { block: 0, before: 'Klient mówi, że dojazd', after: '' };
    expect(findCaret(['Klient mówi, że cena jest za wysoka.'], place)).toEqual({ block: 0, offset: 36 });
  });

  it('stands before the words that followed it, wherever the other window wrote', () => {
    const place = { block: 1, before: 'Pierwsze zdanie nowe', after: ' i drugie zdanie.' };
    const blocks = ['Wstęp.', 'Dopisek. Pierwsze zdanie i drugie zdanie.'];
    expect(findCaret(blocks, place)).toEqual({ block: 1, offset: 'Dopisek. Pierwsze zdanie'.length });
  });

  it('stands where the words before it stop matching when the words after it changed', () => {
    const place = { block: 0, before: 'Alfa beta gamma wpisane', after: 'delta.' };
    expect(findCaret(['Alfa beta gamma delta epsilon.'], place)).toEqual({ block: 0, offset: 16 });
  });

  it('finds its paragraph moved down by one written above it', () => {
    const place = { block: 0, before: 'Rata jest za wysoka', after: '.' };
    expect(findCaret(['Nowy akapit z drugiego okna.', 'Rata jest za wysoka.'], place)).toEqual({ block: 1, offset: 19 });
  });

  it('of two paragraphs alike, takes the one nearer its old place', () => {
    const place = { block: 2, before: 'To samo zdanie', after: '' };
    expect(findCaret(['To samo zdanie.', 'Inne.', 'To samo zdanie.'], place)?.block).toBe(2);
  });

  it('finds nothing for a paragraph typed only in the words given up, nor by chance likeness', () => {
    expect(findCaret(['Karta A pisze.'], { block: 1, before: 'Hej', after: '' })).toBeNull();
    expect(findCaret(['Nowy klient z Łodzi.'], { block: 0, before: 'Nowy akapit o cenach', after: '' })).toBeNull();
  });

  it('keeps an empty paragraph that is still there, and finds no other for it', () => {
    expect(findCaret(['A.', '', 'B.'], { block: 1, before: '', after: '' })).toEqual({ block: 1, offset: 0 });
    expect(findCaret(['A.', 'B.'], { block: 1, before: '', after: '' })).toBeNull();
  });
});

function newEditor(build: () => void): LexicalEditor {
  const editor = createHeadlessEditor({ nodes: noteNodes, onError: (e) => { throw e; } });
  editor.update(build, { discrete: true });
  return editor;
}

const caretText = (editor: LexicalEditor) =>
  editor.getEditorState().read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
    const node = selection.anchor.getNode();
    return { node: node.getTextContent(), offset: selection.anchor.offset };
  });

describe('$readCaretPlace and $restoreCaretPlace', () => {
  it('read a caret inside a link of a list item, and put it back in the same words of a new editor', () => {
    const build = () => {
      const list = $createListNode('bullet');
      const link = $createLinkNode('https://example.com').append($createTextNode('strona sklepu'));
      list.append($createListItemNode().append($createTextNode('Pierwszy punkt.')));
      list.append($createListItemNode().append($createTextNode('Zobacz '), link, $createTextNode(' i wróć.')));
      $getRoot().append($createParagraphNode().append($createTextNode('Wstęp.')), list);
    };
    const old = newEditor(build);
    old.update(() => $getRoot().getAllTextNodes()[3]!.select(6, 6), { discrete: true });
    const place = old.getEditorState().read($readCaretPlace);
    expect(place).toEqual<CaretPlace>({ block: 2, before: 'Zobacz strona', after: ' sklepu i wróć.' });

    const reloaded = newEditor(build);
    reloaded.update(() => $restoreCaretPlace(place), { discrete: true });
    expect(caretText(reloaded)).toEqual({ node: 'strona sklepu', offset: 6 });
  });

  it('put the caret at the end of the note when its place is gone', () => {
    const editor = newEditor(() => $getRoot().append($createParagraphNode().append($createTextNode('Jedyne zdanie.'))));
    editor.update(() => $restoreCaretPlace({ block: 3, before: 'Hej', after: '' }), { discrete: true });
    expect(caretText(editor)).toEqual({ node: 'Jedyne zdanie.', offset: 14 });
    editor.update(() => $restoreCaretPlace(null), { discrete: true });
    expect(caretText(editor)).toEqual({ node: 'Jedyne zdanie.', offset: 14 });
  });
});

import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { HeadlessNote } from '../../main/core/notes/yjs/headlessNote';
import { notesFromBlocks, paragraph, textNode } from '../../main/core/notes/notesDocument';
import { NoteClient } from './support/noteClient';

type Visited = { syncPropertiesAndTextFromLexical(...args: unknown[]): void };

describe('a keystroke in a long note, written into its Yjs document', () => {
  it('visits the block typed into, not every block, and the document still reads as the note', async () => {
    const note = new HeadlessNote();
    await note.load(notesFromBlocks(Array.from({ length: 200 }, (_, i) => paragraph([textNode(`Akapit ${i}: klientka mówi o cenie.`)]))));
    // The text class of the binding, from the document's own nodes: every block's text is one of them.
    const root = (note as unknown as { binding: { root: { _children: { _children: object[] }[] } } }).binding.root;
    const textClass = Object.getPrototypeOf(root._children[0]!._children[0]!) as Visited;
    const original = textClass.syncPropertiesAndTextFromLexical;
    let visits = 0;
    textClass.syncPropertiesAndTextFromLexical = function (...args: unknown[]) {
      visits++;
      original.apply(this, args);
    };
    try {
      const typist = Object.assign(Object.create(NoteClient.prototype) as NoteClient, { note, outbox: [] });
      await typist.type(120, 1_000, ' Drogo.');
      expect(visits).toBeLessThanOrEqual(2);
    } finally {
      textClass.syncPropertiesAndTextFromLexical = original;
    }
    const other = new HeadlessNote();
    const { applyUpdate, encodeStateAsUpdate } = await import('yjs');
    applyUpdate(other.doc, encodeStateAsUpdate(note.doc));
    await other.settled();
    const text = other.editor.getEditorState().read(() => $getRoot().getTextContent());
    expect(text).toContain('Akapit 120: klientka mówi o cenie. Drogo.');
    expect(text).toBe(note.editor.getEditorState().read(() => $getRoot().getTextContent()));
  });
});

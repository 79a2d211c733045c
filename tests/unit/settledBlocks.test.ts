import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notesJson } from '../../main/core/notes/notesJson';
import { readNotes, type NoteRead } from '../../main/core/notes/readNotes';
import { sanitizeNotes } from '../../main/core/notes/sanitizeNotes';
import { settleBlocks } from '../../main/core/notes/settledBlocks';
import type { LexicalNodeJson, NotesDocument } from '../../shared/schema/notes';

const text = fc.record({
  type: fc.constant('text'),
  text: fc.constantFrom('', 'a', 'źródło ', 'ab-c', '\n', 'x\n'),
  format: fc.constantFrom(0, 1),
  style: fc.constantFrom('', 'color: red'),
});
const inline = fc.oneof(text, fc.record({ type: fc.constantFrom('linebreak', 'tab') }));

/** Notes of every shape the reader must handle: nested lists and marks, empty blocks, text straight under the root. */
const { node } = fc.letrec<{ node: LexicalNodeJson }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    inline,
    fc.record({ type: fc.constantFrom('paragraph', 'heading', 'quote', 'listitem', 'list'), children: fc.array(tie('node'), { maxLength: 4 }) }),
    fc.record({ type: fc.constant('mark'), ids: fc.constantFrom(['h1'], ['h2', 'h1'], ['h3']), children: fc.array(tie('node'), { maxLength: 3 }) }),
    fc.record({ type: fc.constant('link'), url: fc.constantFrom('https://example.com', 'javascript:alert(1)'), children: fc.array(inline, { maxLength: 2 }) }),
  ),
}));
const note = fc
  .record({ rootType: fc.constantFrom('root', 'root', 'root', 'paragraph'), blocks: fc.array(node, { maxLength: 8 }) })
  .map(({ rootType, blocks }): NotesDocument => ({ format: 'journey-studio/notes', version: 1, editorState: { root: { type: rootType, children: blocks } } }));

const plain = (read: NoteRead) => ({ text: read.text, words: read.words, marks: [...read.marks].sort() });

function settled(doc: NotesDocument): NotesDocument {
  const clean = sanitizeNotes(structuredClone(doc));
  settleBlocks(clean.editorState.root.children ?? []);
  return clean;
}

describe('settled blocks', () => {
  it('read as the same text, words and highlight ranges as fresh blocks, every time they are read', () => {
    fc.assert(
      fc.property(note, (doc) => {
        const fresh = plain(readNotes(sanitizeNotes(structuredClone(doc))));
        const kept = settled(doc);
        expect(plain(readNotes(kept))).toEqual(fresh);
        expect(plain(readNotes(kept))).toEqual(fresh);
      }),
      { numRuns: 3000 },
    );
  });

  it('keep their reading when other blocks around them change', () => {
    fc.assert(
      fc.property(note, fc.array(node, { maxLength: 3 }), fc.nat(), (doc, inserted, at) => {
        const kept = settled(doc);
        readNotes(kept);
        const blocks = [...(kept.editorState.root.children ?? [])];
        blocks.splice(at % (blocks.length + 1), 0, ...inserted);
        const next = { ...kept, editorState: { root: { ...kept.editorState.root, children: blocks } } };
        expect(plain(readNotes(sanitizeNotes(next)))).toEqual(plain(readNotes(sanitizeNotes(structuredClone(next)))));
      }),
      { numRuns: 2000 },
    );
  });

  it('serialise to exactly the JSON of the whole note', () => {
    fc.assert(
      fc.property(note, (doc) => {
        const kept = settled(doc);
        const whole = JSON.stringify(kept);
        expect(notesJson(kept)).toBe(whole);
        expect(notesJson(kept)).toBe(whole);
      }),
      { numRuns: 2000 },
    );
  });

  it('are frozen, so nothing can change them behind what was read from them', () => {
    const kept = settled({ format: 'journey-studio/notes', version: 1, editorState: { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Cena' }] }] } } });
    const block = kept.editorState.root.children![0]!;
    expect(() => {
      block.children![0]!.text = 'Inna';
    }).toThrow(TypeError);
    expect(readNotes(kept).text).toBe('Cena');
  });

  it('are kept as they are by the sanitiser, which still cleans the blocks around them', () => {
    const kept = settled({ format: 'journey-studio/notes', version: 1, editorState: { root: { type: 'root', children: [{ type: 'paragraph', children: [] }] } } });
    const pasted: LexicalNodeJson = { type: 'paragraph', children: [{ type: 'text', text: 'Wklejone', style: 'color: red' }] };
    const next = sanitizeNotes({ ...kept, editorState: { root: { type: 'root', children: [...kept.editorState.root.children!, pasted] } } });
    expect(next.editorState.root.children![0]).toBe(kept.editorState.root.children![0]);
    expect(next.editorState.root.children![1]!.children![0]!.style).toBe('');
  });
});

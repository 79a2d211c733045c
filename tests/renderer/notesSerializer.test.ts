import { createHeadlessEditor } from '@lexical/headless';
import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createMarkNode } from '@lexical/mark';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import fc from 'fast-check';
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isTextNode, type ElementNode, type LexicalEditor, type LexicalNode, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { NOTES_FORMAT, NOTES_VERSION } from '../../shared/notes/notesFormat';
import { noteNodes } from '../../shared/notes/noteNodes';
import { NotesSerializer } from '../../renderer/editor/NotesSerializer';
import { startStudio } from '../unit/support/tempStudio';

const fresh = (editor: LexicalEditor) =>
  JSON.stringify({ format: NOTES_FORMAT, version: NOTES_VERSION, editorState: editor.getEditorState().toJSON() });

function newEditor() {
  const editor = createHeadlessEditor({ nodes: noteNodes, onError: (e) => { throw e; } });
  editor.update(
    () => {
      const root = $getRoot();
      for (let i = 0; i < 6; i++) root.append($createParagraphNode().append($createTextNode(`Akapit ${i} o cenie i dojeździe.`)));
    },
    { discrete: true },
  );
  return editor;
}

function $allText(): LexicalNode[] {
  const out: LexicalNode[] = [];
  const walk = (node: LexicalNode) => {
    if ($isTextNode(node)) out.push(node);
    if ($isElementNode(node)) node.getChildren().forEach(walk);
  };
  walk($getRoot());
  return out;
}

/** The edits a researcher makes, each picking its target by a number. */
const edits: Array<(n: number) => void> = [
  (n) => {
    const texts = $allText();
    const node = texts[n % Math.max(1, texts.length)];
    if ($isTextNode(node)) node.setTextContent(`${node.getTextContent()} słowo${n} "$&" \\ \u0000`);
  },
  (n) => {
    const blocks = $getRoot().getChildren();
    blocks[n % blocks.length]?.insertAfter($createParagraphNode().append($createTextNode(`nowy ${n}`)));
  },
  (n) => {
    const blocks = $getRoot().getChildren();
    if (blocks.length > 1) blocks[n % blocks.length]!.remove();
  },
  (n) => {
    const texts = $allText();
    const node = texts[n % Math.max(1, texts.length)];
    if ($isTextNode(node)) node.toggleFormat('bold');
  },
  (n) => {
    const texts = $allText();
    const node = texts[n % Math.max(1, texts.length)];
    if ($isTextNode(node) && node.getTextContentSize() > 3) {
      const [, middle] = node.splitText(1, 3);
      const mark = $createMarkNode([`h${n}`]);
      middle!.insertBefore(mark);
      mark.append(middle!);
    }
  },
  (n) => {
    const blocks = $getRoot().getChildren();
    const list = $createListNode(n % 2 ? 'bullet' : 'number').append(
      $createListItemNode().append($createTextNode(`punkt ${n}`)),
      $createListItemNode().append($createLinkNode('https://example.com').append($createTextNode('link'))),
    );
    blocks[n % blocks.length]?.insertBefore(list);
  },
  (n) => {
    const blocks = $getRoot().getChildren();
    const heading = n % 2 ? $createHeadingNode('h2') : $createQuoteNode();
    blocks[n % blocks.length]?.replace(heading.append($createTextNode(`tytuł ${n}`)));
  },
  (n) => {
    // A text node moved into another block: both blocks change, neither is replaced.
    const texts = $allText();
    const blocks = $getRoot().getChildren().filter($isElementNode);
    const node = texts[n % Math.max(1, texts.length)];
    const target = blocks[(n * 7) % Math.max(1, blocks.length)];
    if (node && target && !target.isParentOf(node)) target.append(node);
  },
];

describe('the note serializer', () => {
  it('gives exactly what editorState.toJSON() gives, after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(edits.length - 1), fc.nat(1000)), { minLength: 1, maxLength: 40 }), (steps) => {
        const editor = newEditor();
        const serializer = new NotesSerializer();
        expect(serializer.serialize(editor.getEditorState())).toBe(fresh(editor));
        for (const [edit, n] of steps) {
          editor.update(() => edits[edit]!(n), { discrete: true });
          expect(serializer.serialize(editor.getEditorState())).toBe(fresh(editor));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('serialises again only the blocks an edit touched', () => {
    const editor = newEditor();
    const serializer = new NotesSerializer();
    const first = serializer.serialize(editor.getEditorState());
    editor.update(() => $getRoot().getChildAtIndex<ElementNode>(2)!.getFirstDescendant<TextNode>()!.setTextContent('zmienione'), { discrete: true });
    const second = serializer.serialize(editor.getEditorState());
    expect(second).not.toBe(first);
    expect(second).toBe(fresh(editor));
    expect(JSON.parse(second).editorState.root.children[2].children[0].text).toBe('zmienione');
  });
});

describe('a note sent as JSON text', () => {
  it('is stored as the same note as the document itself', async () => {
    const studio = await startStudio();
    await studio.ok('project.create', { path: 'json-text' });
    const interview = await studio.ok('interview.create', { title: 'Wywiad' });
    const editor = newEditor();
    const text = new NotesSerializer().serialize(editor.getEditorState());
    const saved = await studio.ok('interview.saveNotes', { id: interview.id, notes: text, baseVersion: 0 });
    expect(saved.wordCount).toBeGreaterThan(0);
    const stored = await studio.ok('interview.get', { id: interview.id });
    expect(stored.notes).toEqual(JSON.parse(text));
  });

  it('is refused, changing nothing, when it is not JSON or not a note', async () => {
    const studio = await startStudio();
    await studio.ok('project.create', { path: 'json-refused' });
    const interview = await studio.ok('interview.create', { title: 'Wywiad' });
    for (const notes of ['{"format":', JSON.stringify({ format: 'other', version: 1, editorState: {} }), '[]']) {
      const r = await studio.call('interview.saveNotes', { id: interview.id, notes, baseVersion: 0 });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('invalid_input');
    }
    const after = await studio.ok('interview.get', { id: interview.id });
    expect(after.notesVersion).toBe(0);
  });
});

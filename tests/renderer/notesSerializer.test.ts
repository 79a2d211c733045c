import Database from 'better-sqlite3';
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
import { NotesSaves, type NotesSave, type SendSave } from '../../renderer/editor/NotesSaves';
import { NotesSerializer } from '../../renderer/editor/NotesSerializer';
import { startStudio, type TestStudio } from '../unit/support/tempStudio';
import { ApiError } from '../../renderer/transport/ApiError';

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

/** The studio's saveNotes for one interview, failing the way the page's client fails. */
const sendTo = (studio: TestStudio, id: string, record?: (save: NotesSave) => void): SendSave => async (save) => {
  record?.(save);
  const r = await studio.call('interview.saveNotes', { id, ...save });
  if (!r.ok) throw new ApiError(r.error.code, r.error.message);
  return r.value;
};

/** A new interview whose note went to the studio once, whole, with every save sent recorded. */
async function savedOnce(project: string) {
  const studio = await startStudio();
  const { path } = await studio.ok('project.create', { path: project });
  const { id } = await studio.ok('interview.create', { title: 'Wywiad' });
  const editor = newEditor();
  const saves = new NotesSaves(new NotesSerializer());
  const sent: NotesSave[] = [];
  const send = sendTo(studio, id, (save) => sent.push(save));
  await saves.send(editor.getEditorState(), 0, send);
  return { studio, path, id, editor, saves, sent, send };
}

describe('saves sent as changes', () => {
  it('leave the core holding exactly the note the editor has, whatever edits, failures and other writes come between', async () => {
    const studio = await startStudio();
    await studio.ok('project.create', { path: 'changes' });
    // 0: an edit, 1: a save, 2: a save lost on the way, 3: a write of the whole note from elsewhere (a new highlight)
    const step = fc.oneof(
      { weight: 6, arbitrary: fc.tuple(fc.constant(0), fc.nat(edits.length - 1), fc.nat(1000)) },
      { weight: 3, arbitrary: fc.tuple(fc.constant(1), fc.constant(0), fc.constant(0)) },
      { weight: 1, arbitrary: fc.tuple(fc.constant(2), fc.constant(0), fc.constant(0)) },
      { weight: 1, arbitrary: fc.tuple(fc.constant(3), fc.constant(0), fc.constant(0)) },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 30 }), async (steps) => {
        const interview = await studio.ok('interview.create', { title: 'Wywiad' });
        const editor = newEditor();
        const serializer = new NotesSerializer();
        const saves = new NotesSaves(serializer);
        let version = 0;
        let kinds = '';
        const send = sendTo(studio, interview.id, (save) => (kinds += 'changes' in save ? 'c' : 'n'));
        const lost: SendSave = () => Promise.reject(new ApiError('unreachable', 'The studio host is not reachable.'));
        // Each run ends with a save, an edit and a save, which has to send changes.
        for (const [kind, edit, n] of [...steps, [1, 0, 0] as const, [0, 0, 7] as const, [1, 0, 0] as const]) {
          if (kind === 0) editor.update(() => edits[edit]!(n), { discrete: true });
          else if (kind === 1) {
            version = (await saves.send(editor.getEditorState(), version, send)).notesVersion;
            expect((await studio.ok('interview.get', { id: interview.id })).notes).toEqual(JSON.parse(fresh(editor)));
          } else if (kind === 2) await expect(saves.send(editor.getEditorState(), version, lost)).rejects.toThrow();
          else {
            const notes = serializer.serialize(editor.getEditorState());
            version = (await studio.ok('interview.saveNotes', { id: interview.id, notes, baseVersion: version })).notesVersion;
          }
        }
        // The first save of a note sends it whole; the last follows a save that succeeded.
        expect(kinds[0]).toBe('n');
        expect(kinds.at(-1)).toBe('c');
      }),
      { numRuns: 40 },
    );
  });

  it('send only the blocks typing touched', async () => {
    const { editor, saves, sent, send } = await savedOnce('small');
    editor.update(() => $getRoot().getChildAtIndex<ElementNode>(4)!.getFirstDescendant<TextNode>()!.setTextContent('zmienione'), { discrete: true });
    await saves.send(editor.getEditorState(), 1, send);
    expect('notes' in sent[0]!).toBe(true);
    expect('changes' in sent[1]! && sent[1].changes.blocks).toEqual([[0, 4], JSON.parse(JSON.stringify(editor.getEditorState().toJSON().root.children[4])), [5, 1]]);
  });

  it('send the whole note when the stored one is not what the changes were made against', async () => {
    const { studio, path, id, editor, saves, sent, send } = await savedOnce('changed-behind');
    // Something other than the studio drops a block of the stored note without a new version, and
    // the core restarts (the page stays open), so it reads the note from the file, not from memory.
    const db = new Database(path);
    const { notes_json } = db.prepare('SELECT notes_json FROM interviews WHERE id = ?').get(id) as { notes_json: string };
    const notes = JSON.parse(notes_json) as { editorState: { root: { children: unknown[] } } };
    notes.editorState.root.children.pop();
    db.prepare('UPDATE interviews SET notes_json = ? WHERE id = ?').run(JSON.stringify(notes), id);
    db.close();
    await studio.restart();
    await studio.ok('project.open', { path });
    editor.update(() => $getRoot().getFirstDescendant<TextNode>()!.setTextContent('zmienione'), { discrete: true });
    const answer = await saves.send(editor.getEditorState(), 1, send);
    expect(sent.map((save) => Object.keys(save)[0])).toEqual(['notes', 'changes', 'notes']);
    expect(answer.notesVersion).toBe(2);
    expect((await studio.ok('interview.get', { id })).notes).toEqual(JSON.parse(fresh(editor)));
  });
});

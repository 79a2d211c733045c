import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isTextNode, type LexicalNode } from 'lexical';
import { $createMarkNode } from '@lexical/mark';
import { applyUpdate, mergeUpdates } from 'yjs';
import { readNotes } from '../../../main/core/notes/readNotes';
import { HeadlessNote } from '../../../main/core/notes/yjs/headlessNote';
import type { TestStudio } from './tempStudio';

/**
 * A window's note, without the window: a Lexical editor bound to its own Yjs document, as the
 * notes editor is, whose local edits collect as updates to send and which applies others' updates.
 */
export class NoteClient {
  readonly note = new HeadlessNote();
  /** Updates made here and not yet sent. */
  outbox: Uint8Array[] = [];
  /** The document opened, as note.open named it. */
  epoch = 0;

  private constructor(readonly interviewId: string) {
    this.note.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'remote') this.outbox.push(update);
    });
  }

  static async open(studio: Pick<TestStudio, 'ok'>, interviewId: string): Promise<NoteClient> {
    const client = new NoteClient(interviewId);
    const { state, epoch } = await studio.ok('note.open', { interviewId });
    client.epoch = epoch;
    applyUpdate(client.note.doc, Buffer.from(state, 'base64'), 'remote');
    await client.note.settled();
    return client;
  }

  async receive(update: Uint8Array): Promise<void> {
    applyUpdate(this.note.doc, update, 'remote');
    await this.note.settled();
  }

  /** What is unsent, as one update (the editor batches its typing the same way). */
  take(): Uint8Array | null {
    if (!this.outbox.length) return null;
    const update = mergeUpdates(this.outbox);
    this.outbox = [];
    return update;
  }

  text(): string {
    return readNotes(this.note.notes()).text;
  }

  /** Types `words` at `offset` (clamped) of paragraph `block` (clamped), or a new paragraph when `newBlock`. */
  async type(block: number, offset: number, words: string, newBlock = false): Promise<void> {
    this.note.editor.update(() => {
      const root = $getRoot();
      const blocks = root.getChildren();
      if (newBlock || blocks.length === 0) {
        const p = $createParagraphNode().append($createTextNode(words));
        const after = blocks[Math.min(block, blocks.length - 1)];
        if (after) after.insertAfter(p);
        else root.append(p);
        return;
      }
      const target = blocks[Math.min(block, blocks.length - 1)]!;
      const text = firstText(target);
      if (!text) {
        if ($isElementNode(target)) target.append($createTextNode(words));
        return;
      }
      const at = Math.min(offset, text.getTextContentSize());
      text.spliceText(at, 0, words);
    });
    await this.note.settled();
  }

  /** Marks characters `start`–`end` of paragraph `block`'s first text as highlight `id`, as the editor's highlight tool does. */
  async mark(block: number, start: number, end: number, id: string): Promise<void> {
    this.note.editor.update(() => {
      const text = firstText($getRoot().getChildren()[block]!)!;
      const parts = text.splitText(start, end);
      const middle = parts[start === 0 ? 0 : 1]!;
      const mark = $createMarkNode([id]);
      middle.insertBefore(mark);
      mark.append(middle);
    });
    await this.note.settled();
  }

  /** Deletes every word of the note, as select-all and Delete do. */
  async eraseAll(): Promise<void> {
    this.note.editor.update(() => {
      $getRoot().clear().append($createParagraphNode());
    });
    await this.note.settled();
  }

  /** Deletes up to `count` characters at `offset` of paragraph `block`'s first text. */
  async erase(block: number, offset: number, count: number): Promise<void> {
    this.note.editor.update(() => {
      const blocks = $getRoot().getChildren();
      const text = blocks.length ? firstText(blocks[Math.min(block, blocks.length - 1)]!) : null;
      if (!text) return;
      const size = text.getTextContentSize();
      const at = Math.min(offset, size);
      text.spliceText(at, Math.min(count, size - at), '');
    });
    await this.note.settled();
  }
}

function firstText(node: LexicalNode): ReturnType<typeof $createTextNode> | null {
  if ($isTextNode(node)) return node;
  if ($isElementNode(node)) for (const child of node.getChildren()) {
    const found = firstText(child);
    if (found) return found;
  }
  return null;
}

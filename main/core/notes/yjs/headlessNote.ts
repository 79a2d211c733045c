import { createHeadlessEditor } from '@lexical/headless';
import { createYjsBinding, syncLexicalUpdateToYjs, syncYjsChangesToLexical, type Binding, type Provider } from '@lexical/yjs';
import type { LexicalEditor, SerializedEditorState } from 'lexical';
import { Doc, type Text as YText, type YEvent } from 'yjs';
import { noteNodes } from '../../../../shared/notes/noteNodes';
import { syncChangedNodesOnly } from '../../../../shared/notes/syncChangedNodesOnly';
import { NOTES_FORMAT, NOTES_VERSION, type NotesDocument } from '../../../../shared/schema/notes';

/** The binding's id; the editor's CollaborationPlugin uses the same root ('root') of the same document shape. */
const BINDING_ID = 'note';

syncChangedNodesOnly();

/** No network, no cursors: the binding only needs something that looks like a provider. */
const silentProvider = {
  awareness: { getLocalState: () => null, getStates: () => new Map(), off() {}, on() {}, setLocalState() {}, setLocalStateField() {} },
  connect() {},
  disconnect() {},
  off() {},
  on() {},
} as unknown as Provider;

/**
 * A Lexical editor without a DOM bound to a Yjs document, both ways: Yjs changes become Lexical
 * state (@lexical/yjs's syncYjsChangesToLexical, as in a window), and Lexical state set here becomes
 * Yjs (to build a document from a note's stored JSON). The note's nodes are exactly the editor's, so
 * an update naming a node this version does not know fails to sync and is refused.
 */
export class HeadlessNote {
  readonly doc = new Doc();
  readonly editor: LexicalEditor;
  private readonly binding: Binding;
  private failure: unknown = null;

  constructor() {
    this.editor = createHeadlessEditor({
      namespace: 'journey-notes',
      nodes: noteNodes,
      onError: (e) => {
        this.failure ??= e;
      },
    });
    this.binding = createYjsBinding({ editor: this.editor, id: BINDING_ID, doc: this.doc, docMap: new Map([[BINDING_ID, this.doc]]) });
    this.editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, editorState, normalizedNodes, prevEditorState, tags }) => {
      // Updates that came from Yjs go back too: syncLexicalUpdateToYjs then writes only what Lexical
      // normalised (two text nodes merged), without which the document and the editor part ways.
      if (tags.has('skip-collab')) return;
      syncLexicalUpdateToYjs(this.binding, silentProvider, prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags);
    });
    this.binding.root.getSharedType().observeDeep((events, transaction) => {
      if (transaction.origin === this.binding) return;
      try {
        syncYjsChangesToLexical(this.binding, silentProvider, events as YEvent<YText>[], false);
      } catch (e) {
        this.failure ??= e;
      }
    });
  }

  /** Lexical's updates settle in a microtask; this waits for them and rethrows what failed meanwhile. */
  async settled(): Promise<void> {
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    if (this.failure) {
      const e = this.failure;
      this.failure = null;
      throw e instanceof Error ? e : new Error(String(e));
    }
  }

  /** Fills the (empty) document from a note's stored editor state. */
  async load(notes: NotesDocument): Promise<void> {
    const state = this.editor.parseEditorState(notes.editorState as unknown as SerializedEditorState);
    this.editor.setEditorState(state);
    await this.settled();
  }

  /** The note as the core stores it: the editor state in its versioned envelope. */
  notes(): NotesDocument {
    const editorState = this.editor.getEditorState().toJSON() as unknown as NotesDocument['editorState'];
    return { format: NOTES_FORMAT, version: NOTES_VERSION, editorState };
  }
}

import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { Doc } from 'yjs';
import { clientId, invoke, invokeOnExit, isConflict, isNotFound, onStudioEvent, sendRequestsOffThePage } from '../../api';
import { errorText } from '../../app/errorText';
import { useSaveState } from '../../app/SaveStateContext';
import { whenIdle } from '../../app/whenIdle';
import { useT } from '../../app/useT';
import { $readCaretPlace } from '../../editor/caretPlace';
import type { NoteTarget } from '../../editor/plugins/NoteTargetPlugin';
import { NoteReplaced, StudioNoteProvider, type NoteTransport } from '../../editor/StudioNoteProvider';
import { keysAt } from './keysAt';

/** The note was replaced or deleted elsewhere, so this window's document can no longer be saved: the page reads the note again. */
export interface NotesReload {
  /** Where the new editor takes the keys: at the typist's caret, if the note has them (or nothing does). */
  caret(): NoteTarget | null;
  /** The stored note is shown, or could not be read (and why): until then the words are not given up. */
  shown(error?: unknown): void;
}

function caretOf(editor: LexicalEditor | null): NoteTarget | null {
  const root = editor?.getRootElement();
  // Keys lost to the page (the old editor is going) belong to the note, as do keys in the note's own
  // toolbar, link form and popovers, which go with it; keys elsewhere (the details form) stay there.
  if (!editor || !root || keysAt(root) === 'elsewhere') return null;
  return { kind: 'caret', place: editor.getEditorState().read($readCaretPlace) };
}

function noteTransport(interviewId: string): NoteTransport {
  return {
    open: () => invoke('note.open', { interviewId }),
    send: (update, epoch) => invoke('note.update', { interviewId, update, epoch }),
    sendOnExit: (update, epoch) => void invokeOnExit('note.update', { interviewId, update, epoch }).catch(() => undefined),
    onRemote: (listener) =>
      onStudioEvent('note.update', (event) => {
        if (event.interviewId === interviewId && event.origin !== clientId()) listener(event.update);
      }),
    onReconnect: (listener) => onStudioEvent('stream.open', listener),
  };
}

interface Options {
  interviewId: string;
  editor: RefObject<LexicalEditor | null>;
  /** The note cannot be saved any more (replaced or deleted elsewhere); the page reloads it. */
  onConflict(reload: NotesReload): void;
  /** The note's document has arrived and is in the editor. */
  onSynced(): void;
}

/**
 * Connects a note editor to the core through its Yjs provider and to the project's save indicator:
 * from the first unsent keystroke to the update that stores it the note is unsaved, and a closing
 * tab or window still delivers the last words typed.
 */
export function useNotesAutosave({ interviewId, editor, onConflict, onSynced }: Options) {
  const t = useT();
  const { track } = useSaveState();
  // Read when they are needed: the provider is made once per opened note, whatever changes after.
  const callbacks = useRef({ onConflict, onSynced, track, t });
  useEffect(() => {
    callbacks.current = { onConflict, onSynced, track, t };
  });
  const providerRef = useRef<StudioNoteProvider | null>(null);

  const providerFactory = useCallback(
    (id: string, docMap: Map<string, Doc>) => {
      // The plugin may ask again with the same inputs (a remount): the document and its provider stay one.
      const existing = providerRef.current;
      if (existing && docMap.get(id) === existing.doc) return existing;
      const doc = new Doc();
      docMap.set(id, doc);
      let settle: { resolve(): void; reject(e: unknown): void } | null = null;
      let failed = false;
      const provider = new StudioNoteProvider(doc, noteTransport(interviewId), {
        onPending(pending) {
          if (pending && !settle) {
            // One tracked promise spans from the first unsent keystroke to the update that covers it.
            const p = new Promise<void>((resolve, reject) => {
              settle = { resolve, reject };
            });
            const { track: trackSave, t: tr } = callbacks.current;
            trackSave(p, (e) => errorText(e, tr), { refusalLeavesNothingUnsaved: (e) => isConflict(e) || isNotFound(e) }).catch(() => undefined);
          } else if (!pending) {
            if (failed && !settle) void callbacks.current.track(Promise.resolve(), () => '');
            failed = false;
            settle?.resolve();
            settle = null;
          }
        },
        onError(e) {
          failed = true;
          const span = settle;
          settle = null;
          span?.reject(e);
        },
        isFinal: (e) => e instanceof NoteReplaced || isConflict(e) || isNotFound(e),
        onFinal(e) {
          const span = settle;
          settle = null;
          provider.disconnect();
          callbacks.current.onConflict({
            caret: () => caretOf(editor.current),
            shown(error) {
              if (span) span.reject(error ?? e);
              else if (!error) void callbacks.current.track(Promise.resolve(), () => '');
            },
          });
        },
      });
      provider.on('sync', () => callbacks.current.onSynced());
      providerRef.current = provider;
      return provider;
    },
    [interviewId, editor],
  );

  useEffect(() => {
    // Updates sent from the page cost it a fetch() each; moved off its thread while it is idle.
    const cancelWarmUp = whenIdle(() => sendRequestsOffThePage());
    const onExit = () => providerRef.current?.flushOnExit();
    const onHidden = () => {
      if (document.visibilityState === 'hidden') providerRef.current?.flushOnExit();
    };
    window.addEventListener('pagehide', onExit);
    window.addEventListener('beforeunload', onExit);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      cancelWarmUp();
      window.removeEventListener('pagehide', onExit);
      window.removeEventListener('beforeunload', onExit);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [interviewId]);

  /** Sends what is typed and not yet sent; resolves once the core has it. */
  const flush = useCallback(() => providerRef.current?.flush() ?? Promise.resolve(), []);
  return { providerFactory, flush };
}

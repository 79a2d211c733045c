import type { EditorState, LexicalEditor } from 'lexical';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { invoke, invokeOnExit, isConflict, sendRequestsOffThePage } from '../../api';
import { errorText } from '../../app/errorText';
import { useSaveState } from '../../app/SaveStateContext';
import { whenIdle } from '../../app/whenIdle';
import { useT } from '../../app/useT';
import { $readCaretPlace } from '../../editor/caretPlace';
import { NotesAutosaver, type SaveAnswer } from '../../editor/NotesAutosaver';
import type { NoteTarget } from '../../editor/plugins/NoteTargetPlugin';
import { NotesSaves } from '../../editor/NotesSaves';
import { NotesSerializer } from '../../editor/NotesSerializer';
import { keysAt } from './keysAt';

/** A save refused because another window saved the note meanwhile: the page reads the note again. */
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

interface Options {
  interviewId: string;
  version: number;
  editor: RefObject<LexicalEditor | null>;
  onSaved(answer: SaveAnswer): void;
  /** Another window saved this note; the page reloads it. */
  onConflict(reload: NotesReload): void;
}

/**
 * Connects a note editor to its autosaver and to the project's save indicator, and makes sure a
 * closing tab or window still delivers the last words typed.
 */
export function useNotesAutosave({ interviewId, version, editor, onSaved, onConflict }: Options) {
  const t = useT();
  const { track } = useSaveState();
  const callbacks = useRef({ onSaved, onConflict });
  useEffect(() => {
    callbacks.current = { onSaved, onConflict };
  });
  const saverRef = useRef<NotesAutosaver<EditorState> | null>(null);
  // One per opened note: it remembers the JSON of the blocks it has already written out.
  const [serializer] = useState(() => new NotesSerializer());

  useEffect(() => {
    let settle: { resolve(): void; reject(e: unknown): void } | null = null;
    let failed = false;
    const saves = new NotesSaves(serializer);
    const saver = new NotesAutosaver<EditorState>({
      version,
      read: () => editor.current!.getEditorState(),
      save: (state, baseVersion) => saves.send(state, baseVersion, (save) => invoke('interview.saveNotes', { id: interviewId, ...save })),
      saveOnExit: (state, baseVersion) => saves.send(state, baseVersion, (save) => invokeOnExit('interview.saveNotes', { id: interviewId, ...save })),
      onPending(pending) {
        if (pending && !settle) {
          // One tracked promise spans from the first unsaved keystroke to the save that covers it.
          const p = new Promise<void>((resolve, reject) => {
            settle = { resolve, reject };
          });
          // A conflict ends the span only once the stored note is shown, which then leaves nothing unsaved.
          track(p, (e) => errorText(e, t), { refusalLeavesNothingUnsaved: isConflict }).catch(() => undefined);
        } else if (!pending && settle) {
          settle.resolve();
          settle = null;
        }
      },
      onSaved(answer) {
        if (failed && !settle) void track(Promise.resolve(), () => '');
        failed = false;
        callbacks.current.onSaved(answer);
      },
      onError(e) {
        failed = true;
        const span = settle;
        settle = null;
        if (!isConflict(e)) {
          span?.reject(e);
          return;
        }
        saver.abandon();
        callbacks.current.onConflict({
          caret: () => caretOf(editor.current),
          shown(error) {
            if (span) span.reject(error ?? e);
            // No span: a failure of this note is showing, which the stored note makes good as a save would.
            else if (!error) void track(Promise.resolve(), () => '');
          },
        });
      },
    });
    saverRef.current = saver;
    // The first save writes out every block of the note, and autosaves sent from the page cost it a
    // fetch() each; preparing both while the page is idle keeps that work off the keystrokes.
    const cancelWarmUp = whenIdle(() => {
      if (editor.current) serializer.serialize(editor.current.getEditorState());
      sendRequestsOffThePage();
    });

    const onExit = () => saver.flushOnExit();
    const onHidden = () => {
      if (document.visibilityState === 'hidden') saver.flushOnExit();
    };
    window.addEventListener('pagehide', onExit);
    window.addEventListener('beforeunload', onExit);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      cancelWarmUp();
      window.removeEventListener('pagehide', onExit);
      window.removeEventListener('beforeunload', onExit);
      document.removeEventListener('visibilitychange', onHidden);
      // Leaving the interview inside the app: finish the save, then let the saver go. The indicator
      // hears how that save ended (a failure says "not saved"), not "saved" as the editor goes.
      void saver.flush().finally(() => {
        saver.stop();
        settle?.resolve();
        settle = null;
      });
    };
    // One saver per opened note; a reload after a conflict mounts a new editor and a new saver.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [interviewId]);

  const changed = useCallback(() => saverRef.current?.changed(), []);
  return { changed, saver: saverRef, serializer };
}

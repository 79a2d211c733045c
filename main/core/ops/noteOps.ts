import type { Database } from 'better-sqlite3';
import { MAX_NOTE_UPDATE_BYTES } from '../../../shared/schema/notes';
import { AppFailure } from '../appFailure';
import type { DerivedNote } from '../notes/yjs/noteProtocol';
import { coreNoteThread as threadOf } from '../notes/yjs/coreNoteThread';
import { reanchorHighlights } from '../store/highlightStore';
import { indexNoteChunks } from '../store/noteChunks';
import { rememberNoteMarks } from '../store/noteMarks';
import { noteDocEpoch, readNoteDoc, replaceNoteDoc, storeNoteDoc } from '../store/noteDocStore';
import type { ProjectSession } from '../store/projectSession';
import type { CoreState, HandlerTable, PreparedHandler } from './context';
import { cachedStatement } from '../store/cachedStatement';

const sessionKeys = new WeakMap<ProjectSession, string>();

/** Names a note in the note thread: its interview in this opened project (a copy of the file opened later is another). */
function noteKey(session: ProjectSession, interviewId: string): string {
  let key = sessionKeys.get(session);
  if (!key) sessionKeys.set(session, (key = crypto.randomUUID()));
  return `${key}:${interviewId}`;
}

/**
 * `prepare` reads one small row, synchronously, before its first wait: what the project holds at
 * that moment. The writer runs nothing else in between, and `apply` checks the document is still
 * the one read (its epoch), so an update never lands in a note replaced meanwhile.
 */
function sessionOf(state: CoreState): ProjectSession {
  if (!state.session) throw new AppFailure('no_project');
  return state.session;
}

const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

type Opened = { interviewId: string; state: Uint8Array; epoch: number } | { interviewId: string; built: DerivedNote };

/** A note from before Yjs gets its document on first open, made from its JSON in the note thread. */
const openNote: PreparedHandler<'note.open', Opened> = {
  async prepare({ interviewId }, state) {
    const stored = readNoteDoc(sessionOf(state).db, interviewId);
    if (stored.state && stored.state.length > 0) return { interviewId, state: stored.state, epoch: stored.epoch };
    const outcome = await threadOf(state).run({ kind: 'build', stored });
    if (outcome.status !== 'done') throw new AppFailure('internal');
    return { interviewId, built: outcome.note };
  },
  apply(db, opened) {
    if ('state' in opened) return { interviewId: opened.interviewId, state: toBase64(opened.state), epoch: opened.epoch };
    // Another window's open may have stored a document first: that one is the note's.
    const now = readNoteDoc(db, opened.interviewId);
    if (now.state && now.state.length > 0) return { interviewId: opened.interviewId, state: toBase64(now.state), epoch: now.epoch };
    const epoch = replaceNoteDoc(db, opened.interviewId, opened.built.state, new Date().toISOString());
    return { interviewId: opened.interviewId, state: toBase64(opened.built.state), epoch };
  },
};

interface Merged {
  interviewId: string;
  epoch: number;
  update: string;
  note: DerivedNote;
}

/**
 * A window's Yjs update: merged in the note thread (which refuses bytes that are not an update,
 * nodes the editor does not know, a note too long), then stored with everything derived from it in
 * one transaction, and passed on to the other windows.
 */
const updateNote: PreparedHandler<'note.update', Merged> = {
  async prepare({ interviewId, update, epoch: madeIn }, state) {
    const bytes = Buffer.from(update, 'base64');
    if (bytes.length > MAX_NOTE_UPDATE_BYTES) throw new AppFailure('invalid_input', { details: 'validation.note_update_too_large' });
    const session = sessionOf(state);
    const epoch = noteDocEpoch(session.db, interviewId);
    // A document the window did not open cannot take its updates: none stored yet, or another one since.
    if (epoch === 0 || (madeIn !== undefined && madeIn !== epoch)) throw new AppFailure('conflict', { details: 'conflict.notesChanged' });
    const thread = threadOf(state);
    const key = noteKey(session, interviewId);
    let outcome = await thread.run({ kind: 'update', key, epoch, update: new Uint8Array(bytes) });
    let at = epoch;
    if (outcome.status === 'missing') {
      // The thread no longer holds this note (restarted, or busy with others): it is read from the file.
      if (state.session !== session) throw new AppFailure('no_project');
      const stored = readNoteDoc(session.db, interviewId);
      if (stored.epoch !== epoch) throw new AppFailure('conflict', { details: 'conflict.notesChanged' });
      at = stored.epoch;
      outcome = await thread.run({ kind: 'update', key, epoch: at, update: new Uint8Array(bytes), stored });
    }
    if (outcome.status !== 'done') throw new AppFailure('internal');
    return { interviewId, epoch: at, update, note: outcome.note };
  },
  apply(db, merged, state) {
    const answer = storeDerivedNote(db, merged.interviewId, merged.epoch, merged.note);
    // Yjs updates apply in any order and more than once, so other windows may have this one before the commit.
    state.emit({ type: 'note.update', payload: { interviewId: merged.interviewId, update: merged.update, origin: state.clientId } });
    return answer;
  },
};

/** The merged document and what is derived from it, in the caller's transaction; highlights follow their marks. */
function storeDerivedNote(db: Database, interviewId: string, epoch: number, note: DerivedNote) {
  const now = new Date().toISOString();
  const row = cachedStatement(db,
      'UPDATE interviews SET notes_json = ?, notes_text = ?, word_count = ?, notes_version = notes_version + 1, updated_at = ? WHERE id = ? AND deleted_at IS NULL RETURNING notes_version',
    )
    .get(note.notesJson, note.text, note.words, now, interviewId) as { notes_version: number } | undefined;
  if (!row) throw new AppFailure('not_found', { what: `interview ${interviewId}` });
  storeNoteDoc(db, interviewId, epoch, note.state, now);
  indexNoteChunks(db, interviewId, note.text);
  const marks = new Map(note.marks.map(([id, start, end]) => [id, { start, end }]));
  const detachedHighlightIds = reanchorHighlights(db, interviewId, { text: note.text, words: note.words, marks });
  rememberNoteMarks(db, { interviewId, notesVersion: row.notes_version, text: note.text, marks });
  return { notesVersion: row.notes_version, savedAt: now, wordCount: note.words, detachedHighlightIds };
}

export const noteOps: HandlerTable<'note.open' | 'note.update'> = {
  'note.open': openNote,
  'note.update': updateNote,
};

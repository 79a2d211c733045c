import type { Database } from 'better-sqlite3';
import { AppFailure } from '../appFailure';
import type { StoredDoc } from '../notes/yjs/noteProtocol';
import { cachedStatement } from './cachedStatement';

/** An empty state marks a document discarded: the note was replaced whole, and its next open makes a new one. */
const LIVE_STATE = "CASE WHEN length(d.state) > 0 THEN d.state END";
const EPOCH = 'CASE WHEN length(d.state) > 0 THEN d.epoch ELSE 0 END';

/** An interview's note document as stored, or its old JSON and text when it has no Yjs state yet. */
export interface NoteDocRow extends StoredDoc {
  epoch: number;
}

/** The stored document of a live interview's note; not_found for a missing or deleted interview. */
export function readNoteDoc(db: Database, interviewId: string): NoteDocRow {
  const row = cachedStatement(
    db,
    `SELECT ${LIVE_STATE} AS state, ${EPOCH} AS epoch, CASE WHEN ${LIVE_STATE} IS NULL THEN i.notes_json END AS json,
            CASE WHEN ${LIVE_STATE} IS NULL THEN i.notes_text ELSE '' END AS text
     FROM interviews i LEFT JOIN note_docs d ON d.interview_id = i.id WHERE i.id = ? AND i.deleted_at IS NULL`,
  ).get(interviewId) as { state: Buffer | null; epoch: number; json: string | null; text: string } | undefined;
  if (!row) throw new AppFailure('not_found', { what: `interview ${interviewId}` });
  return { state: row.state && new Uint8Array(row.state.buffer, row.state.byteOffset, row.state.byteLength), epoch: row.epoch, json: row.json, text: row.text };
}

/** Which document a note is in (0: none stored yet), without reading the document. */
export function noteDocEpoch(db: Database, interviewId: string): number {
  const row = cachedStatement(
    db,
    `SELECT ${EPOCH} AS epoch FROM interviews i LEFT JOIN note_docs d ON d.interview_id = i.id WHERE i.id = ? AND i.deleted_at IS NULL`,
  ).get(interviewId) as { epoch: number } | undefined;
  if (!row) throw new AppFailure('not_found', { what: `interview ${interviewId}` });
  return row.epoch;
}

/** Stores an edited document: the same document (epoch) as before, grown by the updates merged into it. */
export function storeNoteDoc(db: Database, interviewId: string, epoch: number, state: Uint8Array, now: string): void {
  const changed = cachedStatement(db, 'UPDATE note_docs SET state = ?, updated_at = ? WHERE interview_id = ? AND epoch = ?').run(state, now, interviewId, epoch).changes;
  if (!changed) throw new AppFailure('conflict', { details: 'conflict.notesChanged' });
}

/**
 * Stores a note's document made anew (from its old JSON, an import, a whole note saved): a new
 * epoch, so no copy of the one it replaces is merged into it. Answers the new epoch.
 */
export function replaceNoteDoc(db: Database, interviewId: string, state: Uint8Array, now: string): number {
  const row = cachedStatement(
    db,
    `INSERT INTO note_docs (interview_id, state, epoch, updated_at) VALUES (?, ?, 1, ?)
     ON CONFLICT (interview_id) DO UPDATE SET state = excluded.state, epoch = note_docs.epoch + 1, updated_at = excluded.updated_at
     RETURNING epoch`,
  ).get(interviewId, state, now) as { epoch: number };
  return row.epoch;
}

/**
 * The note was replaced whole (a note saved as JSON): its document is discarded, under a new epoch
 * so no copy of it is merged again, and the next open makes one from the new JSON.
 */
export function discardNoteDoc(db: Database, interviewId: string, now: string): void {
  cachedStatement(db, "UPDATE note_docs SET state = x'', epoch = epoch + 1, updated_at = ? WHERE interview_id = ?").run(now, interviewId);
}

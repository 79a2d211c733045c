import type { Database } from 'better-sqlite3';
import type { NotesDocument } from '../../../shared/schema/notes';
import type { IndexedChunk } from './noteChunks';

/** Which stored note a document is: the row's notes version and last update, as read in SQL. */
export interface NotesStamp {
  id: string;
  version: number;
  updatedAt: string;
}

/** A saved note as the core left it: its document and its chunks in the search index. */
export interface SavedNote {
  doc: NotesDocument;
  chunks: readonly IndexedChunk[];
}

const lastSaved = new WeakMap<Database, NotesStamp & SavedNote>();

/**
 * The note last saved on this connection, when the row is still that very save; a note typed
 * into is saved every few hundred milliseconds, and reading its JSON and its search chunks back
 * for each save cost as much as writing them.
 */
export function savedNotes(db: Database, stamp: NotesStamp): SavedNote | null {
  const saved = lastSaved.get(db);
  return saved && saved.id === stamp.id && saved.version === stamp.version && saved.updatedAt === stamp.updatedAt ? saved : null;
}

/** Remembers a note just saved on this connection, or forgets the one remembered. */
export function rememberSavedNotes(db: Database, saved: (NotesStamp & SavedNote) | null): void {
  if (saved) lastSaved.set(db, saved);
  else lastSaved.delete(db);
}

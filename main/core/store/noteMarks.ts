import type { Database } from 'better-sqlite3';
import { NotesDocument } from '../../../shared/schema/notes';
import { readNotes } from '../notes/readNotes';
import { cachedStatement } from './cachedStatement';

type Marks = ReadonlyMap<string, { start: number; end: number }>;

interface Known {
  interviewId: string;
  notesVersion: number;
  text: string;
  marks: Marks;
}

const lastStored = new WeakMap<Database, Known>();

/** Remembers where the marks of a note just stored lie, so a highlight made right after need not read the note back. */
export function rememberNoteMarks(db: Database, known: Known): void {
  lastStored.set(db, known);
}

/**
 * Where highlight `id`'s mark lies in its note as stored, and the words it marks; null when the note
 * has no such mark. The note's marks are those remembered at its last update when that is still the
 * stored version; otherwise the stored note is read.
 */
export function storedMark(db: Database, interviewId: string, id: string): { start: number; end: number; text: string } | null {
  const row = cachedStatement(db, 'SELECT notes_version FROM interviews WHERE id = ?').get(interviewId) as { notes_version: number } | undefined;
  if (!row) return null;
  const known = lastStored.get(db);
  const read = known && known.interviewId === interviewId && known.notesVersion === row.notes_version ? known : readStored(db, interviewId);
  if (!read) return null;
  const { text, marks } = read;
  const mark = marks.get(id);
  return mark ? { ...mark, text: text.slice(mark.start, mark.end) } : null;
}

function readStored(db: Database, interviewId: string): { text: string; marks: Marks } | null {
  const { notes_json } = cachedStatement(db, 'SELECT notes_json FROM interviews WHERE id = ?').get(interviewId) as { notes_json: string | null };
  if (!notes_json) return null;
  try {
    const parsed = NotesDocument.safeParse(JSON.parse(notes_json));
    return parsed.success ? readNotes(parsed.data) : null;
  } catch {
    return null;
  }
}

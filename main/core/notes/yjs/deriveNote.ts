import { MAX_NOTES_JSON_CHARS, NotesDocument } from '../../../../shared/schema/notes';
import { unknownNodeType } from '../../../../shared/notes/unknownNodeType';
import { AppFailure } from '../../appFailure';
import { readNotes } from '../readNotes';
import { sanitizeNotes } from '../sanitizeNotes';
import type { HeadlessNote } from './headlessNote';
import type { DerivedNote } from './noteProtocol';
import { encodeStateAsUpdate } from 'yjs';

/**
 * What the core stores for a note, worked out from its Yjs document: the whole state, the editor's
 * JSON (sanitised as every stored note is), its plain text and words, and its highlights' places.
 */
export function deriveNote(note: HeadlessNote): DerivedNote {
  const clean = sanitizeNotes(note.notes());
  if (unknownNodeType(clean.editorState.root) !== null) throw new AppFailure('invalid_input', { details: 'validation.note_update_unreadable' });
  const notesJson = JSON.stringify(clean);
  if (notesJson.length > MAX_NOTES_JSON_CHARS) throw new AppFailure('invalid_input', { details: 'validation.notes_too_large' });
  if (!NotesDocument.safeParse(clean).success) throw new AppFailure('invalid_input', { details: 'validation.note_update_unreadable' });
  const { text, words, marks } = readNotes(clean);
  return { state: encodeStateAsUpdate(note.doc), notesJson, text, words, marks: [...marks].map(([id, { start, end }]) => [id, start, end]) };
}

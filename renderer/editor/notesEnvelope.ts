import type { EditorState } from 'lexical';
import { NOTES_FORMAT, NOTES_VERSION } from '../../shared/notes/notesFormat';
import type { NotesDocument } from '../../shared/schema/notes';

/** The editor's state in the versioned envelope the core stores. */
export function notesEnvelope(state: EditorState): NotesDocument {
  return {
    format: NOTES_FORMAT,
    version: NOTES_VERSION,
    editorState: state.toJSON() as unknown as NotesDocument['editorState'],
  };
}

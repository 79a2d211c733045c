import { extname } from 'node:path';
import { MAX_IMPORT_BYTES } from '../../../../shared/schema/interview';
import { MAX_NOTES_JSON_CHARS, NotesDocument } from '../../../../shared/schema/notes';
import { AppFailure } from '../../appFailure';
import { notesFromPlainText } from '../notesDocument';
import { sanitizeNotes } from '../sanitizeNotes';
import { decodeText } from './decodeText';
import { docxToMarkdown } from './docxToMarkdown';
import { markdownToNotes } from './markdownToNotes';
import { subtitlesToNotes } from './subtitlesToNotes';

/** One imported file as an interview's notes; the title is the file name without extension. */
export async function importNotes(fileName: string, bytes: Buffer): Promise<{ title: string; notes: NotesDocument }> {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new AppFailure('invalid_input', { details: 'import.tooLarge' });
  }
  const ext = extname(fileName).toLowerCase();
  const title = fileName.slice(0, fileName.length - ext.length).trim().slice(0, 200) || fileName.slice(0, 200);
  let notes: NotesDocument;
  switch (ext) {
    case '.txt':
      notes = notesFromPlainText(decodeText(bytes));
      break;
    case '.md':
    case '.markdown':
      notes = markdownToNotes(decodeText(bytes));
      break;
    case '.docx':
      notes = markdownToNotes(await docxToMarkdown(bytes));
      break;
    case '.vtt':
    case '.srt':
      notes = subtitlesToNotes(decodeText(bytes));
      break;
    default:
      throw new AppFailure('invalid_input', { details: 'import.unknownFormat' });
  }
  const clean = sanitizeNotes(notes);
  // The note must be one the studio can save again: otherwise the import works and every edit after it is refused.
  if (JSON.stringify(clean).length > MAX_NOTES_JSON_CHARS || !NotesDocument.safeParse(clean).success) {
    throw new AppFailure('invalid_input', { details: 'import.noteTooLong' });
  }
  return { title, notes: clean };
}

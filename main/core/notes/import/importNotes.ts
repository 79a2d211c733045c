import { extname } from 'node:path';
import { MAX_IMPORT_BYTES } from '../../../../shared/notes/importLimits';
import { MAX_NOTES_JSON_CHARS, NotesDocument } from '../../../../shared/schema/notes';
import { AppFailure, isAppFailure } from '../../appFailure';
import { sanitizeNotes } from '../sanitizeNotes';
import { decodeText } from './decodeText';
import { notesFromBlocks } from '../notesDocument';
import { markdownToNotes } from './markdownToNotes';
import { mdastToBlocks } from './mdastToBlocks';
import { NoteBudget } from './noteBudget';
import { plainTextToNotes } from './plainTextToNotes';
import { subtitlesToNotes } from './subtitlesToNotes';

async function convert(ext: string, bytes: Buffer): Promise<NotesDocument> {
  const budget = new NoteBudget();
  switch (ext) {
    case '.txt':
      return plainTextToNotes(decodeText(bytes), budget);
    case '.md':
    case '.markdown':
      return markdownToNotes(decodeText(bytes), budget);
    case '.docx': {
      // Loaded only for Word files: the thread that reads a text file starts without it.
      const { docxToMdast } = await import('./docxToMdast');
      return notesFromBlocks(mdastToBlocks(await docxToMdast(bytes), budget));
    }
    case '.odt': {
      const { odtFileToMdast } = await import('./odtFileToMdast');
      return notesFromBlocks(mdastToBlocks(await odtFileToMdast(bytes), budget));
    }
    case '.vtt':
    case '.srt':
      return subtitlesToNotes(decodeText(bytes), budget);
    default:
      throw new AppFailure('invalid_input', { details: 'import.unknownFormat' });
  }
}

/**
 * One imported file as an interview's notes; the title is the file name without extension.
 * Runs in the import worker (importWorker.ts), where a file built to be slow only costs its own thread.
 */
export async function importNotes(fileName: string, bytes: Buffer): Promise<{ title: string; notes: NotesDocument; json: string }> {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new AppFailure('invalid_input', { details: 'import.tooLarge' });
  }
  const ext = extname(fileName).toLowerCase();
  const title = fileName.slice(0, fileName.length - ext.length).trim().slice(0, 200) || fileName.slice(0, 200);
  let clean: NotesDocument;
  try {
    clean = sanitizeNotes(await convert(ext, bytes));
  } catch (e) {
    // A refusal names the file it refuses; the converters do not know its name.
    if (isAppFailure(e) && e.code === 'import_refused') throw new AppFailure('import_refused', { file: fileName.slice(0, 200), ...e.params });
    throw e;
  }
  // The note must be one the studio can save again: otherwise the import works and every edit after it is refused.
  const json = JSON.stringify(clean);
  if (json.length > MAX_NOTES_JSON_CHARS || !NotesDocument.safeParse(clean).success) {
    throw new AppFailure('invalid_input', { details: 'import.noteTooLong' });
  }
  return { title, notes: clean, json };
}

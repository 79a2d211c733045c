import type { NotesDocument } from '../../../../shared/schema/notes';
import { notesFromBlocks } from '../notesDocument';
import { parseMarkdown } from './markdownTree';
import { mdastToBlocks } from './mdastToBlocks';
import { NoteBudget } from './noteBudget';

/** Markdown read as CommonMark, then turned into the editor's nodes. */
export function markdownToNotes(markdown: string, budget = new NoteBudget()): NotesDocument {
  return notesFromBlocks(mdastToBlocks(parseMarkdown(markdown), budget));
}

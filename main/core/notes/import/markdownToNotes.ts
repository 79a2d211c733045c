import { fromMarkdown } from 'mdast-util-from-markdown';
import type { NotesDocument } from '../../../../shared/schema/notes';
import { mdastToNotes } from './mdastToNotes';
import { NoteBudget } from './noteBudget';

/** Markdown read as CommonMark by micromark's parser, then turned into the editor's nodes. */
export function markdownToNotes(markdown: string, budget = new NoteBudget()): NotesDocument {
  return mdastToNotes(fromMarkdown(markdown), budget);
}

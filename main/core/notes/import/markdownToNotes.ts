import { fromMarkdown } from 'mdast-util-from-markdown';
import type { LexicalNodeJson, NotesDocument } from '../../../../shared/schema/notes';
import { notesFromBlocks } from '../notesDocument';
import { markdownParts } from './markdownParts';
import { mdastToBlocks } from './mdastToNotes';
import { NoteBudget } from './noteBudget';

/**
 * Markdown read as CommonMark by micromark's parser, then turned into the editor's nodes; a long
 * text is read in parts that parse as they would within it, which keeps the parse near linear.
 */
export function markdownToNotes(markdown: string, budget = new NoteBudget(), partChars?: number): NotesDocument {
  const blocks: LexicalNodeJson[] = [];
  for (const part of markdownParts(markdown, partChars)) {
    for (const block of mdastToBlocks(fromMarkdown(part), budget)) blocks.push(block);
  }
  return notesFromBlocks(blocks);
}

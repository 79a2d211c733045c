import type { LexicalNodeJson, NotesDocument } from '../../../../shared/schema/notes';
import { notesFromBlocks, paragraph, textNode } from '../notesDocument';
import { NoteBudget } from './noteBudget';

/**
 * Plain text to a note in one pass over its lines. A line is a paragraph: in a .txt a single
 * newline ends a paragraph (what Notepad, TextEdit and the transcripts researchers paste write),
 * and blank lines between them only space them out. A line of nothing but spaces is left out, and
 * a text too long for a note is refused as soon as that is clear.
 */
export function plainTextToNotes(source: string, budget = new NoteBudget()): NotesDocument {
  const text = source.replace(/\r\n?/g, '\n');
  const blocks: LexicalNodeJson[] = [];
  for (let from = 0; from <= text.length; ) {
    const newline = text.indexOf('\n', from);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(from, end);
    from = end + 1;
    if (line.trim() === '') continue;
    budget.block();
    budget.spend(line.length);
    blocks.push(paragraph([textNode(line)]));
  }
  return notesFromBlocks(blocks);
}

import type { LexicalNodeJson, NotesDocument } from '../../../../shared/schema/notes';
import { notesFromBlocks, paragraph, textNode } from '../notesDocument';
import { NoteBudget } from './noteBudget';

const LINEBREAK: LexicalNodeJson = { type: 'linebreak', version: 1 };

/**
 * Plain text to a note in one pass over its lines: blank lines separate paragraphs, single
 * newlines stay as line breaks, a paragraph of nothing but spaces is left out, and a text too
 * long for a note is refused as soon as that is clear.
 */
export function plainTextToNotes(source: string, budget = new NoteBudget()): NotesDocument {
  const text = source.replace(/\r\n?/g, '\n');
  const blocks: LexicalNodeJson[] = [];
  let lines: LexicalNodeJson[] = [];
  // Lines before a paragraph's first words are counted once it has some: it may yet be left out.
  let unspent: number[] = [];
  let hasWords = false;
  const flush = () => {
    if (hasWords) {
      budget.block();
      blocks.push(paragraph(lines));
    }
    lines = [];
    unspent = [];
    hasWords = false;
  };
  for (let from = 0; from <= text.length; ) {
    const newline = text.indexOf('\n', from);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(from, end);
    from = end + 1;
    if (line === '') {
      flush();
      continue;
    }
    if (lines.length) lines.push(LINEBREAK);
    lines.push(textNode(line));
    if (hasWords) budget.spend(line.length);
    else if (line.trim() === '') unspent.push(line.length);
    else {
      hasWords = true;
      for (const length of [...unspent, line.length]) budget.spend(length);
    }
  }
  flush();
  return notesFromBlocks(blocks);
}

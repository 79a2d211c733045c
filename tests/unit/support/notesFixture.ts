import type { LexicalNodeJson, NotesDocument } from '../../../shared/schema/notes';

/** Inline content for a paragraph: plain strings, or [text, highlightId] for marked words. */
export type Run = string | [string, string];

const text = (t: string): LexicalNodeJson => ({ type: 'text', text: t, format: 0, detail: 0, mode: 'normal', style: '', version: 1 });

export function paragraphOf(runs: Run[]): LexicalNodeJson {
  return {
    type: 'paragraph',
    version: 1,
    children: runs.map((r) => (typeof r === 'string' ? text(r) : { type: 'mark', ids: [r[1]], version: 1, children: [text(r[0])] })),
  };
}

/** A note as the editor would save it: one paragraph per entry. */
export function notesOf(...paragraphs: Run[][]): NotesDocument {
  return {
    format: 'journey-studio/notes',
    version: 1,
    editorState: { root: { type: 'root', version: 1, children: paragraphs.map(paragraphOf) } },
  };
}

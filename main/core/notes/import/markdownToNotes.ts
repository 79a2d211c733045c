import { createHeadlessEditor } from '@lexical/headless';
import {
  $convertFromMarkdownString,
  ELEMENT_TRANSFORMERS,
  TEXT_FORMAT_TRANSFORMERS,
  TEXT_MATCH_TRANSFORMERS,
} from '@lexical/markdown';
import { noteNodes } from '../../../../shared/notes/noteNodes';
import type { LexicalNodeJson, NotesDocument } from '../../../../shared/schema/notes';
import { notesFromRoot } from '../notesDocument';
import { dropScriptsAndImages } from './dropScriptsAndImages';

// Code blocks are not part of a note; fenced code arrives as plain paragraphs.
const TRANSFORMERS = [...ELEMENT_TRANSFORMERS, ...TEXT_FORMAT_TRANSFORMERS, ...TEXT_MATCH_TRANSFORMERS];

/** Markdown through Lexical's own importer, headless, so the result is exactly what the editor makes. */
export function markdownToNotes(markdown: string): NotesDocument {
  const editor = createHeadlessEditor({
    nodes: noteNodes,
    onError: (e) => {
      throw e;
    },
  });
  editor.update(() => $convertFromMarkdownString(dropScriptsAndImages(markdown.replace(/\r\n?/g, '\n')), TRANSFORMERS), { discrete: true });
  const json = editor.getEditorState().toJSON() as unknown as { root: LexicalNodeJson };
  return notesFromRoot(json.root);
}

import { NOTES_FORMAT, NOTES_VERSION, type LexicalNodeJson, type NotesDocument } from '../../../shared/schema/notes';

const text = (t: string, format = 0): LexicalNodeJson => ({ type: 'text', text: t, format, detail: 0, mode: 'normal', style: '', version: 1 });

export const paragraph = (children: LexicalNodeJson[]): LexicalNodeJson => ({
  type: 'paragraph',
  children,
  direction: null,
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  version: 1,
});

export function notesFromRoot(root: LexicalNodeJson): NotesDocument {
  return { format: NOTES_FORMAT, version: NOTES_VERSION, editorState: { root } };
}

export function notesFromBlocks(blocks: LexicalNodeJson[]): NotesDocument {
  return notesFromRoot({ type: 'root', children: blocks.length ? blocks : [paragraph([])], direction: null, format: '', indent: 0, version: 1 });
}

export { text as textNode };

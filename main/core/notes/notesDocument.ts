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

/** Plain text to a note: blank lines separate paragraphs, single newlines stay as line breaks. */
export function notesFromPlainText(source: string): NotesDocument {
  const blocks = source
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .filter((p) => p.trim() !== '')
    // A file's last line ends with a newline: that is no empty line of the note.
    .map((p) => p.replace(/^\n+|\n+$/g, ''))
    .map((p) =>
      paragraph(
        p.split('\n').flatMap((line, i) => (i === 0 ? [text(line)] : [{ type: 'linebreak', version: 1 }, text(line)])),
      ),
    );
  return notesFromBlocks(blocks);
}

export { text as textNode };

import type { LexicalNodeJson, NotesDocument } from '../../../shared/schema/notes';
import { countWords } from './countWords';

export interface NoteRead {
  text: string;
  words: number;
  /** highlight id → its range in `text` */
  marks: Map<string, { start: number; end: number }>;
}

const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem']);

/**
 * The plain text of a note as search and highlights see it — blocks on their own lines — and
 * where each highlight mark lies in that text. Derived by the core, never taken from the client.
 */
export function readNotes(doc: NotesDocument | null): NoteRead {
  const parts: string[] = [];
  let length = 0;
  const marks = new Map<string, { start: number; end: number }>();
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
  };

  const walk = (node: LexicalNodeJson, open: string[]) => {
    if (node.type === 'text') return push(typeof node.text === 'string' ? node.text : '');
    if (node.type === 'linebreak') return push('\n');
    if (node.type === 'tab') return push('\t');
    const isBlock = BLOCKS.has(node.type);
    if (isBlock && length > 0 && parts[parts.length - 1] !== '\n') push('\n');
    const ids = node.type === 'mark' && Array.isArray(node.ids) ? (node.ids as unknown[]).filter((x): x is string => typeof x === 'string') : [];
    const start = length;
    for (const child of node.children ?? []) walk(child, ids.length ? [...open, ...ids] : open);
    for (const id of ids) {
      const prev = marks.get(id);
      // One highlight may be split across several mark nodes (e.g. part of it bold): join them.
      marks.set(id, { start: prev ? Math.min(prev.start, start) : start, end: Math.max(prev?.end ?? 0, length) });
    }
    if (isBlock && parts[parts.length - 1] !== '\n') push('\n');
  };

  if (doc) walk(doc.editorState.root as LexicalNodeJson, []);
  const text = parts.join('').replace(/\n+$/, '');
  return { text, words: countWords(text), marks };
}

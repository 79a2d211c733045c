import type { LexicalNodeJson, NotesDocument } from '../../../shared/schema/notes';
import { countWords } from './countWords';
import { settledFacts } from './settledBlocks';

export interface NoteRead {
  text: string;
  words: number;
  /** highlight id → its range in `text` */
  marks: Map<string, { start: number; end: number }>;
}

const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem']);

/** What came before a node in the text: whether anything did, and whether the last piece was a line break. */
interface Before {
  length: number;
  last: 'none' | 'newline' | 'other';
}

/** A node's own text, read as if it followed `Before`, with its highlight ranges counted from its start. */
interface Fragment {
  text: string;
  /** The last piece written, or 'none' when the node wrote nothing. */
  last: Before['last'];
  words: number;
  marks: [id: string, start: number, end: number][];
}

function readNode(node: LexicalNodeJson, before: Before): Fragment {
  const parts: string[] = [];
  let length = 0;
  let last = before.last;
  const marks: Fragment['marks'] = [];
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
    last = s === '\n' ? 'newline' : 'other';
  };
  const walk = (n: LexicalNodeJson) => {
    if (n.type === 'text') return push(typeof n.text === 'string' ? n.text : '');
    if (n.type === 'linebreak') return push('\n');
    if (n.type === 'tab') return push('\t');
    const isBlock = BLOCKS.has(n.type);
    if (isBlock && before.length + length > 0 && last !== 'newline') push('\n');
    const start = length;
    for (const child of n.children ?? []) walk(child);
    if (n.type === 'mark' && Array.isArray(n.ids)) for (const id of n.ids as unknown[]) if (typeof id === 'string') marks.push([id, start, length]);
    if (isBlock && last !== 'newline') push('\n');
  };
  walk(node);
  const text = parts.join('');
  return { text, last: parts.length ? last : 'none', words: countWords(text), marks };
}

/** The two places a settled block is met in, so its reading there is kept: first, or after a block. */
const AT_THE_START: Before = { length: 0, last: 'none' };
const AFTER_A_BLOCK: Before = { length: 1, last: 'newline' };

function readBlock(block: LexicalNodeJson, before: Before): Fragment {
  const facts = settledFacts(block);
  if (facts && before.length === 0 && before.last === 'none') return (facts.opening ??= readNode(block, AT_THE_START)) as Fragment;
  if (facts && before.length > 0 && before.last === 'newline') return (facts.fragment ??= readNode(block, AFTER_A_BLOCK)) as Fragment;
  return readNode(block, before);
}

/**
 * The plain text of a note as search and highlights see it — blocks on their own lines — and
 * where each highlight mark lies in that text. Derived by the core, never taken from the client.
 */
export function readNotes(doc: NotesDocument | null): NoteRead {
  const texts: string[] = [];
  const marks = new Map<string, { start: number; end: number }>();
  const before: Before = { length: 0, last: 'none' };
  let words = 0;
  let wordsAddUp = true;
  const root = doc?.editorState.root;
  // A root of another type (a tampered file) is read as one block, as the editor would show it.
  const blocks = !root ? [] : root.type === 'root' ? (root.children ?? []) : [root];
  for (const block of blocks) {
    const fragment = readBlock(block, before);
    for (const [id, start, end] of fragment.marks) {
      const prev = marks.get(id);
      // One highlight may be split across several mark nodes (e.g. part of it bold): join them.
      marks.set(id, { start: Math.min(prev?.start ?? Infinity, before.length + start), end: Math.max(prev?.end ?? 0, before.length + end) });
    }
    // Words add up across pieces only where a line break parts them; elsewhere the join is counted.
    if (fragment.text && before.length > 0 && !texts[texts.length - 1]!.endsWith('\n')) wordsAddUp = false;
    if (fragment.text) texts.push(fragment.text);
    words += fragment.words;
    before.length += fragment.text.length;
    if (fragment.last !== 'none') before.last = fragment.last;
  }
  // Trailing line breaks are cut from the last pieces before the join: cutting them from the
  // joined text would copy the whole note once more.
  for (let last = texts.length - 1; last >= 0; last--) {
    texts[last] = texts[last]!.replace(/\n+$/, '');
    if (texts[last] !== '') break;
  }
  const text = texts.join('');
  return { text, words: wordsAddUp ? words : countWords(text), marks };
}

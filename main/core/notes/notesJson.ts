import { randomUUID } from 'node:crypto';
import type { NotesDocument } from '../../../shared/schema/notes';
import { settledFacts } from './settledBlocks';

/** Stands in for the root's blocks while the rest of the note is serialised; no note can hold it. */
const MARKER = `blocks ${randomUUID()}`;
const MARKER_JSON = JSON.stringify(MARKER);

/**
 * JSON.stringify(doc), the same text to the byte, with each settled block's JSON written once
 * and reused: saving a long note as changes serialises only the blocks that changed.
 */
export function notesJson(doc: NotesDocument): string {
  const root = doc.editorState.root;
  // With nothing to reuse, splicing would only copy the whole text once more.
  if (!root.children?.some((block) => settledFacts(block))) return JSON.stringify(doc);
  const blocks = root.children.map((block) => {
    const facts = settledFacts(block);
    return facts ? (facts.json ??= JSON.stringify(block)) : JSON.stringify(block);
  });
  const shell = JSON.stringify({ ...doc, editorState: { ...doc.editorState, root: { ...root, children: MARKER } } });
  const at = shell.indexOf(MARKER_JSON);
  return `${shell.slice(0, at)}[${blocks.join(',')}]${shell.slice(at + MARKER_JSON.length)}`;
}

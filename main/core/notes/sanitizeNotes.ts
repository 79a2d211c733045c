import { isSafeNoteUrl, NOTE_NODE_TYPES } from '../../../shared/notes/noteNodes';
import type { LexicalNodeJson, NotesDocument } from '../../../shared/schema/notes';
import { AppFailure } from '../appFailure';
import { settledFacts } from './settledBlocks';

/**
 * What the core stores is what the editor could have made: known node types only, no inline
 * styles (pasted colours and fonts), links only to web pages or e-mail. Unsafe links are
 * unwrapped so their words stay. Settled blocks were sanitised when they were settled and are
 * kept as they are.
 */
export function sanitizeNotes(doc: NotesDocument): NotesDocument {
  const clean = (node: LexicalNodeJson): LexicalNodeJson[] => {
    if (settledFacts(node)) return [node];
    if (!NOTE_NODE_TYPES.has(node.type)) throw new AppFailure('invalid_input', { details: `notes: unknown element "${node.type.slice(0, 40)}"` });
    const children = node.children?.flatMap(clean);
    if ((node.type === 'link' || node.type === 'autolink') && !isSafeNoteUrl(node.url)) return children ?? [];
    const out: LexicalNodeJson = { ...node };
    if (children) out.children = children;
    if (node.type === 'text') out.style = '';
    if ('textStyle' in out) out.textStyle = '';
    return [out];
  };
  const [root] = clean(doc.editorState.root as LexicalNodeJson);
  return { ...doc, editorState: { ...doc.editorState, root: root! } };
}
